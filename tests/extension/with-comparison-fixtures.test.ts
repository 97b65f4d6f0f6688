import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadCorpus } from '../../lib/corpus/load-corpus';
import { COMPARISON_FIXTURES_KEY, withComparisonFixtures } from '../../utils/background/with-comparison-fixtures';
import { misreportComparison } from '../fixtures/comparisons/misreport-comparison';
import { nothingMatchedComparison } from '../fixtures/comparisons/nothing-matched-comparison';
import { tinyArticle, tinyCorpus } from './fixtures/tiny-corpus';

describe('withComparisonFixtures (the e2e build’s stub engine)', () => {
  const corpus = loadCorpus(tinyCorpus);
  const engine = vi.fn(() => nothingMatchedComparison);

  beforeEach(() => {
    fakeBrowser.reset();
    engine.mockClear();
  });

  it('answers with the fixture stored for the page, at the page’s own address, without running the engine', async () => {
    await fakeBrowser.storage.local.set({ [COMPARISON_FIXTURES_KEY]: { [tinyArticle.url]: misreportComparison } });
    const comparison = await withComparisonFixtures(engine)(tinyArticle, corpus, {});
    expect(comparison).toEqual({ ...misreportComparison, page: { ...misreportComparison.page, url: tinyArticle.url } });
    expect(engine).not.toHaveBeenCalled();
  });

  it('runs the engine for a page without a fixture, and when no test stored any', async () => {
    const compare = withComparisonFixtures(engine);
    expect(await compare(tinyArticle, corpus, {})).toBe(nothingMatchedComparison);
    await fakeBrowser.storage.local.set({
      [COMPARISON_FIXTURES_KEY]: { 'https://news.example/other': misreportComparison },
    });
    expect(await compare(tinyArticle, corpus, { excludeSourceIds: ['src-a'] })).toBe(nothingMatchedComparison);
    expect(engine).toHaveBeenLastCalledWith(tinyArticle, corpus, { excludeSourceIds: ['src-a'] });
  });
});
