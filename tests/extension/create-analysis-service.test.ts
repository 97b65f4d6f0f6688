import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Article, Comparison } from '../../lib/types';
import { createAnalysisService, type AnalysisDeps } from '../../utils/background/create-analysis-service';
import type { PageReading } from '../../utils/shared/service-types';
import { getTabResultItem } from '../../utils/shared/storage';
import { tinyArticle, tinyCorpus } from './fixtures/tiny-corpus';

const TAB = 7;

/** A stand-in engine: the wiring is under test here, not the comparison. */
function fakeCompare(article: Article): Comparison {
  return {
    page: {
      title: article.title,
      url: article.url,
      lang: article.lang,
      published: article.published,
      readerable: true,
    },
    statements: [
      { index: 0, text: article.paragraphs[0]!, matches: [], outlets: { corroborating: [], conflicting: [] } },
    ],
    summary: { checked: 1, corroborated: 0, conflicting: 0, corroboratingOutlets: [], conflictingOutlets: [] },
  };
}

function setup(reading: Partial<PageReading> = {}) {
  const readTab = vi.fn<AnalysisDeps['readTab']>(async () => ({
    url: tinyArticle.url,
    title: tinyArticle.title,
    article: tinyArticle,
    ...reading,
  }));
  const loadCorpusAsset = vi.fn(async () => tinyCorpus);
  const service = createAnalysisService({ readTab, loadCorpusAsset, compare: fakeCompare, now: () => 1000 });
  return { service, readTab, loadCorpusAsset };
}

describe('createAnalysisService', () => {
  beforeEach(() => fakeBrowser.reset());

  it('compares the tab’s article and caches the result in session storage', async () => {
    const { service, readTab } = setup();
    const comparison = await service.analyseTab(TAB);
    expect(comparison.page.title).toBe('Army opens to foreigners');
    expect(await getTabResultItem(TAB).getValue()).toEqual({ url: tinyArticle.url, analysedAt: 1000, comparison });
    expect(await fakeBrowser.storage.session.get(`tabResult:${TAB}`)).toHaveProperty(`tabResult:${TAB}`);

    await service.analyseTab(TAB);
    expect(readTab).toHaveBeenCalledTimes(1);
    await service.analyseTab(TAB, true);
    expect(readTab).toHaveBeenCalledTimes(2);
  });

  it('runs one analysis when the panel and the shortcut ask at once', async () => {
    const { service, readTab } = setup();
    const [a, b] = await Promise.all([service.analyseTab(TAB), service.analyseTab(TAB)]);
    expect(a).toBe(b);
    expect(readTab).toHaveBeenCalledTimes(1);
  });

  it('loads the corpus once, lazily', async () => {
    const { service, loadCorpusAsset } = setup();
    expect(loadCorpusAsset).not.toHaveBeenCalled();
    await service.search('criminal');
    await service.getSource('src-a');
    await service.analyseTab(TAB);
    expect(loadCorpusAsset).toHaveBeenCalledTimes(1);
  });

  it("answers the popup's glance at the news memory without loading the corpus, and from it once loaded", async () => {
    const { service, loadCorpusAsset } = setup();
    expect(await service.memoryStatus(TAB)).toEqual({ remembered: null, site: null, pageId: null });
    expect(loadCorpusAsset).not.toHaveBeenCalled();
    await service.analyseTab(TAB);
    expect(await service.memoryStatus(TAB)).toMatchObject({ remembered: 0, pageId: null });
    expect(loadCorpusAsset).toHaveBeenCalledTimes(1);
  });

  it('reports the size of the corpus it loaded and how long loading took', async () => {
    const { service } = setup();
    const status = await service.corpusStatus();
    const listed = await service.listSources();
    expect(status.sources).toBe(listed.length);
    expect(status.userSources).toBe(0);
    expect(status.statements).toBe(listed.reduce((n, s) => n + s.statementCount, 0));
    expect(status.statements).toBe(tinyCorpus.statements.length);
    expect(status.loadMs).toBeGreaterThanOrEqual(status.userMs);
  });

  it('answers a page without an article with the not-article state, without loading the corpus', async () => {
    const { service, loadCorpusAsset } = setup({ article: null, title: 'Log in', url: 'https://portal.example/' });
    const comparison = await service.analyseTab(TAB);
    expect(comparison.empty).toBe('not-article');
    expect(comparison.page.title).toBe('Log in');
    expect(loadCorpusAsset).not.toHaveBeenCalled();
  });

  it('forgets a tab that navigated, and does not store a result that was under way', async () => {
    const { service, readTab } = setup();
    await service.analyseTab(TAB);
    await service.forgetTab(TAB);
    expect(await service.getTabResult(TAB)).toBeNull();

    let finishRead!: () => void;
    readTab.mockImplementationOnce(
      () => new Promise((resolve) => (finishRead = () => resolve({ url: 'old', title: 'old', article: tinyArticle }))),
    );
    const stale = service.analyseTab(TAB);
    await vi.waitFor(() => expect(finishRead).toBeTypeOf('function'));
    await service.forgetTab(TAB);
    // Asked again after the navigation: a new run reads the new page, not the one under way.
    const fresh = service.analyseTab(TAB);
    await vi.waitFor(() => expect(readTab).toHaveBeenCalledTimes(3)); // while the old read is still under way
    finishRead();
    await stale;
    const comparison = await fresh;
    expect(await getTabResultItem(TAB).getValue()).toEqual({ url: tinyArticle.url, analysedAt: 1000, comparison });
  });

  it.each([
    ['another #fragment of the same page: kept', `${tinyArticle.url}#comments`, true],
    ['the same address (a reload): dropped', tinyArticle.url, false],
    ['another page: dropped', 'https://news.example/other', false],
    ['no address known: dropped', undefined, false],
  ])('when the tab starts loading %s', async (_, url, kept) => {
    const { service } = setup();
    await service.analyseTab(TAB);
    await service.forgetTab(TAB, url);
    expect((await service.getTabResult(TAB)) !== null).toBe(kept);
  });

  it('explains a tab it may not read', async () => {
    const { service, readTab } = setup();
    readTab.mockRejectedValueOnce(
      new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    );
    await expect(service.analyseTab(TAB)).rejects.toThrow(/Compare this page/);
  });

  it('searches the corpus and returns sources statement by statement', async () => {
    const { service } = setup();
    const [hit] = await service.search('criminal record');
    expect(hit).toMatchObject({ sourceId: 'src-a', outlet: 'Outlet A', sourceIndex: 1 });
    expect((await service.getSource('src-a')).statements.map((s) => s.index)).toEqual([0, 1]);
    await expect(service.getSource('nope')).rejects.toThrow(/not in the corpus/);
  });

  it('reports a corpus that fails to load, and tries again next time', async () => {
    const { service, loadCorpusAsset } = setup();
    loadCorpusAsset.mockRejectedValueOnce(new Error('404'));
    await expect(service.search('army')).rejects.toThrow(/could not load its corpus/);
    await expect(service.search('army')).resolves.not.toHaveLength(0);
  });
});
