import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ARTIFACTS_DIR,
  getTabId,
  openExtensionPage,
  type ExtensionBrowser,
  type PageServer,
  useExtensionSession,
} from './launch-extension';

/** The part of the worker's `chrome` this test uses. */
interface ChromeStorageApi {
  storage: { session: { get(key: string): Promise<Record<string, { url: string } | undefined>> } };
}

describe('a single-page site moving to another article (history API)', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;
  useExtensionSession((s, e) => {
    server = s;
    ext = e;
  });

  /** The address the stored result of the tab was computed for (null when there is none). */
  async function storedUrl(tabId: number): Promise<string | null> {
    return ext.serviceWorker.evaluate(async (key) => {
      const api = (globalThis as unknown as { chrome: ChromeStorageApi }).chrome;
      return (await api.storage.session.get(key))[key]?.url ?? null;
    }, `tabResult:${tabId}`);
  }

  /** The single-page site's first story in a tab, and the panel for that tab once it shows its result. */
  async function openFirstStory(): Promise<{ article: Page; panel: Page; tabId: number; first: string }> {
    const article = await ext.context.newPage();
    const first = `${server.origin}/spa-news.html`;
    await article.goto(first);
    const tabId = await getTabId(ext, first);
    const panel = await openExtensionPage(ext, `sidepanel.html?tab=${tabId}`, { width: 420, height: 1000 });
    await panel.locator('.comparison').waitFor({ timeout: 30_000 });
    return { article, panel, tabId, first };
  }

  it('analyses the new article, and never shows the previous one’s result for it', async () => {
    const { article, panel, tabId, first } = await openFirstStory();
    const statements = panel.locator('.statement-text');
    expect(await statements.allInnerTexts()).toContainEqual(expect.stringContaining('Putin signed a decree'));
    // What the panel says, whatever its state (the next story matches nothing in the corpus).
    const shown = () => panel.locator('body').innerText();
    expect(await storedUrl(tabId)).toBe(first);

    const started = Date.now();
    await article.click('#next');
    await article.waitForURL(/story=harbor-library/);
    // From the moment the address changed, the panel shows either "analysing" or the new article.
    const seen: string[] = [];
    await expect
      .poll(
        async () => {
          const text = await shown();
          seen.push(text);
          return text.includes('Harbor library reopens') && !text.includes('Putin');
        },
        { timeout: 20_000, interval: 100 },
      )
      .toBe(true);
    const elapsed = Date.now() - started;
    // The old result went within a moment of the address changing (the first sample may predate
    // the message) and never came back.
    const cleared = seen.findIndex((s) => !s.includes('Putin signed a decree'));
    expect(cleared).toBeGreaterThanOrEqual(0);
    expect(cleared).toBeLessThanOrEqual(5);
    expect(seen.slice(cleared).every((s) => !s.includes('Putin signed a decree'))).toBe(true);
    expect(await storedUrl(tabId)).toBe(`${server.origin}/spa-news.html?story=harbor-library`);
    await panel.screenshot({ path: path.join(ARTIFACTS_DIR, 'panel-after-spa-navigation.png') });
    console.log(`history-API navigation: new article in the panel ${elapsed} ms after the click`);
    await panel.close();
    await article.close();
  });

  it('does not re-analyse for a #fragment change (same article)', async () => {
    const { article, panel, tabId, first } = await openFirstStory();
    await article.evaluate(() => {
      location.hash = 'comments';
    });
    await panel.waitForTimeout(2500); // longer than the watch's poll and settle time
    expect(await storedUrl(tabId)).toBe(first);
    await panel.close();
    await article.close();
  });
});
