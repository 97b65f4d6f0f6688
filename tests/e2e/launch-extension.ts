import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ARTIFACTS_DIR } from './artifacts-dir';
import { servePages, type PageServer } from './serve-pages';

// The Chromium tests and scripts/start.ts import these from here, beside the launcher.
export { ARTIFACTS_DIR } from './artifacts-dir';
export { PAGES_DIR, servePages, type PageServer } from './serve-pages';

/** The test build: its manifest adds host access to http://127.0.0.1/* only (wxt.config.ts). */
export const E2E_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with the built extension loaded (STACK.md, "Chromium with the built extension").
 * `profile`: a profile folder to use and keep (a browser restarted on it finds its storage again);
 * by default a fresh one, removed on close. `lang`: the browser's interface language (`--lang`,
 * which picks the extension's messages; Chromium still reports "en-US" to `getUILanguage`).
 * `extraArgs`: more command-line switches (the benchmark's heap measurement).
 */
export async function launchWithExtension(
  extDir = E2E_EXTENSION_DIR,
  headless = true,
  profile?: string,
  lang?: string,
  extraArgs: string[] = [],
): Promise<ExtensionBrowser> {
  const userDataDir = profile ?? (await mkdtemp(path.join(tmpdir(), 'crosscheck-chromium-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    // The caller closes the browser (and removes the profile) on Ctrl-C; Playwright would exit first.
    handleSIGINT: false,
    handleSIGTERM: false,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(lang ? [`--lang=${lang}`] : []),
      ...extraArgs,
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      if (!profile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

interface ChromeTabsApi {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
}

/** The browser's id for the tab showing `url` (asked of the extension, which may see 127.0.0.1 tabs). */
export async function getTabId(ext: ExtensionBrowser, url: string): Promise<number> {
  const id = await ext.serviceWorker.evaluate(async (u) => {
    // Runs in the extension's service worker, where `chrome` is the real API.
    const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Opens one of the extension's pages (`popup.html?tab=3`, `options.html`…) in a tab of its own. */
export async function openExtensionPage(
  ext: ExtensionBrowser,
  pagePath: string,
  viewport = { width: 420, height: 700 },
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${ext.extensionId}/${pagePath}`);
  return page;
}

/**
 * Starts recording the page's long tasks (>= 50 ms on its main thread; from then on they are the
 * content script's); the function returned reads the longest so far, in ms (0: none).
 */
export async function recordLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/**
 * For one describe block: serves the fixture pages and starts Chromium with the extension before
 * its tests, hands both to `use`, and closes them after.
 */
export function useExtensionSession(use: (server: PageServer, ext: ExtensionBrowser) => void): void {
  let server: PageServer | undefined;
  let ext: ExtensionBrowser | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    server = await servePages();
    ext = await launchWithExtension();
    use(server, ext);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
}
