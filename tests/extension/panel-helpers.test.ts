import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFeedback, createFeedback, findFeedback, isSameFeedback } from '../../utils/view/apply-feedback';
import { getPageKey } from '../../utils/shared/get-page-key';
import { summarizeStatements } from '../../lib/summarize-comparison';
import { countStatements, filterStatements, type StatementFilter } from '../../utils/view/filter-statements';
import { describeGap, getSourceTimeline, toYears } from '../../utils/view/get-source-timeline';
import { groupMatchesBySource } from '../../utils/view/group-matches-by-source';
import { createComparisonExport, getExportFileName } from '../../utils/view/export-comparison';
import type { Timing } from '../../lib/types';
import { useLocale } from './fixtures/fake-i18n';
import { sampleComparison } from './fixtures/sample-comparison';

const [decree] = sampleComparison.statements;

describe('filterStatements', () => {
  it.each<[StatementFilter, number[], string[]]>([
    ['all', [0, 1, 2, 3], ['conflicts', 'conflicts', 'corroborates', 'related', 'corroborates', 'related']],
    ['conflicts', [0], ['conflicts', 'conflicts']],
    ['corroborated', [0, 1], ['corroborates', 'corroborates']],
    ['unmatched', [2, 3], ['related']],
  ])('%s lists statements %j with stances %j', (filter, indexes, stances) => {
    const shown = filterStatements(sampleComparison.statements, filter);
    expect(shown.map((s) => s.index)).toEqual(indexes);
    expect(shown.flatMap((s) => s.matches.map((m) => m.stance))).toEqual(stances);
  });

  it('counts what each filter lists', () => {
    expect(countStatements(sampleComparison.statements)).toEqual({
      all: 4,
      conflicts: 1,
      corroborated: 2,
      unmatched: 2,
    });
  });

  it('engine summary and recount agree', () => {
    expect(summarizeStatements(sampleComparison.statements)).toEqual(sampleComparison.summary);
  });
});

describe('groupMatchesBySource', () => {
  it('says each source once, in the order of its strongest match, keeping match order', () => {
    expect(
      groupMatchesBySource(decree!.matches).map((g) => [
        g.outlet,
        g.matches.map((m) => `${m.stance} ${m.sourceIndex}`),
      ]),
    ).toEqual([
      ['Outlet A', ['conflicts 1', 'corroborates 0']],
      ['Outlet B', ['conflicts 2']],
      ['Outlet C', ['related 5']],
    ]);
  });
  it('has nothing to group for no matches', () => expect(groupMatchesBySource([])).toEqual([]));
});

describe('getSourceTimeline', () => {
  const timeline = getSourceTimeline(sampleComparison)!;

  it('lists the sources oldest first, with statements agreed, conflicting and only related', () => {
    expect(timeline.sources.map((s) => [s.outlet, s.agrees, s.conflicts, s.related, s.gap])).toEqual([
      ['Outlet A', 2, 1, 0, 'same period'],
      ['Outlet B', 0, 1, 0, 'same period'],
      ['Outlet C', 0, 0, 2, '9 years later'],
    ]);
  });

  it('places the page and the sources by date, ends inset', () => {
    expect([timeline.fromYear, timeline.toYear]).toEqual([2015, 2024]);
    // The page (9 Jan 2015) is the oldest; "2015-01" counts as mid-January.
    const [a, b, c] = timeline.sources.map((s) => s.position!);
    expect(timeline.pagePosition!).toBeCloseTo(0.04, 3);
    expect(a!).toBeGreaterThan(timeline.pagePosition!);
    expect(b!).toBeGreaterThan(a!);
    expect(c).toBeCloseTo(0.96, 3);
  });

  it('centres dates less than a year apart', () => {
    const close = { ...sampleComparison, statements: sampleComparison.statements.slice(1, 2) };
    const t = getSourceTimeline(close)!;
    expect(t.sources[0]!.position!).toBeGreaterThan(0.3);
    expect(t.sources[0]!.position!).toBeLessThan(0.7);
  });

  it('is null when nothing matched', () => {
    expect(getSourceTimeline({ ...sampleComparison, statements: sampleComparison.statements.slice(3) })).toBeNull();
  });

  it.each<[string | null, string | null, Timing, string]>([
    ['2015-01-09', '2015-02', 'same period', 'same period'],
    ['2015-01-09', '2024-01-04', 'later', '9 years later'],
    ['2015-01-09', '2014-06', 'earlier', '7 months earlier'],
    ['2015-06', '2014-05', 'earlier', '1 year earlier'],
    [null, '2024', 'unknown', ''],
  ])('describeGap(%s, %s, %s) = %j', (page, source, timing, text) =>
    expect(describeGap(page, source, timing)).toBe(text),
  );

  describe('in German', () => {
    beforeAll(() => useLocale('de', 'de-DE'));
    afterAll(() => useLocale('en', 'en-GB'));
    it.each<[string | null, string | null, Timing, string]>([
      ['2015-01-09', '2015-02', 'same period', 'gleicher Zeitraum'],
      ['2015-01-09', '2024-01-04', 'later', '9 Jahre später'],
      ['2015-06', '2014-05', 'earlier', '1 Jahr früher'],
      ['2015-01-09', '2014-12', 'earlier', '1 Monat früher'],
      ['2015-01-09', '2014-06', 'earlier', '7 Monate früher'],
    ])('describeGap(%s, %s, %s) = %j', (page, source, timing, text) =>
      expect(describeGap(page, source, timing)).toBe(text),
    );
  });

  it.each([
    ['2015', 2015.5],
    ['2015-01-01', 2015],
    ['nonsense', null],
    [null, null],
  ])('toYears(%j)', (iso, years) =>
    years === null ? expect(toYears(iso)).toBeNull() : expect(toYears(iso)).toBeCloseTo(years, 3),
  );
});

describe('feedback', () => {
  const conflict = decree!.matches[0]!;
  const notAMatch = createFeedback(sampleComparison.page.url, decree!.text, conflict, 'not-a-match', 1000);

  it('is kept per page, without the fragment', () => {
    expect(getPageKey('https://news.example/army#top')).toBe('https://news.example/army');
    expect(notAMatch).toEqual({
      pageUrl: 'https://news.example/army',
      statementText: decree!.text,
      sourceId: 'src-a',
      sourceIndex: 1,
      stance: 'conflicts',
      kind: 'not-a-match',
      at: 1000,
    });
  });

  it('"not a match" hides the match and counts again without it', () => {
    const { comparison, hidden } = applyFeedback(sampleComparison, [notAMatch]);
    expect(hidden).toBe(1);
    expect(comparison.statements[0]!.matches.map((m) => `${m.sourceId} ${m.sourceIndex}`)).toEqual([
      'src-b 2',
      'src-a 0',
      'src-c 5',
    ]);
    expect(comparison.summary.conflictingOutlets).toEqual(['Outlet B']);
    expect(comparison.statements[1]).toBe(sampleComparison.statements[1]);
  });

  it.each([
    ['another page', { pageUrl: 'https://news.example/other' }],
    ['another statement', { statementText: 'Applicants must speak Russian.' }],
    ['another source statement', { sourceIndex: 9 }],
    ['a "wrong stance" flag', { kind: 'wrong-stance' as const }],
  ])('leaves the comparison as it is for feedback on %s', (_, change) => {
    const result = applyFeedback(sampleComparison, [{ ...notAMatch, ...change }]);
    expect(result).toEqual({ comparison: sampleComparison, hidden: 0 });
    expect(result.comparison).toBe(sampleComparison);
  });

  it('finds a flag and tells entries apart', () => {
    const flag = createFeedback(sampleComparison.page.url, decree!.text, conflict, 'wrong-stance', 2000);
    expect(findFeedback([notAMatch, flag], 'wrong-stance', 'https://news.example/army', decree!.text, conflict)).toBe(
      flag,
    );
    expect(isSameFeedback(flag, { ...flag })).toBe(true);
    expect(isSameFeedback(flag, notAMatch)).toBe(false);
  });
});

describe('export', () => {
  const at = new Date('2026-11-21T10:00:00Z');
  it.each([
    ['Army opens to foreigners', 'md', 'crosscheck-army-opens-to-foreigners-2026-11-21.md'],
    ['Ärzte & “Zeitungen”: 2015!', 'json', 'crosscheck-arzte-zeitungen-2015-2026-11-21.json'],
    ['', 'json', 'crosscheck-news-example-2026-11-21.json'],
    ['日本語', 'md', 'crosscheck-page-2026-11-21.md'],
  ] as const)('names the file for %j', (title, ext, name) => {
    expect(getExportFileName({ ...sampleComparison, page: { ...sampleComparison.page, title } }, ext, at)).toBe(name);
  });

  it('exports the engine result and this page’s feedback only', () => {
    const mine = createFeedback(sampleComparison.page.url, decree!.text, decree!.matches[0]!, 'not-a-match', 1);
    const other = { ...mine, pageUrl: 'https://other.example/' };
    expect(createComparisonExport(sampleComparison, [mine, other], at)).toEqual({
      format: 'crosscheck-comparison',
      version: 1,
      exportedAt: '2026-11-21T10:00:00.000Z',
      comparison: sampleComparison,
      feedback: [mine],
    });
  });
});
