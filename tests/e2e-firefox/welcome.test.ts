import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxBrowser } from './launch-firefox';

/** Runs in an extension page: the addresses of every open tab. */
const tabUrls = async () =>
  (
    (await (
      globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ url?: string }>> } } }
    ).browser.tabs.query({})) ?? []
  ).map((tab) => tab.url ?? '');

/**
 * The page showing `url`. Puppeteer keeps a tab the extension opened on moz-extension:// at
 * 'about:blank' (Firefox sends no navigation events for those addresses, STACK.md), so each
 * page is asked where its document is.
 */
async function findPage(ff: FirefoxBrowser, url: string): Promise<Page | undefined> {
  for (const page of await ff.browser.pages()) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href === url) return page;
  }
  return undefined;
}

/** The same first run as tests/e2e/welcome.test.ts, in Firefox: a fresh profile, the add-on installed. */
describe('first run in Firefox: the welcome page (test build, a fresh profile)', () => {
  let ff: FirefoxBrowser;

  beforeAll(async () => {
    ff = await launchFirefox();
  });

  afterAll(async () => {
    await ff?.close();
  });

  it('opens the welcome page once when Crosscheck is installed, with what it does and what it never sends', async () => {
    const welcomeUrl = `${ff.extensionOrigin}/welcome.html`;
    const api = await ff.extensionPage();
    await expect
      .poll(async () => (await api.evaluate(tabUrls)).filter((u) => u === welcomeUrl).length, { timeout: 15_000 })
      .toBe(1);
    const welcome = await findPage(ff, welcomeUrl);
    expect(welcome, 'a page shows welcome.html').toBeDefined();
    await expect
      .poll(() => welcome!.evaluate(() => document.querySelector('h1')?.textContent ?? null), { timeout: 15_000 })
      .toBe('Welcome to Crosscheck');
    const text = await welcome!.evaluate(() => document.querySelector('main')?.textContent ?? '');
    expect(text).toContain('Nothing leaves your computer.');
    // Firefox's word for the panel.
    expect(text).toContain('sidebar');
  });
});
