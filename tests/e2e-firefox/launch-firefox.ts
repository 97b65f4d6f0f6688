import { mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { ARTIFACTS_DIR } from '../e2e/artifacts-dir';
import { servePages, type PageServer } from '../e2e/serve-pages';
import { evaluatePrivileged } from './evaluate-privileged';

/** The Firefox test build (`npm run build:e2e:firefox`): MV2 `permissions` add http://127.0.0.1/* (wxt.config.ts). */
export const FIREFOX_E2E_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv2-e2e');
/** The Firefox build that ships (`wxt build -b firefox`, also made by `npm run build:e2e:firefox`): no host access. */
export const FIREFOX_PRODUCTION_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * The extension's moz-extension:// host. Firefox draws a random one per profile; the pref
 * `extensions.webextensions.uuids` fixes it (STACK.md, "Firefox at run time"), so a test knows
 * its pages' addresses and can tell the extension's requests from the others by origin.
 */
export const EXTENSION_UUID = '6f1d2c3b-9a8e-4b7c-8d6e-5f4a3b2c1d0e';

export interface FirefoxBrowser {
  browser: Browser;
  /** The add-on id (the manifest's gecko id). */
  extensionId: string;
  /** `moz-extension://<EXTENSION_UUID>`, without a trailing slash. */
  extensionOrigin: string;
  /** Where Firefox saves downloads (the panel's and the options page's exports), without asking. */
  downloadsDir: string;
  /**
   * A tab on one of the extension's pages, opened on first use and kept, from which tests call
   * the extension's API (`browser.tabs`, `browser.storage`…) in `evaluate`: MV2's background page
   * is not a target puppeteer can evaluate in.
   */
  extensionPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts Debian's Firefox ESR headless over WebDriver BiDi (puppeteer-core downloads nothing) on a
 * fresh profile, removed on close, and installs the built extension (`extDir`) as a temporary add-on.
 * `--remote-allow-system-access` lets the tests open moz-extension:// pages and run code in the
 * browser's privileged scope (evaluate-privileged.ts).
 */
export async function launchFirefox(
  extDir = FIREFOX_E2E_DIR,
  headless = true,
  prefs: Record<string, string | number | boolean> = {},
): Promise<FirefoxBrowser> {
  const manifest = JSON.parse(readFileSync(path.join(extDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const extensionId = manifest.browser_specific_settings.gecko.id;
  const profile = await mkdtemp(path.join(tmpdir(), 'crosscheck-firefox-'));
  const downloadsDir = path.join(profile, 'downloads');
  mkdirSync(downloadsDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    userDataDir: profile,
    // Each page gets the size its test sets; a page without one fills the window (1366×768 headless).
    defaultViewport: null,
    // The caller closes the browser (and removes the profile) on Ctrl-C.
    handleSIGINT: false,
    handleSIGTERM: false,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: EXTENSION_UUID }),
      'browser.download.dir': downloadsDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      ...prefs,
    },
  });
  try {
    await browser.installExtension(extDir);
  } catch (err) {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
    throw err;
  }
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  let apiPage: Promise<Page> | undefined;
  const ff: FirefoxBrowser = {
    browser,
    extensionId,
    extensionOrigin,
    downloadsDir,
    // The popup is the lightest of the extension's pages: with no query it asks the background
    // nothing. The query (which the popup ignores) tells this tab from a popup under test.
    extensionPage: () => (apiPage ??= openExtensionPage(ff, 'popup.html?for=tests')),
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
  return ff;
}

/**
 * Opens one of the extension's pages (`sidepanel.html?tab=3`, `options.html`…) in a tab of its own.
 * `page.goto` never returns for a moz-extension:// address (Firefox sends no navigation events
 * for it, STACK.md); BiDi's own navigate command, waiting for the load, does.
 */
export async function openExtensionPage(
  ff: FirefoxBrowser,
  pagePath: string,
  viewport = { width: 420, height: 700 },
): Promise<Page> {
  const page = await ff.browser.newPage();
  await page.setViewport(viewport);
  await navigateExtensionPage(page, `${ff.extensionOrigin}/${pagePath}`);
  return page;
}

/** Loads a moz-extension:// address in `page` (see openExtensionPage). */
async function navigateExtensionPage(page: Page, url: string): Promise<void> {
  // The BiDi browsing context behind the page: puppeteer's type for it is internal.
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
  };
  await frame.browsingContext.navigate(url, 'complete');
}

/** Opens `url` (a page of the test server) in a new tab and returns the tab and its id. */
export async function openTab(ff: FirefoxBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await ff.browser.newPage();
  await page.goto(url);
  return { page, tabId: await getTabId(ff, url) };
}

/** The privileged globals getTabId uses. */
interface TabScope {
  ChromeUtils: {
    importESModule(url: string): {
      ExtensionParent: { apiManager: { global: { tabTracker: { getId(tab: unknown): number } } } };
    };
  };
  Services: { wm: { getEnumerator(type: string): Iterable<{ gBrowser: { tabs: NativeTab[] } }> } };
}

interface NativeTab {
  linkedBrowser: { currentURI: { spec: string } };
}

/**
 * The id extensions know the tab showing `url` by. Asked of Firefox's own tab tracker, in the
 * privileged scope: the extension itself sees a tab's address only with host access to it, which
 * the production build does not have.
 */
export async function getTabId(ff: FirefoxBrowser, url: string): Promise<number> {
  const id = await evaluatePrivileged(
    ff.browser,
    (u) => {
      const scope = globalThis as unknown as TabScope;
      const { ExtensionParent } = scope.ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      for (const window of scope.Services.wm.getEnumerator('navigator:browser'))
        for (const tab of window.gBrowser.tabs)
          if (tab.linkedBrowser.currentURI.spec === u) return ExtensionParent.apiManager.global.tabTracker.getId(tab);
      return null;
    },
    url,
  );
  if (id === null) throw new Error(`No tab shows ${url}`);
  return id;
}

/**
 * For one describe block: serves the fixture pages and starts Firefox with the extension (`extDir`)
 * before its tests, hands both to `use`, and closes them after.
 */
export function useFirefoxSession(
  use: (server: PageServer, ff: FirefoxBrowser) => void,
  extDir = FIREFOX_E2E_DIR,
): void {
  let server: PageServer | undefined;
  let ff: FirefoxBrowser | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    server = await servePages();
    ff = await launchFirefox(extDir);
    use(server, ff);
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });
}
