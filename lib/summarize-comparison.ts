import type { ComparisonSummary, Match, StatementResult } from './types';

/** The outlets that corroborate / conflict with a statement, each once (independent voices, not sentences). */
export function outletsOf(matches: readonly Match[]): StatementResult['outlets'] {
  const withStance = (stance: Match['stance']) => [...new Set(matches.filter((m) => m.stance === stance).map((m) => m.outlet))];
  return { corroborating: withStance('corroborates'), conflicting: withStance('conflicts') };
}

/** The counts at the top of the panel: statements checked, corroborated, conflicting, and by how many outlets. */
export function summarizeStatements(statements: readonly StatementResult[]): ComparisonSummary {
  const withStance = (stance: Match['stance']) => statements.filter((s) => s.matches.some((m) => m.stance === stance)).length;
  return {
    checked: statements.length,
    corroborated: withStance('corroborates'),
    conflicting: withStance('conflicts'),
    corroboratingOutlets: [...new Set(statements.flatMap((s) => s.outlets.corroborating))],
    conflictingOutlets: [...new Set(statements.flatMap((s) => s.outlets.conflicting))],
  };
}
