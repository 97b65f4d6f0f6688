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
  const whole = alignTerms(a.terms, b.terms, idf);
  let best = whole.score;
  // The best pair of clauses: a claim stated inside a longer sentence still lines up.
  for (const ca of [a.terms, ...a.clauses]) {
    for (const cb of [b.terms, ...b.clauses]) {
      if (ca === a.terms && cb === b.terms) continue;
      const part = alignTerms(ca, cb, idf);
      if (part.score > best && part.shared.length >= MIN_CLAUSE_SHARED && sharedWeight(part.shared, idf) >= MIN_SHARED_WEIGHT) best = part.score * CLAUSE_DISCOUNT;
    }
  }
  return { score: Math.max(whole.score, best), shared: whole.shared };
}

/** Two clauses must share at least three terms, and not only common ones (sum of their IDF). */
const MIN_CLAUSE_SHARED = 3;
const MIN_SHARED_WEIGHT = 4;
/** A clause match is a little less sure than a whole-sentence match. */
const CLAUSE_DISCOUNT = 0.9;

function sharedWeight(terms: string[], idf: (term: string) => number): number {
  return terms.reduce((s, t) => s + idf(t), 0);
}

function alignTerms(aTerms: string[], bTerms: string[], idf: (term: string) => number): Alignment {
  const a = { terms: aTerms };
  const b = { terms: bTerms };
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
