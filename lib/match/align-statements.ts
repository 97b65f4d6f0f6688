import type { StatementFeatures } from '../types';

/** How well two statements line up on content, and on which terms. */
export interface Alignment {
  /** 0..1: IDF-weighted (soft) cosine of the two statements' terms, or of their best clauses. */
  score: number;
  /** Canonical terms both share, rarest first. */
  shared: string[];
  /** Pairs of different terms that mean nearly the same [page term, source term] (from word vectors). */
  similar: Array<[string, string]>;
  /** Which of the shared terms are names (places, people, organisations). */
  sharedNames: string[];
}

/** What alignment weighs terms with: corpus rarity, and optionally a word similarity. */
export interface TermWeights {
  idf: (term: string) => number;
  /** Cosine of two terms' word vectors, when the engine has them. */
  similarity?: (a: string, b: string) => number;
}

/** Word-vector similarity from which two different terms count as partly the same. */
export const SOFT_MIN = 0.5;
/** Exact shared terms two statements need before near-synonyms count at all. */
const MIN_SHARED_FOR_SOFT = 2;
/** How much of an exact match a near-synonym is worth, at most. */
export const SOFT_WEIGHT = 0.7;
/** A name (place, person, organisation) weighs this much more than a common word as rare. */
const ENTITY_BOOST = 1.5;
/** Two clauses must share at least three terms, and not only common ones (sum of their IDF). */
const MIN_CLAUSE_SHARED = 3;
const MIN_SHARED_WEIGHT = 4;
/** A clause match is a little less sure than a whole-sentence match. */
const CLAUSE_DISCOUNT = 1;

/**
 * Aligns two statements by their terms, each weighted by how rare it is in the corpus, so
 * "decree" shared by every source counts less than "criminal record". A term without an exact
 * counterpart counts in part for its nearest near-synonym (word vectors), so "recruits" meets
 * "volunteers". Long sentences are also aligned clause to clause: a claim inside a longer
 * sentence still lines up.
 */
export function alignStatements(a: StatementFeatures, b: StatementFeatures, weights: TermWeights): Alignment {
  const cache = new Map<string, number>();
  const soft = (x: string, y: string): number => {
    if (x === y) return 1;
    if (!weights.similarity) return 0;
    const key = x < y ? `${x} ${y}` : `${y} ${x}`;
    let value = cache.get(key);
    if (value === undefined) {
      const sim = weights.similarity(x, y);
      value = sim >= SOFT_MIN ? sim * SOFT_WEIGHT : 0;
      cache.set(key, value);
    }
    return value;
  };
  const names = new Set([...a.entities, ...b.entities]);
  const idf = (t: string) => weights.idf(t) * (names.has(t) ? ENTITY_BOOST : 1);
  // A name on one side that is only a common word on the other ("The Post" / "posted") is not shared.
  const onlyName = (x: StatementFeatures, t: string) => x.entities.includes(t) && !x.common.includes(t);
  const onlyCommon = (x: StatementFeatures, t: string) => x.common.includes(t) && !x.entities.includes(t);
  const clash = new Set(a.terms.filter((t) => (onlyName(a, t) && onlyCommon(b, t)) || (onlyCommon(a, t) && onlyName(b, t))));
  const whole = alignTerms(a.terms, b.terms, idf, soft, clash);
  let best = whole.score;
  for (const ca of [a.terms, ...a.clauses]) {
    for (const cb of [b.terms, ...b.clauses]) {
      if (ca === a.terms && cb === b.terms) continue;
      const part = alignTerms(ca, cb, idf, soft, clash);
      const enough = part.shared.length >= MIN_CLAUSE_SHARED && part.shared.reduce((s, t) => s + weights.idf(t), 0) >= MIN_SHARED_WEIGHT;
      if (enough && part.score * CLAUSE_DISCOUNT > best) best = part.score * CLAUSE_DISCOUNT;
    }
  }
  return { score: best, shared: whole.shared, similar: whole.similar, sharedNames: whole.shared.filter((t) => a.entities.includes(t) && b.entities.includes(t)) };
}

/**
 * Soft cosine as the geometric mean of two coverages: how much of A's weight B covers and how
 * much of B's weight A covers. With exact matches only, this equals the IDF-weighted cosine.
 */
function alignTerms(
  aTerms: string[],
  bTerms: string[],
  idf: (t: string) => number,
  soft: (x: string, y: string) => number,
  clash: Set<string>,
): Alignment {
  const weight = (t: string) => idf(t) ** 2;
  const inB = new Set(bTerms.filter((t) => !clash.has(t)));
  const inA = new Set(aTerms.filter((t) => !clash.has(t)));
  const shared = aTerms.filter((t) => inB.has(t));
  // Near-synonyms count only between statements that already share words, and only in pairs
  // that are each other's best counterpart: many weak look-alikes must not add up to a match.
  const similar: Array<[string, string]> = [];
  if (shared.length >= MIN_SHARED_FOR_SOFT) {
    const restA = aTerms.filter((t) => !inB.has(t));
    const restB = bTerms.filter((t) => !inA.has(t));
    const best = (t: string, among: string[], sim: (x: string) => number) =>
      among.reduce<[string, number]>((acc, u) => (sim(u) > acc[1] ? [u, sim(u)] : acc), ['', 0]);
    for (const t of restA) {
      const [u, s] = best(t, restB, (x) => soft(t, x));
      if (s > 0 && best(u, restA, (x) => soft(u, x))[0] === t) similar.push([t, u]);
    }
  }
  const softOf = new Map<string, number>();
  for (const [t, u] of similar) {
    softOf.set(`a:${t}`, soft(t, u));
    softOf.set(`b:${u}`, soft(t, u));
  }
  const cover = (terms: string[], other: Set<string>, side: string) => {
    let covered = 0;
    let total = 0;
    for (const t of terms) {
      const w = weight(t);
      total += w;
      covered += other.has(t) ? w : w * (softOf.get(`${side}:${t}`) ?? 0);
    }
    return total ? covered / total : 0;
  };
  const score = Math.sqrt(cover(aTerms, inB, 'a') * cover(bTerms, inA, 'b'));
  shared.sort((x, y) => idf(y) - idf(x));
  return { score, shared, similar, sharedNames: [] };
}
