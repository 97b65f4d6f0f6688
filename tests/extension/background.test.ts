import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { removeAllListeners } from '../../utils/shared/messaging';
import type { PageReading } from '../../utils/shared/service-types';
import { callService } from './fixtures/call-service';
import { highlightInPage } from '../../utils/page/highlight-in-page';
import { tinyArticle, tinyCorpus } from './fixtures/tiny-corpus';

const reading: PageReading = { url: tinyArticle.url, title: tinyArticle.title, article: tinyArticle };

describe('background', () => {
  let onCommand: ((command: string, tab?: { id?: number; windowId?: number }) => void) | undefined;
  let executeScript: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    // Only the corpus is served: the service must still work without the word vectors.
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) =>
      String(url).endsWith('/corpus-index.json')
        ? new Response(JSON.stringify(tinyCorpus))
        : new Response('', { status: 404 }),
    );
    executeScript = vi.fn(async () => [{ frameId: 0, documentId: 'd', result: reading }]);
    Object.assign(fakeBrowser.scripting, { executeScript });
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      onCommand = listener as typeof onCommand;
    });
    background.main();
  });

  afterEach(() => {
    removeAllListeners();
    vi.restoreAllMocks();
  });

  it('analyses a tab by injecting the runtime content script, then serves the cached result', async () => {
    const comparison = await callService('analyseTab', 3);
    expect(comparison.page.title).toBe(tinyArticle.title);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 3 }, files: ['/content-scripts/content.js'] });
    expect(fetch).toHaveBeenCalledWith('chrome-extension://test-extension-id/corpus-index.json');

    expect(await callService('getTabResult', 3)).toEqual(comparison);
    await callService('analyseTab', 3);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('drops a tab’s result when the tab starts loading another page', async () => {
    await callService('analyseTab', 3);
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/army' });
    expect(tab.id).toBeDefined();
    await callService('analyseTab', tab.id!);
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect(await callService('getTabResult', tab.id!)).toBeNull());
    expect(await callService('getTabResult', 3)).not.toBeNull();
  });

  it('sends errors across as messages a reader can act on', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    await expect(callService('analyseTab', 4)).rejects.toThrow(/cannot read browser pages/);
    await expect(callService('getSource', 'missing')).rejects.toThrow(/not in the corpus/);
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await expect(callService('analyseTab', 4)).rejects.toMatchObject({ name: 'NoAccessError' });
  });

  it('answers searches from the packaged corpus', async () => {
    const hits = await callService('search', 'criminal');
    expect(hits[0]).toMatchObject({ sourceId: 'src-a', outlet: 'Outlet A' });
    expect(hits[0]!.highlights.length).toBeGreaterThan(0);
  });

  it('shows a statement in the page by injecting the self-contained highlighter', async () => {
    executeScript.mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: true }]);
    expect(await callService('showInPage', 3, 'The ship was freed.')).toBe(true);
    expect(executeScript).toHaveBeenLastCalledWith({
      target: { tabId: 3 },
      func: highlightInPage,
      args: ['The ship was freed.'],
    });
    executeScript.mockResolvedValueOnce([{ frameId: 0, documentId: 'd', result: false }]);
    expect(await callService('showInPage', 3, 'Not on the page.')).toBe(false);
  });

  it('on the shortcut, opens the panel at once and analyses the tab', async () => {
    const setPanel = vi.spyOn(fakeBrowser.sidebarAction, 'setPanel').mockResolvedValue(undefined);
    const open = vi.spyOn(fakeBrowser.sidebarAction, 'open').mockResolvedValue(undefined);
    onCommand!('analyse-page', { id: 5, windowId: 1 });
    // Both calls happen synchronously, inside the shortcut's user gesture.
    expect(setPanel).toHaveBeenCalledWith({ panel: 'chrome-extension://test-extension-id/sidepanel.html' });
    expect(open).toHaveBeenCalled();
    await vi.waitFor(async () => expect(await callService('getTabResult', 5)).not.toBeNull());
  });
});
