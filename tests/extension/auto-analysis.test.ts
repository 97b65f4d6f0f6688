import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import {
  AUTO_ANALYSIS_ORIGINS,
  hasAutoAnalysis,
  requestAutoAnalysis,
  revokeAutoAnalysis,
  watchAutoAnalysis,
} from '../../utils/shared/auto-analysis';
import { startAutoAnalysis } from '../../utils/background/start-auto-analysis';
import { removeAllListeners } from '../../utils/shared/messaging';
import type { PageReading } from '../../utils/shared/service-types';
import { getTabResultItem } from '../../utils/shared/storage';
import { installFakePermissions } from './fixtures/fake-permissions';
import { tinyArticle, tinyCorpus } from './fixtures/tiny-corpus';

/** Lets the listener's permission check and the analysis it starts run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const tab = (url: string | undefined) => ({
  id: 4,
  index: 0,
  url,
  highlighted: false,
  active: true,
  pinned: false,
  incognito: false,
});

describe('automatic comparison (opt-in)', () => {
  let permissions: ReturnType<typeof installFakePermissions>;
  let analyseTab: ReturnType<typeof vi.fn<(tabId: number) => Promise<unknown>>>;

  beforeEach(() => {
    fakeBrowser.reset();
    permissions = installFakePermissions();
    analyseTab = vi.fn(async () => undefined);
    startAutoAnalysis(analyseTab);
  });

  afterEach(() => vi.restoreAllMocks());

  it('asks for every http(s) page, and the grant is what it reports (nothing else stored)', async () => {
    expect(await hasAutoAnalysis()).toBe(false);
    expect(await requestAutoAnalysis()).toBe(true);
    expect(permissions.api.request).toHaveBeenCalledWith({ origins: ['https://*/*', 'http://*/*'] });
    expect(await hasAutoAnalysis()).toBe(true);
    // Half a grant (the reader removed one in the browser's settings) is no grant.
    permissions.revokeInSettings('http://*/*');
    expect(await hasAutoAnalysis()).toBe(false);
    await requestAutoAnalysis();
    await revokeAutoAnalysis();
    expect(permissions.api.remove).toHaveBeenCalledWith({ origins: AUTO_ANALYSIS_ORIGINS });
    expect(await hasAutoAnalysis()).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it.each([
    { granted: true, status: 'complete', url: 'https://news.example/story', analysed: true },
    { granted: true, status: 'complete', url: 'http://news.example/story', analysed: true },
    { granted: true, status: 'loading', url: 'https://news.example/story', analysed: false },
    { granted: true, status: undefined, url: 'https://news.example/story', analysed: false },
    { granted: true, status: 'complete', url: 'chrome://extensions/', analysed: false },
    { granted: true, status: 'complete', url: 'about:blank', analysed: false },
    { granted: true, status: 'complete', url: 'file:///home/me/page.html', analysed: false },
    { granted: true, status: 'complete', url: 'chrome-extension://abc/sidepanel.html', analysed: false },
    // The browser hides the URL of a page the extension may not read.
    { granted: true, status: 'complete', url: undefined, analysed: false },
    { granted: false, status: 'complete', url: 'https://news.example/story', analysed: false },
  ])('granted $granted, status $status, $url: analysed $analysed', async ({ granted, status, url, analysed }) => {
    if (granted) await requestAutoAnalysis();
    await fakeBrowser.tabs.onUpdated.trigger(4, { status }, tab(url) as never);
    await settle();
    expect(analyseTab.mock.calls).toEqual(analysed ? [[4]] : []);
  });

  it('stops at once when the reader revokes access in the browser’s settings', async () => {
    await requestAutoAnalysis();
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, tab('https://news.example/a') as never);
    await settle();
    permissions.revokeInSettings('https://*/*');
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, tab('https://news.example/b') as never);
    await settle();
    expect(analyseTab).toHaveBeenCalledTimes(1);
  });

  it('swallows a failed analysis (a page that cannot be read stays unanalysed)', async () => {
    await requestAutoAnalysis();
    const failure = vi.fn();
    process.on('unhandledRejection', failure);
    analyseTab.mockRejectedValueOnce(new Error('Cannot access contents of the page.'));
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, tab('https://news.example/a') as never);
    await settle();
    process.off('unhandledRejection', failure);
    expect(analyseTab).toHaveBeenCalledTimes(1);
    expect(failure).not.toHaveBeenCalled();
  });

  it('tells the options page when the grant changes, wherever it was changed', async () => {
    const seen: boolean[] = [];
    const stop = watchAutoAnalysis((granted) => seen.push(granted));
    await requestAutoAnalysis();
    await settle();
    permissions.revokeInSettings('https://*/*');
    await settle();
    expect(seen).toEqual([true, false]);
    stop();
    expect(permissions.listeners.added.size + permissions.listeners.removed.size).toBe(0);
  });
});

describe('automatic comparison in the background', () => {
  const reading: PageReading = { url: 'https://news.example/army', title: tinyArticle.title, article: tinyArticle };
  let executeScript: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fakeBrowser.reset();
    installFakePermissions();
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) =>
      String(url).endsWith('/corpus-index.json')
        ? new Response(JSON.stringify(tinyCorpus))
        : new Response('', { status: 404 }),
    );
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Crosscheck',
      version: '0.1.0',
    });
    // Only the corpus is served (no word vectors, no stance model): the service says so, and works on.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    executeScript = vi.fn(async () => [{ frameId: 0, documentId: 'd', result: reading }]);
    Object.assign(fakeBrowser.scripting, { executeScript });
    background.main();
  });

  afterEach(() => {
    removeAllListeners();
    vi.restoreAllMocks();
  });

  /** A page load in a tab as the browser reports it: loading, then complete. */
  async function load(tabId: number, url: string) {
    const info = { ...tab(url), id: tabId };
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, info as never);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, info as never);
  }

  it('does nothing until the reader opts in', async () => {
    await load(6, reading.url);
    await settle();
    expect(executeScript).not.toHaveBeenCalled();
    expect(await getTabResultItem(6).getValue()).toBeNull();
  });

  it('once granted, stores each loaded page’s result for the panel, and reads a page once', async () => {
    await requestAutoAnalysis();
    await load(6, reading.url);
    await vi.waitFor(async () =>
      expect((await getTabResultItem(6).getValue())?.comparison.page.title).toBe(tinyArticle.title),
    );
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 6 }, files: ['/content-scripts/content.js'] });

    // Another 'complete' for the same page load (the browser sends more than one): the stored result serves.
    await fakeBrowser.tabs.onUpdated.trigger(6, { status: 'complete' }, tab(reading.url) as never);
    await settle();
    expect(executeScript).toHaveBeenCalledTimes(1);

    // A new page load in the tab is read again.
    await load(6, reading.url);
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledTimes(2));
  });
});
