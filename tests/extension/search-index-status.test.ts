import { JSDOM } from 'jsdom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { SearchHit } from '../../lib/search/search-corpus';
import { createAnalysisService } from '../../utils/background/create-analysis-service';
import { tinyCorpus } from './fixtures/tiny-corpus';

/** What the popup's service proxy answers in these tests (components/hooks/use-service.ts is mocked). */
const service = {
  isSearchIndexBuilt: vi.fn(async () => false),
  search: vi.fn(async (_query: string): Promise<SearchHit[]> => []),
};
vi.mock('../../components/hooks/use-service', () => ({ useService: () => service }));
// Imported after the mock is declared (vitest hoists vi.mock above the imports).
const { App: Popup } = await import('../../entrypoints/popup/App');

const HIT: SearchHit = {
  sourceId: 'src-a',
  outlet: 'Outlet A',
  published: '2015-01-05',
  sourceIndex: 1,
  text: 'Applicants must speak Russian and have no criminal record.',
  highlights: [[43, 51]],
  score: 3,
};

describe('the background says whether its search index is built', () => {
  it('not before the first search, which builds it; and never waits for the corpus to answer', async () => {
    const analysis = createAnalysisService({
      loadCorpusAsset: async () => tinyCorpus,
      readTab: async () => {
        throw new Error('no tabs here');
      },
    });
    expect(await analysis.isSearchIndexBuilt()).toBe(false);
    await analysis.corpusStatus(); // the corpus loaded: the index is still built on the first search only
    expect(await analysis.isSearchIndexBuilt()).toBe(false);
    expect((await analysis.search('criminal')).length).toBeGreaterThan(0);
    expect(await analysis.isSearchIndexBuilt()).toBe(true);
  });
});

describe('the popup while the first search builds the index', () => {
  let root: HTMLElement;
  let window: JSDOM['window'];
  const status = () => root.querySelector('.popup-searching')?.textContent ?? '';
  const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

  beforeEach(async () => {
    fakeBrowser.reset();
    // The popup asks for its window up front (to open the panel within a click); the fake has none.
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({
      id: 1,
      focused: true,
      incognito: false,
      alwaysOnTop: false,
    });
    ({ window } = new JSDOM('<!doctype html><html><body></body></html>', { url: 'chrome-extension://x/popup.html' }));
    // jsdom lays nothing out: the popup scrolls the selected hit into view.
    window.Element.prototype.scrollIntoView = () => undefined;
    vi.stubGlobal('document', window.document);
    root = window.document.body.appendChild(window.document.createElement('div'));
    await act(() => render(h(Popup, {}), root));
    await wait(0);
  });

  afterEach(() => {
    render(null, root);
    vi.unstubAllGlobals();
    vi.clearAllMocks();
    vi.restoreAllMocks();
  });

  async function type(query: string) {
    const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = query;
    await act(() => {
      input.dispatchEvent(new window.Event('input', { bubbles: true }));
    });
  }

  it('says it is building the index when the first search takes a while, then shows the results', async () => {
    let answer: (hits: SearchHit[]) => void = () => undefined;
    service.search.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    await type('criminal');
    await wait(150);
    // A quick search shows nothing in between (and no "nothing matches" while it runs).
    expect(service.search).toHaveBeenCalledWith('criminal', 20, {});
    expect(status()).toBe('');
    expect(root.querySelector('.popup-empty')).toBeNull();

    await wait(400);
    expect(status()).toMatch(/^Building the search index…/);

    answer([HIT]);
    await wait(0);
    expect(status()).toBe('');
    expect(root.querySelectorAll('.hit')).toHaveLength(1);
  });

  it('says only “Searching…” when the index was built already', async () => {
    service.isSearchIndexBuilt.mockResolvedValueOnce(true);
    render(null, root);
    await act(() => render(h(Popup, {}), root));
    await wait(0);
    service.search.mockImplementationOnce(() => new Promise(() => undefined));
    await type('criminal');
    await wait(500);
    expect(status()).toBe('Searching…');
  });
});
