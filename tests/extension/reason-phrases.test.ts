import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { formatReasons } from '../../lib/explain/format-reasons';
import { createAnalysisService } from '../../utils/background/create-analysis-service';
import { createReasonPhrases } from '../../utils/background/create-reason-phrases';
import { useLocale } from './fixtures/fake-i18n';
import { tinyArticle, tinyCorpus } from './fixtures/tiny-corpus';
import { WHY_CASES } from './fixtures/why-reasons';

const cases = WHY_CASES.map(([name, reasons, english, german]) => [name, reasons(), english, german] as const);

// The "why" line of each match in the reader's language, through the real messages of locales/.
describe('the why line in the reader’s language', () => {
  afterEach(() => useLocale('en', 'en-GB'));

  it.each(cases)('%s: the engine’s English', (_, reasons, english) => {
    expect(formatReasons(reasons)).toBe(english);
  });

  it.each(cases)('%s: the English messages say the same (en-GB, en-US)', async (_, reasons, english) => {
    expect(formatReasons(reasons, createReasonPhrases())).toBe(english);
    await useLocale('en', 'en-US');
    expect(formatReasons(reasons, createReasonPhrases())).toBe(english);
  });

  it.each(cases)('%s: German', async (_, reasons, _english, german) => {
    await useLocale('de', 'de-DE');
    expect(formatReasons(reasons, createReasonPhrases())).toBe(german);
  });

  // The articles' words are quoted („not“) or counted ("422 ships"); the frame around them is German.
  it('writes no English frame word in German', async () => {
    await useLocale('de', 'de-DE');
    const phrases = createReasonPhrases();
    for (const [, reasons] of cases)
      expect(formatReasons(reasons, phrases).replace(/„[^“]*“/g, '')).not.toMatch(
        /\b(?:same|different|but|about|over|up to|aged|events?|claim|page|source|January|billion|million|days?|years?|a day)\b/,
      );
  });
});

describe('the analysis service', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => useLocale('en', 'en-GB'));

  const analyse = async () => {
    const service = createAnalysisService({
      readTab: async () => ({ url: tinyArticle.url, title: tinyArticle.title, article: tinyArticle }),
      loadCorpusAsset: async () => tinyCorpus,
      now: () => 1000,
    });
    const comparison = await service.analyseTab(1);
    return comparison.statements.flatMap((s) => s.matches.map((m) => m.why));
  };

  it('writes each match’s why in the reader’s language', async () => {
    expect(await analyse()).toContain('different date: 12 January 2015 vs 2 January 2015');
    fakeBrowser.reset();
    await useLocale('de', 'de-DE');
    expect(await analyse()).toContain('abweichendes Datum: 12. Januar 2015 vs. 2. Januar 2015');
  });
});
