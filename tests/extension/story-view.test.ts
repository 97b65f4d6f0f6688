import { describe, expect, it } from 'vitest';
import { matchesSearchFilters } from '../../lib/search/match-search-filters';
import { findPageStory } from '../../lib/stories/find-page-story';
import type { Comparison } from '../../lib/types';
import { formatFigureAmount, formatFigureRow, getFigureCells } from '../../utils/view/format-figure-row';
import { formatStoryMarkdown, getStoryFileName } from '../../utils/view/format-story-markdown';
import { getStoryTimeline } from '../../utils/view/get-story-timeline';
import { getTextFragmentUrl } from '../../utils/view/get-text-fragment-url';
import { eastPalestine, suez } from '../fixtures/stories/story-details';
import { useLocale } from './fixtures/fake-i18n';

describe('a figures row on one line', () => {
  it.each([
    [
      'East Palestine, cars derailed',
      eastPalestine,
      0,
      'cars derailed: ~20 (KDKA, 4 Feb 2023) → ~50 (AP, 7 Feb, revised up) → 38 (CBS News, 23 Feb, revised down)',
    ],
    [
      'Suez, ships waiting on one day',
      suez,
      0,
      'vessels waiting: over 420 (The Associated Press, 29 Mar 2021, differs the same day) → 425 (Africanews, 29 Mar, revised up, differs the same day)',
    ],
    [
      'Suez, money',
      suez,
      1,
      'compensation: US$9bn (The Associated Press, 29 Mar 2021) → US$600m (Ship & Bunker, 10 May, revised down)',
    ],
  ])('%s', (_, story, row, line) => {
    expect(formatFigureRow(story.figures[row]!, story.articles, 'en-GB')).toBe(line);
  });

  it('links each value to its sentence in its article, or to nothing when the article has no address', () => {
    const cells = getFigureCells(eastPalestine.figures[0]!, eastPalestine.articles);
    expect(cells.map((c) => c.href)).toEqual([
      'https://www.cbsnews.com/pittsburgh/news/train-derailment/#:~:text=He%20said%20about%2020,involved%20in%20the%20derailment.',
      'https://www.wcia.com/news/ap-residents-kept-out/#:~:text=About%2050%20cars%20derailed.',
      null,
    ]);
  });

  it.each([
    [{ low: 50, high: 50, approximate: true }, 'count', '', 'en-GB', '~50'],
    [{ low: 4700, high: 4700, approximate: false }, 'count', '', 'de', '4.700'],
    [{ low: 3, high: 3.5, approximate: false }, 'duration', 'day', 'en-GB', '3–3.5 days'],
    [{ low: 12, high: 12, approximate: false }, 'percent', '%', 'de', '12\u00a0%'],
    [{ low: 200_000_000, high: 200_000_000, approximate: false }, 'mass', 'kg', 'en-GB', '200,000 t'],
    [{ low: 0, high: 12, approximate: true }, 'duration', 'day', 'en-GB', 'up to 12 days'],
    // Durations are kept in days; they read in years or months by their size.
    [{ low: 1826.25, high: 1826.25, approximate: false }, 'duration', 'day', 'en-GB', '5 years'],
    [{ low: 730.5, high: 730.5, approximate: false }, 'duration', 'day', 'de', '2 Jahre'],
    [{ low: 91.3125, high: 121.75, approximate: false }, 'duration', 'day', 'en-GB', '3–4 months'],
    [{ low: 42, high: 42, approximate: false }, 'duration', 'day', 'en-GB', '1.4 months'],
    [{ low: 7, high: 7, approximate: true }, 'duration', 'day', 'en-GB', '~7 days'],
  ] as const)('%o %s %s in %s: %s', (v, dimension, unit, locale, text) => {
    expect(formatFigureAmount(v, { dimension, unit }, locale)).toBe(text);
  });

  it('is said in German, with German numbers and dates', async () => {
    await useLocale('de', 'de');
    try {
      expect(formatFigureRow(eastPalestine.figures[0]!, eastPalestine.articles, 'de')).toBe(
        'cars derailed: ~20 (KDKA, 4. Feb. 2023) → ~50 (AP, 7. Feb., nach oben korrigiert) → 38 (CBS News, 23. Feb., nach unten korrigiert)',
      );
    } finally {
      await useLocale('en', 'en-GB');
    }
  });
});

describe('text fragment links', () => {
  it.each([
    ['https://a.example/x#top', 'Short one, here.', 'https://a.example/x#:~:text=Short%20one%2C%20here.'],
    ['https://a.example/x', 'A well-known  fact', 'https://a.example/x#:~:text=A%20well%2Dknown%20fact'],
    [undefined, 'No address.', null],
    ['chrome-extension://id/page.html', 'Not a web page.', null],
  ])('%s + %s', (url, sentence, href) => expect(getTextFragmentUrl(url, sentence)).toBe(href));
});

describe('a story as Markdown', () => {
  it('lists the articles, each figure row with a citation per value, and the citations', () => {
    const md = formatStoryMarkdown(eastPalestine, new Date('2026-12-03T10:00:00Z'));
    expect(md).toContain('# Story: Train derailment sparks massive fire in East Palestine, Ohio');
    expect(md).toContain('- 3 articles from 3 outlets, 4 Feb 2023 – 23 Feb 2023');
    expect(md).toContain(
      '- **AP**, 7 Feb 2023: Residents kept out as air checked near derailed Ohio train <https://www.wcia.com/news/ap-residents-kept-out/>',
    );
    expect(md).toContain(
      // “~” is escaped: it would start a strikethrough.
      '- **cars derailed:** \\~20 (KDKA, 4 Feb 2023)[^1] → \\~50 (AP, 7 Feb, revised up)[^2] → 38 (CBS News, 23 Feb, revised down)[^3] _(revised over time)_',
    );
    expect(md).toContain(
      '[^1]: KDKA, 4 Feb 2023: “He said about 20 train cars were involved in the derailment.” <https://www.cbsnews.com/pittsburgh/news/train-derailment/#:~:text=He%20said%20about%2020,involved%20in%20the%20derailment.>',
    );
    expect(md).toContain('[^3]: CBS News, 23 Feb 2023: “Thirty-eight cars derailed, the NTSB said.”');
    expect(getStoryFileName(eastPalestine, new Date('2026-12-03T10:00:00Z'))).toBe(
      'crosscheck-story-train-derailment-sparks-massive-fire-in-east-palestine-ohio-2026-12-03.md',
    );
  });

  it('escapes article text, so a headline cannot become a link', () => {
    const md = formatStoryMarkdown({ ...suez, title: 'Ship [stuck](http://evil.example) *again*' });
    expect(md).toContain('# Story: Ship \\[stuck\\](http://evil.example) \\*again\\*');
    expect(md).toContain('over 420 (The Associated Press, 29 Mar 2021, differs the same day)[^1]');
  });
});

describe('a story’s time line', () => {
  it('puts each outlet on a row and each article by its date between the story’s ends', () => {
    const line = getStoryTimeline(eastPalestine);
    expect(line.rows.map((r) => r.outlet)).toEqual(['KDKA', 'AP', 'CBS News']);
    const [first, , last] = line.rows.map((r) => r.articles[0]!.position!);
    expect(first).toBeCloseTo(0.04);
    expect(last).toBeCloseTo(0.96);
  });
});

describe('search filters', () => {
  const meta = { id: 'p05', outlet: 'The Allegheny Front', published: '2024-06' };
  it.each([
    [{}, true],
    [{ outlet: 'The Allegheny Front' }, true],
    [{ outlet: 'Reuters' }, false],
    [{ sourceIds: ['p05', 'p06'] }, true],
    [{ sourceIds: ['p06'] }, false],
    [{ from: '2024-06-25' }, true],
    [{ from: '2024-07-01' }, false],
    [{ to: '2024-06-01' }, true],
    [{ from: '2023-02-01', to: '2024-05-31' }, false],
  ])('%o: %s', (filters, passes) => expect(matchesSearchFilters(meta, filters)).toBe(passes));

  it('passes no date filter with an unknown date', () => {
    expect(matchesSearchFilters({ ...meta, published: '' }, { from: '2020-01-01' })).toBe(false);
  });
});

describe('the page’s story', () => {
  const comparison = (
    published: string,
    matches: ReadonlyArray<readonly [string, 'corroborates' | 'conflicts' | 'related']>,
  ) =>
    ({
      page: { title: '', url: '', lang: 'en', published, readerable: true },
      statements: [
        {
          index: 0,
          text: '',
          outlets: { corroborating: [], conflicting: [] },
          matches: matches.map(([sourceId, stance]) => ({ sourceId, stance })),
        },
      ],
      summary: {},
    }) as unknown as Comparison;

  it.each([
    [
      'all earlier',
      '2023-03-01',
      [
        ['s01-kdka', 'conflicts'],
        ['s02-ap', 'corroborates'],
      ],
      { earlier: 3, agree: 1, differ: 1 },
    ],
    // The AP article is later than the page, but the reader read it (readAt): earlier all the same.
    ['read before', '2023-02-05', [['s04-cbsnews', 'corroborates']], { earlier: 2, agree: 0, differ: 0 }],
  ] as const)('%s', (_, published, matches, counts) => {
    expect(findPageStory(comparison(published, matches), [eastPalestine, suez])).toEqual({
      id: eastPalestine.id,
      title: eastPalestine.title,
      ...counts,
    });
  });

  it('is the story most of the matched sources are in', () => {
    const found = findPageStory(
      comparison('2021-06-01', [
        ['s03-ap', 'corroborates'],
        ['p02', 'conflicts'],
        ['s01-kdka', 'corroborates'],
      ]),
      [eastPalestine, suez],
    );
    expect(found).toMatchObject({ id: suez.id, earlier: 3, agree: 1, differ: 1 });
  });

  it('is none when nothing matched a story', () => {
    expect(findPageStory(comparison('2021-06-01', [['elsewhere', 'corroborates']]), [suez])).toBeUndefined();
  });
});
