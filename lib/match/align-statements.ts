import type { StatementFeatures } from '../types';

/** How well two statements line up on content: IDF-weighted cosine of their canonical terms. */
export interface Alignment {
  score: number;
  /** Canonical terms both share, rarest first. */
  shared: string[];
}

/**
 * Aligns two statements by the terms they share, each weighted by how rare it is in the corpus
 * (`idf`), so "decree" shared by every source counts less than "criminal record".
 */
export function alignStatements(a: StatementFeatures, b: StatementFeatures, idf: (term: string) => number): Alignment {
  const inB = new Set(b.terms);
  const weight = (t: string) => idf(t) ** 2;
  let sharedWeight = 0;
  const shared: string[] = [];
  for (const t of a.terms) {
    if (inB.has(t)) {
      sharedWeight += weight(t);
      shared.push(t);
    }
  }
  const norm = Math.sqrt(a.terms.reduce((s, t) => s + weight(t), 0) * b.terms.reduce((s, t) => s + weight(t), 0));
  shared.sort((x, y) => idf(y) - idf(x));
  return { score: norm ? sharedWeight / norm : 0, shared };
}
