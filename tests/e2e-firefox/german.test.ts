import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR } from '../e2e/artifacts-dir';
import { expectGermanPage, loadInterfaceWords } from '../e2e/interface-words';
import { PAGES_DIR, servePages, type PageServer } from '../e2e/serve-pages';
import { captureBrowserWindow } from './capture-browser-window';
import { launchFirefox, openExtensionPage, openTab, type FirefoxBrowser } from './launch-firefox';
import { openSidebar, readSidebar } from './open-sidebar';

/**
 * The German interface in Firefox (intl.locale.requested = de, with Debian's German language pack,
 * firefox-esr-l10n-de, which .ci/run installs): the same pages as tests/e2e/german.test.ts, and
 * the comparison in Firefox's own sidebar at its default width.
 */
describe('the German interface in Firefox (test build)', () => {
  let ff: FirefoxBrowser;
  let server: PageServer;
  let words: Awaited<ReturnType<typeof loadInterfaceWords>>;

  beforeAll(async () => {
    words = await loadInterfaceWords();
    server = await servePages();
    ff = await launchFirefox(undefined, true, { 'intl.locale.requested': 'de' });
  });

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  const expectGerman = (page: Page, screenshot: string) =>
    expectGermanPage(page, words, path.join(ARTIFACTS_DIR, screenshot));

  it('shows the welcome page, the popup’s search and the options page in German', async () => {
    const welcome = await openExtensionPage(ff, 'welcome.html', { width: 900, height: 1000 });
    await welcome.waitForSelector('h1');
    await expectGerman(welcome, 'firefox-de-welcome.png');

    const popup = await openExtensionPage(ff, 'popup.html', { width: 420, height: 560 });
    await popup.waitForSelector('input[type="search"]');
    await popup.type('input[type="search"]', 'Medvedev');
    await popup.waitForSelector('.hit', { timeout: 30_000 });
    await expectGerman(popup, 'firefox-de-popup.png');

    const options = await openExtensionPage(ff, 'options.html', { width: 900, height: 1000 });
    await options.waitForSelector('.source', { timeout: 30_000 });
    const files = mkdtempSync(path.join(tmpdir(), 'crosscheck-de-files-'));
    copyFileSync(path.join(PAGES_DIR, 'd2-misreport-2015.html'), path.join(files, 'ledger.html'));
    writeFileSync(path.join(files, 'empty.txt'), '');
    const input = await options.$('input#import-files');
    await input!.uploadFile(path.join(files, 'ledger.html'), path.join(files, 'empty.txt'));
    await options.waitForSelector('.import-report .report-refused li', { timeout: 30_000 });
    await expectGerman(options, 'firefox-de-options.png');
  });

  it('lists the stories and shows one, its outlets and figures, in German', async () => {
    const stories = await openExtensionPage(ff, 'stories.html', { width: 900, height: 1000 });
    await (await stories.waitForSelector('.story-title', { timeout: 60_000 }))!.click();
    await stories.waitForSelector('.figure-row', { timeout: 60_000 });
    await expectGerman(stories, 'firefox-de-stories.png');
  });

  it('compares a page with the engine in German, in a tab and in the sidebar', async () => {
    const url = `${server.origin}/d1-corroborating-2015.html`;
    const { tabId } = await openTab(ff, url);
    const panel = await openExtensionPage(ff, `sidepanel.html?tab=${tabId}`, { width: 420, height: 1400 });
    await panel.waitForSelector('[data-stance]', { timeout: 30_000 });
    await expectGerman(panel, 'firefox-de-panel.png');

    await openSidebar(ff, `sidepanel.html?tab=${tabId}`);
    await expect
      .poll(async () => ((await readSidebar(ff, '[data-stance]'))?.texts.length ?? 0) > 0, { timeout: 30_000 })
      .toBe(true);
    const [article] = (await ff.browser.pages()).filter((p) => p.url().endsWith('/d1-corroborating-2015.html'));
    await article?.bringToFront();
    await captureBrowserWindow(ff, path.join(ARTIFACTS_DIR, 'firefox-de-sidebar.png'));
  });
});
