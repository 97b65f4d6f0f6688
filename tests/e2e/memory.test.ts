import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  getTabId,
  launchWithExtension,
  openExtensionPage,
  servePages,
  type ExtensionBrowser,
  type PageServer,
} from './launch-extension';
import { copyMemoryPages, MEMORY_STORY, MEMORY_UNRELATED } from './memory-pages';

// The news memory end to end (issue 14): a reader turns remembering on, reads a sequence of pages of
// the Suez story (committed copies in tests/pages of ../shared/stories/suez-2021/pages) and an
// unrelated one, comes back to one under a tracking address; the memory grows by one entry a page,
// the Stories page groups them, and never remembering the site forgets its articles everywhere:
// the memory's count, the stories, the search.
const STORY = MEMORY_STORY;
const UNRELATED = MEMORY_UNRELATED;

describe('the news memory, in Chromium', () => {
  let dir: string;
  let server: PageServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    dir = copyMemoryPages();
    server = await servePages(dir);
    ext = await launchWithExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the page in a tab and its panel in another, and waits for the panel's result. */
  async function read(name: string, query = ''): Promise<{ article: Page; tabId: number }> {
    const url = `${server.origin}/${name}.html${query}`;
    const article = await ext.context.newPage();
    await article.goto(url);
    const tabId = await getTabId(ext, url);
    const panel = await openExtensionPage(ext, `sidepanel.html?tab=${tabId}`);
    // The result, or a state that ends the comparison (not the "analysing" one before it).
    await panel.locator('.summary, [data-state]:not([data-state="analysing"])').first().waitFor({ timeout: 60_000 });
    await panel.close();
    return { article, tabId };
  }

  async function rememberedCount(): Promise<string> {
    const options = await openExtensionPage(ext, 'options.html', { width: 900, height: 900 });
    const count = options.locator('.memory-count');
    await count.waitFor();
    await expect.poll(() => count.textContent(), { timeout: 30_000 }).not.toBe('');
    const text = (await count.textContent()) ?? '';
    await options.close();
    return text;
  }

  async function searchHits(query: string): Promise<string[]> {
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.locator('.search-input').fill(query);
    // The search answers after its debounce; give it time to, then read what it lists.
    await popup.waitForTimeout(1_500);
    const hits = await popup.locator('#hits [role="option"]').allTextContents();
    await popup.close();
    return hits;
  }

  it('keeps nothing while remembering is off', async () => {
    const { article } = await read(STORY[0]!);
    await article.close();
    expect(await rememberedCount()).toMatch(/^0 /);
  });

  it('remembers each page read once, a re-visit under a tracking address included, and groups the story', async () => {
    const options = await openExtensionPage(ext, 'options.html', { width: 900, height: 900 });
    await options.locator('.memory input[role="switch"]').check();
    await expect.poll(() => options.locator('.memory input[role="switch"]').isChecked()).toBe(true);
    await options.close();

    for (const name of [...STORY, UNRELATED]) await (await read(name)).article.close();
    await expect.poll(rememberedCount, { timeout: 30_000 }).toMatch(/^5 articles/);
    // The same article again, as a link shared with tracking parameters: still one entry.
    (await read(STORY[1]!, '?utm_source=newsletter&utm_medium=email#comments')).article.close();
    expect(await rememberedCount()).toMatch(/^5 articles/);

    const stories = await openExtensionPage(ext, 'stories.html', { width: 900, height: 1000 });
    const suez = stories.locator('.story-item').filter({ hasText: `${STORY.length} articles` });
    await suez.waitFor({ timeout: 60_000 });
    await suez.locator('.story-title').click();
    await stories.locator('.figure-row.is-revised').first().waitFor({ timeout: 60_000 });
    await stories.screenshot({ path: path.join(ARTIFACTS_DIR, 'memory-story.png'), fullPage: true });
    await stories.close();
    expect((await searchHits('Suez Canal')).some((hit) => hit.includes('Suez'))).toBe(true);
  }, 240_000);

  it('forgets every article of a site when the reader says never to remember it: count, stories and search', async () => {
    const { article, tabId } = await read(STORY[2]!);
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`);
    const line = popup.locator('.popup-memory');
    await line.waitFor({ timeout: 30_000 });
    await popup.screenshot({ path: path.join(ARTIFACTS_DIR, 'memory-popup.png') });
    await line.getByRole('button', { name: 'Never remember this site' }).click();
    await expect.poll(() => line.getAttribute('data-state'), { timeout: 30_000 }).toBe('never');
    await popup.close();
    await article.close();

    await expect.poll(rememberedCount, { timeout: 30_000 }).toMatch(/^0 /);
    const stories = await openExtensionPage(ext, 'stories.html', { width: 900, height: 1000 });
    await stories.locator('.story-list').waitFor({ timeout: 60_000 });
    expect(await stories.locator('.story-item', { hasText: 'Suez' }).count()).toBe(0);
    await stories.close();
    expect((await searchHits('Suez Canal')).some((hit) => hit.includes('Suez'))).toBe(false);
    // And a page of that site read again is not remembered.
    (await read(STORY[0]!)).article.close();
    expect(await rememberedCount()).toMatch(/^0 /);
  }, 240_000);
});
