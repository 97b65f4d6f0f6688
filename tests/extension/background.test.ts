import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { removeAllListeners, type ProtocolMap } from '../../utils/shared/messaging';
import type { PageReading } from '../../utils/shared/messaging';
import { tinyArticle, tinyCorpus } from './fixtures/tiny-corpus';

/**
 * Sends a protocol message the way another extension page would: through runtime.onMessage,
 * so the background's real handler registrations are what answers.
 */
async function ask<K extends keyof ProtocolMap>(type: K, data: Parameters<ProtocolMap[K]>[0]): Promise<ReturnType<ProtocolMap[K]>> {
  const response = await new Promise<{ res?: unknown; err?: { message: string } }>((resolve) => {
    // The real runtime passes sendResponse as the third argument; the fake's typing stops at two.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger({ id: 1, type, data, timestamp: Date.now() }, {}, resolve);
  });
  if (response.err) throw Object.assign(new Error(response.err.message), { name: (response.err as Error).name });
  return response.res as ReturnType<ProtocolMap[K]>;
}

const reading: PageReading = { url: tinyArticle.url, title: tinyArticle.title, article: tinyArticle };

describe('background', () => {
  let onCommand: ((command: string, tab?: { id?: number; windowId?: number }) => void) | undefined;
  let executeScript: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    // Only the corpus is served: the service must still work without the word vectors.
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) =>
      String(url).endsWith('/corpus-index.json') ? new Response(JSON.stringify(tinyCorpus)) : new Response('', { status: 404 }),
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
    const comparison = await ask('analyseTab', { tabId: 3 });
    expect(comparison.page.title).toBe(tinyArticle.title);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 3 }, files: ['/content-scripts/content.js'] });
    expect(fetch).toHaveBeenCalledWith('chrome-extension://test-extension-id/corpus-index.json');

    expect(await ask('getTabResult', 3)).toEqual(comparison);
    await ask('analyseTab', { tabId: 3 });
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('drops a tab’s result when the tab starts loading another page', async () => {
    await ask('analyseTab', { tabId: 3 });
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/army' });
    expect(tab.id).toBeDefined();
    await ask('analyseTab', { tabId: tab.id! });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'loading' }, tab);
    await vi.waitFor(async () => expect(await ask('getTabResult', tab.id!)).toBeNull());
    expect(await ask('getTabResult', 3)).not.toBeNull();
  });

  it('sends errors across as messages a reader can act on', async () => {
    executeScript.mockRejectedValueOnce(new Error('Cannot access a chrome:// URL'));
    await expect(ask('analyseTab', { tabId: 4 })).rejects.toThrow(/cannot read browser pages/);
    await expect(ask('getSource', 'missing')).rejects.toThrow(/no corpus source/);
    executeScript.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await expect(ask('analyseTab', { tabId: 4 })).rejects.toMatchObject({ name: 'NoAccessError' });
  });

  it('answers searches from the packaged corpus', async () => {
    const hits = await ask('search', { query: 'criminal' });
    expect(hits[0]).toMatchObject({ sourceId: 'src-a', outlet: 'Outlet A' });
    expect(hits[0]!.highlights.length).toBeGreaterThan(0);
  });

  it('on the shortcut, opens the panel at once and analyses the tab', async () => {
    const setPanel = vi.spyOn(fakeBrowser.sidebarAction, 'setPanel').mockResolvedValue(undefined);
    const open = vi.spyOn(fakeBrowser.sidebarAction, 'open').mockResolvedValue(undefined);
    onCommand!('analyse-page', { id: 5, windowId: 1 });
    // Both calls happen synchronously, inside the shortcut's user gesture.
    expect(setPanel).toHaveBeenCalledWith({ panel: 'chrome-extension://test-extension-id/sidepanel.html' });
    expect(open).toHaveBeenCalled();
    await vi.waitFor(async () => expect(await ask('getTabResult', 5)).not.toBeNull());
  });
});
