import path from 'node:path';
import type { Comparison, ComparisonSummary, Match, StatementResult } from '../../lib/types';
import { compareInput, loadShippedCorpus } from '../../node/compare-file';
import { PAGES_DIR } from './launch-extension';

/**
 * What the engine says about a fixture page, computed at test time by the same code the CLI runs
 * (and the panel, as extension.test.ts checks), so a UI test asserts what the UI does with the
 * engine's output and not what the engine happened to say when the test was written: the engine
 * (lib/) changes on its own schedule.
 */

type ShippedCorpus = ReturnType<typeof loadShippedCorpus>;

let corpus: ShippedCorpus | undefined;
const comparisons = new Map<string, Promise<Comparison>>();

/** The engine's comparison of `tests/fixtures/pages/<fixture>` with the shipped corpus (memoised). */
export function getEngineComparison(fixture: string): Promise<Comparison> {
  let comparison = comparisons.get(fixture);
  if (!comparison) {
    corpus ??= loadShippedCorpus();
    comparison = compareInput(path.join(PAGES_DIR, fixture), corpus);
    comparisons.set(fixture, comparison);
  }
  return comparison;
}

/** The matches of a statement the panel lists first (corroborations and conflicts), and the related ones behind the toggle. */
export function splitFindings(statement: StatementResult): { findings: Match[]; related: Match[] } {
  return {
    findings: statement.matches.filter((m) => m.stance !== 'related'),
    related: statement.matches.filter((m) => m.stance === 'related'),
  };
}

/** A statement's matches as the panel groups them: one entry per source, in the order first met, with how many matches it has. */
export function groupBySource(matches: readonly Match[]): Array<{ sourceId: string; outlet: string; count: number }> {
  const groups = new Map<string, { sourceId: string; outlet: string; count: number }>();
  for (const m of matches) {
    const group = groups.get(m.sourceId) ?? { sourceId: m.sourceId, outlet: m.outlet, count: 0 };
    group.count++;
    groups.set(m.sourceId, group);
  }
  return [...groups.values()];
}

/** Matches in the order the panel lists them: grouped by source (groupBySource), each source's in the engine's order. */
export function inPanelOrder(matches: readonly Match[]): Match[] {
  return groupBySource(matches).flatMap(({ sourceId }) => matches.filter((m) => m.sourceId === sourceId));
}

/** "1 independent outlet", "3 articles, 2 independent outlets": the voices behind a count, as the panel words them. */
function voices(outlets: number, articles: number | undefined): string {
  const said = `${outlets} independent outlet${outlets === 1 ? '' : 's'}`;
  return articles !== undefined && articles > outlets ? `${articles} articles, ${said}` : said;
}

/**
 * Patterns the panel's summary must match for the engine's summary: statements checked, how many
 * corroborated and by how many voices, how many in conflict and with how many.
 */
export function summaryPatterns(summary: ComparisonSummary): RegExp[] {
  const detail = (count: number, word: string, outlets: number, articles: number | undefined) =>
    count > 0 ? `\\s+${word} ${escape(voices(outlets, articles))}(\\n|$)` : '(?!\\s+(by|with) )';
  return [
    new RegExp(`(^|\\n)${summary.checked}\\s+statements? checked`),
    new RegExp(
      `(^|\\n)${summary.corroborated}\\s+corroborated${detail(summary.corroborated, 'by', summary.corroboratingOutlets.length, summary.corroboratingArticles)}`,
    ),
    new RegExp(
      `(^|\\n)${summary.conflicting}\\s+in conflict${detail(summary.conflicting, 'with', summary.conflictingOutlets.length, summary.conflictingArticles)}`,
    ),
  ];
}

/** Per source, over the page's statements: how many it agrees with, conflicts with, or is only related to (a statement counts once per source). */
export function countBySource(
  comparison: Comparison,
): Map<string, { outlet: string; agrees: number; conflicts: number; related: number }> {
  const counts = new Map<string, { outlet: string; agrees: number; conflicts: number; related: number }>();
  for (const statement of comparison.statements) {
    for (const { sourceId, outlet } of groupBySource(statement.matches)) {
      const stances = new Set(statement.matches.filter((m) => m.sourceId === sourceId).map((m) => m.stance));
      const c = counts.get(sourceId) ?? { outlet, agrees: 0, conflicts: 0, related: 0 };
      if (stances.has('corroborates')) c.agrees++;
      if (stances.has('conflicts')) c.conflicts++;
      if (!stances.has('corroborates') && !stances.has('conflicts')) c.related++;
      counts.set(sourceId, c);
    }
  }
  return counts;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
