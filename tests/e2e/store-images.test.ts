import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  getTabId,
  openExtensionPage,
  type ExtensionBrowser,
  type PageServer,
  useExtensionSession,
} from './launch-extension';

/**
 * The store listing's images, made from real states of the test build (docs/STORE.md): four
 * 1280×800 screenshots and the 440×280 promotional tile, in artifacts/store/. The side panel
 * cannot be opened beside a tab from a test (STACK.md pitfall 10), so a screenshot that shows both
 * is drawn as the reader sees it: the article and the panel are each captured at their own size,
 * then set side by side in a blank page and captured again. No image library: the browser lays out.
 */
const STORE_DIR = path.join(ARTIFACTS_DIR, 'store');
const SIZE = { width: 1280, height: 800 };
const PANEL_WIDTH = 420;

describe('store images (test build, Chromium)', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;

  useExtensionSession((s, e) => {
    server = s;
    ext = e;
    mkdirSync(STORE_DIR, { recursive: true });
  });

  /** A page's screenshot as a data: URL. */
  async function capture(page: Page, clip?: { x: number; y: number; width: number; height: number }) {
    return `data:image/png;base64,${(await page.screenshot(clip ? { clip } : {})).toString('base64')}`;
  }

  /** Lays `html` out in a blank page of `size` and saves its screenshot; returns the image's size. */
  async function compose(file: string, html: string, size: { width: number; height: number }) {
    const page = await ext.context.newPage();
    await page.setViewportSize(size);
    await page.setContent(`<!doctype html><html><body style="margin:0;overflow:hidden">${html}</body></html>`);
    await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    await page.screenshot({ path: path.join(STORE_DIR, file) });
    const drawn = await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight }));
    await page.close();
    return drawn;
  }

  /**
   * The demo article the extension ships (public/demo/article.html) and the panel for its tab, with
   * the engine's own comparison, each at its size in the 1280×800 frame.
   */
  async function articleAndPanel(width = SIZE.width - PANEL_WIDTH) {
    const url = `chrome-extension://${ext.extensionId}/demo/article.html`;
    const article = await openExtensionPage(ext, 'demo/article.html', { width, height: SIZE.height });
    const panel = await openExtensionPage(ext, `sidepanel.html?tab=${await getTabId(ext, url)}`, {
      width: PANEL_WIDTH,
      height: SIZE.height,
    });
    await panel.locator('.comparison .summary').waitFor({ timeout: 60_000 });
    await panel.locator('.statement [data-stance="conflicts"]').first().waitFor();
    return { article, panel };
  }

  const sideBySide = (left: string, right: string) =>
    `<div style="display:flex;height:800px"><img src="${left}" style="display:block">` +
    `<img src="${right}" style="display:block;border-left:1px solid #8884"></div>`;

  it('1: the article and its comparison in the panel', async () => {
    const { article, panel } = await articleAndPanel(SIZE.width - PANEL_WIDTH - 1);
    const size = await compose('1-compare.png', sideBySide(await capture(article), await capture(panel)), SIZE);
    expect(size).toEqual(SIZE);
    await article.close();
    await panel.close();
  });

  it('2: a conflict with its reason, the statement highlighted in the article', async () => {
    const { article, panel } = await articleAndPanel(SIZE.width - PANEL_WIDTH - 1);
    const statement = panel.locator('.statement', { has: panel.locator('[data-stance="conflicts"]') }).first();
    await statement.locator('.statement-text').click();
    await expect.poll(() => panel.locator('.show-result').count()).toBe(1);
    await statement.scrollIntoViewIfNeeded();
    await panel.evaluate(() => window.scrollBy(0, -60));
    const size = await compose('2-conflict.png', sideBySide(await capture(article), await capture(panel)), SIZE);
    expect(size).toEqual(SIZE);
    await article.close();
    await panel.close();
  });

  it('3: the popup searching the corpus, over the article', async () => {
    const article = await ext.context.newPage();
    await article.setViewportSize(SIZE);
    await article.goto(`${server.origin}/unrelated-article.html`);
    const popup = await openExtensionPage(ext, 'popup.html', { width: 420, height: 560 });
    await popup.locator('input[type="search"]').fill('foreigners contract army');
    await popup.locator('.hit').first().waitFor({ timeout: 30_000 });
    const html =
      `<div style="position:relative;width:1280px;height:800px"><img src="${await capture(article)}">` +
      `<img src="${await capture(popup)}" style="position:absolute;top:8px;right:16px;` +
      `box-shadow:0 4px 24px #0006;border-radius:8px"></div>`;
    expect(await compose('3-search.png', html, SIZE)).toEqual(SIZE);
    await article.close();
    await popup.close();
  });

  it('4: the welcome page', async () => {
    const welcome = await openExtensionPage(ext, 'welcome.html', SIZE);
    await welcome.locator('h1').waitFor();
    await welcome.screenshot({ path: path.join(STORE_DIR, '4-welcome.png') });
    await welcome.close();
  });

  it('the 440×280 tile: the name and the panel’s summary', async () => {
    const { article, panel } = await articleAndPanel();
    const summary = await panel.locator('.comparison .summary').boundingBox();
    expect(summary).not.toBeNull();
    const crop = await capture(panel, {
      x: 0,
      y: 0,
      width: PANEL_WIDTH,
      height: Math.min(800, summary!.y + summary!.height + 8),
    });
    const html =
      `<div style="width:440px;height:280px;background:#1d3557;color:#fff;font:600 30px system-ui,sans-serif;` +
      `display:flex;flex-direction:column;overflow:hidden">` +
      `<div style="padding:18px 22px 10px">Crosscheck<div style="font:400 15px system-ui,sans-serif;opacity:.85">` +
      `Which statements other outlets corroborate, and which they contradict</div></div>` +
      `<img src="${crop}" style="width:400px;margin:0 20px;border-radius:6px 6px 0 0;object-fit:cover;object-position:top"></div>`;
    expect(await compose('tile-440x280.png', html, { width: 440, height: 280 })).toEqual({ width: 440, height: 280 });
    await article.close();
    await panel.close();
  });
});
