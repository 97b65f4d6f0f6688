import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { removeAllListeners } from '../../utils/shared/messaging';
import type { PageReading } from '../../utils/shared/service-types';
import { getAnalysisProgressItem, type AnalysisProgress } from '../../utils/shared/storage';
import { tinyArticle, tinyCorpus } from './fixtures/tiny-corpus';
import { callService } from './fixtures/call-service';

/** Asks the background to analyse a tab, as the panel does (through its service proxy's message). */
async function analyseTab(tabId: number): Promise<void> {
  await callService('analyseTab', tabId).catch(() => undefined);
}

describe('analysis progress (what the panel shows while a page is analysed)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) =>
      String(url).endsWith('/corpus-index.json')
        ? new Response(JSON.stringify(tinyCorpus))
        : new Response('', { status: 404 }),
    );
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Crosscheck',
      version: '0.1.0',
    });
    // The fake has no commands API; the shortcut is not what this test is about.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    background.main();
  });

  afterEach(() => {
    removeAllListeners();
    vi.restoreAllMocks();
  });

  it('reports reading, then comparing with the article’s size', async () => {
    const seen: Array<AnalysisProgress | null> = [];
    const reading: PageReading = { url: tinyArticle.url, title: tinyArticle.title, article: tinyArticle };
    const executeScript = vi.fn(async () => {
      seen.push(await getAnalysisProgressItem(7).getValue());
      return [{ frameId: 0, documentId: 'd', result: reading }];
    });
    Object.assign(fakeBrowser.scripting, { executeScript });

    await analyseTab(7);
    expect(seen).toEqual([expect.objectContaining({ stage: 'reading', at: expect.any(Number) })]);
    const words = tinyArticle.paragraphs.join(' ').split(/\s+/).length;
    expect(await getAnalysisProgressItem(7).getValue()).toMatchObject({ stage: 'comparing', paragraphs: 2, words });
  });

  it('forgets a closed tab’s progress', async () => {
    await getAnalysisProgressItem(8).setValue({ stage: 'reading', at: 1 });
    await fakeBrowser.tabs.onRemoved.trigger(8, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await getAnalysisProgressItem(8).getValue()).toBeNull());
  });
});
