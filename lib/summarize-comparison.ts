import type { ComparisonSummary, Match, StatementResult } from './types';

/**
 * The independent voices among matches, each as its outlets' names (one name, or "AP / Yahoo
 * News" for copies of one text on two sites), in the order first met. Two matches are one voice
 * when they come from one outlet or from copies of one text (`Match.voice`, Corpus.voiceOf): a
 * wire story on two sites is one confirmation, not two.
 */
export function voicesOf(matches: readonly Match[]): string[] {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    while (parent.get(key) !== key) key = parent.get(key)!;
    return key;
  };
  const join = (a: string, b: string) => {
    for (const k of [a, b]) if (!parent.has(k)) parent.set(k, k);
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const m of matches) join(`o:${m.outlet}`, `v:${m.voice ?? m.sourceId}`);
  const names = new Map<string, string[]>();
  for (const m of matches) {
    const root = find(`o:${m.outlet}`);
    const list = names.get(root) ?? [];
    if (!list.includes(m.outlet)) list.push(m.outlet);
    names.set(root, list);
  }
  return [...names.values()].map((list) => list.join(' / '));
}

/** The independent voices (voicesOf) that corroborate / conflict with a statement, each once. */
export function outletsOf(matches: readonly Match[]): StatementResult['outlets'] {
  const withStance = (stance: Match['stance']) => voicesOf(matches.filter((m) => m.stance === stance));
  return { corroborating: withStance('corroborates'), conflicting: withStance('conflicts') };
}

/**
 * The counts at the top of the panel: statements checked, corroborated, conflicting, by how many
 * independent voices over the whole page (voicesOf), and from how many articles.
 */
export function summarizeStatements(statements: readonly StatementResult[]): ComparisonSummary {
  const withStance = (stance: Match['stance']) =>
    statements.filter((s) => s.matches.some((m) => m.stance === stance)).length;
  const matches = (stance: Match['stance']) => statements.flatMap((s) => s.matches.filter((m) => m.stance === stance));
  const articles = (stance: Match['stance']) => new Set(matches(stance).map((m) => m.sourceId)).size;
  return {
    checked: statements.length,
    corroborated: withStance('corroborates'),
    conflicting: withStance('conflicts'),
    corroboratingOutlets: voicesOf(matches('corroborates')),
    conflictingOutlets: voicesOf(matches('conflicts')),
    corroboratingArticles: articles('corroborates'),
    conflictingArticles: articles('conflicts'),
  };
}
