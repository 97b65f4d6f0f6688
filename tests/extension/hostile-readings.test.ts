import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Comparison, PageReading } from '../../lib/types';
import { createAnalysisService } from '../../utils/background/create-analysis-service';
import { formatComparisonMarkdown } from '../../utils/view/format-comparison-markdown';
import { describeCapped } from '../../utils/view/describe-capped';
import { tinyCorpus } from './fixtures/tiny-corpus';
import { sampleComparison } from './fixtures/sample-comparison';

const TAB = 3;

/** The service with a tab that reads as `reading` (the content script's answer). */
function analyse(reading: PageReading) {
  const loadCorpusAsset = vi.fn(async () => tinyCorpus);
  const compare = vi.fn();
  const service = createAnalysisService({ readTab: async () => reading, loadCorpusAsset, compare, now: () => 1000 });
  return { result: service.analyseTab(TAB), loadCorpusAsset, compare };
}

describe('pages the content script did not read', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each<[string, PageReading, Partial<Comparison>]>([
    [
      'too large, with its size',
      {
        url: 'http://127.0.0.1/huge',
        title: 'Huge',
        article: null,
        unread: { reason: 'too-large', size: { elements: 604_658, characters: 0 } },
      },
      { empty: 'too-large', tooLarge: { elements: 604_658, characters: 0 } },
    ],
    ['a PDF', { url: 'http://127.0.0.1/a.pdf', title: '', article: null, unread: { reason: 'pdf' } }, { empty: 'pdf' }],
    ['no article', { url: 'http://127.0.0.1/frames', title: 'Frames', article: null }, { empty: 'not-article' }],
  ])('%s: a clear empty state, without loading the corpus or running the engine', async (_name, reading, expected) => {
    const { result, loadCorpusAsset, compare } = analyse(reading);
    const comparison = await result;
    expect(comparison).toMatchObject({ ...expected, statements: [], page: { url: reading.url, title: reading.title } });
    if (expected.empty !== 'too-large') expect(comparison.tooLarge).toBeUndefined();
    expect(loadCorpusAsset).not.toHaveBeenCalled();
    expect(compare).not.toHaveBeenCalled();
  });
});

describe('describeCapped and the Markdown export of a capped comparison', () => {
  it.each([
    [
      { statements: 500, words: 21_340, totalWords: 200_012 },
      'Crosscheck checked its first 500 statements, in about the first 21,340 of its 200,012 words.',
    ],
    [
      { statements: 1, words: 12, totalWords: 60_000 },
      'Crosscheck checked its first statement, in about the first 12 of its 60,000 words.',
    ],
  ])('%j', (capped, text) => {
    expect(describeCapped(capped)).toBe(text);
    const markdown = formatComparisonMarkdown({ ...sampleComparison, capped }, { exportedAt: new Date('2026-01-01') });
    expect(markdown).toContain(text);
    expect(formatComparisonMarkdown(sampleComparison, { exportedAt: new Date('2026-01-01') })).not.toContain(
      'A long article',
    );
  });

  it('says that a cut page had nothing checkable in the part read, not that the article has none', () => {
    expect(describeCapped({ statements: 0, words: 48_000, totalWords: 200_000 })).toBe(
      'Crosscheck read about the first 48,000 of its 200,000 words and found no checkable statement there; the rest was not read.',
    );
  });
});
