import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR } from '../e2e/artifacts-dir';
import { servePages, type PageServer } from '../e2e/serve-pages';
import { launchFirefox, openExtensionPage, openTab, type FirefoxBrowser } from './launch-firefox';
import { copyMemoryPages, MEMORY_STORY, MEMORY_UNRELATED } from '../e2e/memory-pages';

// The news memory in Firefox (issue 14), as tests/e2e/memory.test.ts checks it in Chromium: pages of
// the Suez story (committed copies of ../shared/stories/suez-2021/pages) and an unrelated one read
// with remembering off, then on; a re-visit under a tracking address; the Stories page; and never
// remembering the site from the popup forgets its articles in the count, the stories and the search.
const STORY = MEMORY_STORY;
const UNRELATED = MEMORY_UNRELATED;

describe('the news memory in Firefox (test build)', () => {
  let dir: string;
  let server: PageServer;
  let ff: FirefoxBrowser;

  beforeAll(async () => {
    dir = copyMemoryPages();
    server = await servePages(dir);
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the page in a tab and its panel in another, and waits for the panel's result. */
  async function read(name: string, query = ''): Promise<{ article: Page; tabId: number }> {
    const { page: article, tabId } = await openTab(ff, `${server.origin}/${name}.html${query}`);
    const panel = await openExtensionPage(ff, `sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('.summary, [data-state]:not([data-state="analysing"])', { timeout: 60_000 });
    await panel.close();
    return { article, tabId };
  }

  async function rememberedCount(): Promise<string> {
    const options = await openExtensionPage(ff, 'options.html', { width: 900, height: 900 });
    await options.waitForFunction(() => document.querySelector('.memory-count')?.textContent, { timeout: 30_000 });
    const text = await options.$eval('.memory-count', (el) => el.textContent ?? '');
    await options.close();
    return text;
  }

  async function searchHits(query: string): Promise<string[]> {
    const popup = await openExtensionPage(ff, 'popup.html');
    await popup.type('.search-input', query);
    // The search answers after its debounce; give it time to, then read what it lists.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const hits = await popup.$$eval('#hits [role="option"]', (els) => els.map((el) => el.textContent ?? ''));
    await popup.close();
    return hits;
  }

  it('keeps nothing while remembering is off', async () => {
    const { article } = await read(STORY[0]!);
    await article.close();
    expect(await rememberedCount()).toMatch(/^0 /);
  });

  it('remembers each page read once, a re-visit under a tracking address included, and groups the story', async () => {
    const options = await openExtensionPage(ff, 'options.html', { width: 900, height: 900 });
    const toggle = await options.waitForSelector('.memory input[role="switch"]');
    await toggle!.click();
    await expect.poll(() => options.$eval('.memory input[role="switch"]', (el) => el.checked)).toBe(true);
    await options.close();

    for (const name of [...STORY, UNRELATED]) await (await read(name)).article.close();
    await expect.poll(rememberedCount, { timeout: 30_000 }).toMatch(/^5 articles/);
    await (await read(STORY[1]!, '?utm_source=newsletter&utm_medium=email#comments')).article.close();
    expect(await rememberedCount()).toMatch(/^5 articles/);

    const stories = await openExtensionPage(ff, 'stories.html', { width: 900, height: 1000 });
    const title = await stories.waitForSelector(
      `::-p-xpath(//li[contains(@class, "story-item")][.//*[contains(., "${STORY.length} articles")]]//*[contains(@class, "story-title")])`,
      { timeout: 60_000 },
    );
    await title!.click();
    await stories.waitForSelector('.figure-row.is-revised', { timeout: 60_000 });
    await stories.screenshot({ path: path.join(ARTIFACTS_DIR, 'firefox-memory-story.png'), fullPage: true });
    await stories.close();
    expect((await searchHits('Suez Canal')).some((hit) => hit.includes('Suez'))).toBe(true);
  }, 240_000);

  it('forgets every article of a site when the reader says never to remember it: count, stories and search', async () => {
    const { article, tabId } = await read(STORY[2]!);
    const popup = await openExtensionPage(ff, `popup.html?tab=${tabId}`);
    const never = await popup.waitForSelector('.popup-memory ::-p-text(Never remember this site)', { timeout: 30_000 });
    await never!.click();
    await expect
      .poll(() => popup.$eval('.popup-memory', (el) => el.getAttribute('data-state')), { timeout: 30_000 })
      .toBe('never');
    await popup.close();
    await article.close();

    await expect.poll(rememberedCount, { timeout: 30_000 }).toMatch(/^0 /);
    const stories = await openExtensionPage(ff, 'stories.html', { width: 900, height: 1000 });
    await stories.waitForSelector('.story-list', { timeout: 60_000 });
    const titles = await stories.$$eval('.story-item', (els) => els.map((el) => el.textContent ?? ''));
    expect(titles.filter((t) => t.includes('Suez'))).toEqual([]);
    await stories.close();
    expect((await searchHits('Suez Canal')).some((hit) => hit.includes('Suez'))).toBe(false);
    (await read(STORY[0]!)).article.close();
    expect(await rememberedCount()).toMatch(/^0 /);
  }, 240_000);
});
