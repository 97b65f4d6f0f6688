import type { StatementFeatures } from '../types';
import { decodeTermLists } from '../claims/encode-term-lists';
import type { LexicalRelation } from '../lexicon/load-lexicon';
import { SAME_FACT_MIN } from './thresholds';
import { TERM_AS_WRITTEN, TERM_COMMON, TERM_NAME_TAIL, termBits } from '../text/normalize-terms';

/** How well two statements line up on content, and on which terms. */
export interface Alignment {
  /** 0..1: IDF-weighted (soft) cosine of the two statements' terms, or of their best clauses. */
  score: number;
  /** Canonical terms both share, rarest first. */
  shared: string[];
  /** Pairs of different terms that mean nearly the same [page term, source term] (word vectors, WordNet). */
  similar: Array<[string, string]>;
  /** Which of the shared terms are names (places, people, organisations). */
  sharedNames: string[];
  /**
   * Of the whole statements: the share of A's term weight that B covers and of B's that A covers
   * (0..1, near-synonyms in part). One high and one low: one says more than the other.
   */
  coverage: [number, number];
  /** The weight of the heaviest term of each statement that the other does not cover at all. */
  uncovered: [number, number];
  /**
   * 0..1: how well the source states the page's claim, the page's coverage weighing double
   * (weighted geometric mean of `coverage`, of the whole statements or of their best clauses).
   * A source that says more than the page still states what the page says; one that says less
   * may leave the page's claim unconfirmed. Equal to `score` when both cover each other alike.
   */
  claim: number;
  /** How many terms each statement has: a claim of one or two terms is stated by as few. */
  termCounts: [number, number];
}

/** What alignment weighs terms with: corpus rarity, and optionally a word similarity. */
export interface TermWeights {
  idf: (term: string) => number;
  /** Cosine of two terms' word vectors, when the engine has them. */
  similarity?: (a: string, b: string) => number;
  /** How WordNet relates two different terms, when the engine has the lexicon. */
  relation?: (a: string, b: string) => LexicalRelation | null;
}

/** Word-vector similarity from which two different terms count as partly the same. */
export const SOFT_MIN = 0.5;
/**
 * The similarity a WordNet synonym or derived form ("decide" / "decision") counts as: that of a
 * close word-vector neighbour (army / military is 0.71, salary / wages 0.69 in corpus/word-vectors).
 */
/**
 * What a WordNet synonym, a derived form and the last word of a name count for against the same
 * word. Set by what they are (a synonym shares a sense; a derived form names it in another part of
 * speech), above what a vector neighbour can reach (SOFT_WEIGHT at most).
 */
export const SYNONYM_SIM = 0.9;
export const DERIVED_SIM = 0.8;
export const NAME_PART_SIM = 0.9;
/**
 * A hypernym or hyponym within three levels ("injure" / "hurt"): one names a kind of the other,
 * so it says the same of less (or more). Below a derived form. Counted only where WordNet alone
 * must carry a whole short claim (fewer than two shared words, see alignTerms): beside shared
 * words, three levels of WordNet verbs are loose kin ("appeal" / "ask") and made 36% more
 * "related" pairs on the 25 unrelated real pages (0.88 -> 1.20 per page) for no gain on the hand
 * pairs. Value measured on the hand pairs (data/pairs): 0.4, 0.5 and 0.6 gave the same figure
 * (52.9%); 0 lost one conflict.
 */
export const HYPERNYM_SIM = 0.6;
/** What each WordNet relation counts for (an antonym says the opposite: nothing). */
const LEXICAL_SIM: Record<LexicalRelation, number> = {
  synonym: SYNONYM_SIM,
  derived: DERIVED_SIM,
  hypernym: HYPERNYM_SIM,
  hyponym: HYPERNYM_SIM,
  antonym: 0,
  sibling: 0,
};

/** Whether `part` is the last word of the joined name `name` ("putin" of "vladimir_putin"). */
function isPartOfName(name: string, part: string): boolean {
  // No string is built: this runs for every pair of terms two candidates do not share.
  const at = name.length - part.length - 1;
  return at > 0 && name.charCodeAt(at) === 95 /* _ */ && name.endsWith(part) && !part.includes('_');
}

/**
 * Indefinite pronouns say who or what in general ("nobody has died", "did not hurt anyone"): no
 * content of a claim, and the negation they carry is read apart (detectNegation). Rare as words,
 * so their IDF would make "nobody" the heaviest term of a short statement.
 */
const PRONOUNS = new Set([
  'nobody',
  'nothing',
  'none',
  'anybody',
  'anyone',
  'anything',
  'everybody',
  'everyone',
  'everything',
  'somebody',
  'someone',
  'something',
]);
/** How much more the page's coverage weighs than the source's in `claim` (2: double). */
const PAGE_COVERAGE_WEIGHT = 2;
/** Weighted geometric mean of the two coverages: the page's claim as stated by the source. */
export function claimScore([page, source]: [number, number]): number {
  return (page ** PAGE_COVERAGE_WEIGHT * source) ** (1 / (PAGE_COVERAGE_WEIGHT + 1));
}

/** Exact shared terms two statements need before vector neighbours count (and WordNet alone no longer carries them). */
export const MIN_SHARED_FOR_SOFT = 2;
/** How much of an exact match a near-synonym is worth, at most. */
export const SOFT_WEIGHT = 0.7;
/**
 * The page statements WordNet alone may line up with a source (see alignTerms): short claims,
 * whose few terms can each have a counterpart ("No injuries have been reported" has one). It also
 * keeps the search off most pairs, which share fewer than two words: with it on for every such
 * pair, alignment took 2.6 times as long (800 MRPC sentences, each against 60 others, memoised
 * look-ups: 2.8 s against 1.07 s before WordNet-only alignment); with this bound 1.07-1.18 s.
 * 4 and 6 gave the same hand-pair figure (53.7%).
 */
const SHORT_CLAIM_TERMS = 4;
/**
 * The claim score (see Alignment.claim) WordNet's relations must reach on their own, without two
 * shared words: that of a same fact (SAME_FACT_MIN), so they never make a mere topic.
 */
const LEXICAL_ONLY_MIN = SAME_FACT_MIN;
/** A name (place, person, organisation) weighs this much more than a common word as rare. */
const ENTITY_BOOST = 1.5;
/** Two clauses must share at least three terms, and not only common ones (sum of their IDF). */
const MIN_CLAUSE_SHARED = 3;
const MIN_SHARED_WEIGHT = 4;

/**
 * Aligns two statements by their terms, each weighted by how rare it is in the corpus, so
 * "decree" shared by every source counts less than "criminal record". A term without an exact
 * counterpart counts in part for its nearest near-synonym (word vectors, WordNet synonyms and
 * derived forms), so "recruits" meets "volunteers" and "decided" meets "decision". Long sentences are also aligned clause to clause: a claim inside a longer
 * sentence still lines up.
 */
export function alignStatements(a: StatementFeatures, b: StatementFeatures, weights: TermWeights): Alignment {
  const names = new Set([...a.entities, ...b.entities]);
  // withVectors: the statements share two words, so vector neighbours count (and hypernyms do not).
  const soft = (x: string, y: string, withVectors: boolean): number => {
    if (x === y) return 1;
    // A name and its last word, itself written as a name, are one name ("Vladimir Putin" / "Putin";
    // not "the Soviet Union" / "the union").
    if ((names.has(y) && isPartOfName(x, y)) || (names.has(x) && isPartOfName(y, x))) return NAME_PART_SIM;
    // A WordNet synonym shares a sense (take part / participate): nearly the same word. A derived
    // form (decide / decision) says the same with another part of speech. A vector neighbour is
    // only related (ship / vessel, but also rise / fall), so it counts for less.
    const relation = weights.relation?.(x, y);
    if (!withVectors) return relation ? LEXICAL_SIM[relation] : 0;
    const lexical = relation === 'synonym' || relation === 'derived' ? LEXICAL_SIM[relation] : 0;
    const sim = weights.similarity?.(x, y) ?? 0;
    return Math.max(lexical, sim >= SOFT_MIN ? sim * SOFT_WEIGHT : 0);
  };
  const idf = (t: string) => (PRONOUNS.has(t) ? 0 : weights.idf(t) * (names.has(t) ? ENTITY_BOOST : 1));
  const clash = clashingTerms(a, b);
  const whole = alignTerms(a.terms, b.terms, idf, soft, clash);
  let best = whole.score;
  let bestClaim = whole.claim;
  // Clause pairs can share no more than the whole sentences do: skip them when that is too few,
  // and skip each pair that shares too few terms before the (costlier) weighted alignment.
  if (whole.shared.length >= MIN_CLAUSE_SHARED && (a.clauses.length > 0 || b.clauses.length > 0)) {
    const bWindows = [b.terms, ...decodeTermLists(b.terms, b.clauses)].map((terms) => ({ terms, set: new Set(terms) }));
    for (const ca of [a.terms, ...decodeTermLists(a.terms, a.clauses)]) {
      for (const cb of bWindows) {
        if (ca === a.terms && cb.terms === b.terms) continue;
        let common = 0;
        for (const t of ca) if (cb.set.has(t) && !clash.has(t)) common++;
        if (common < MIN_CLAUSE_SHARED) continue;
        const part = alignTerms(ca, cb.terms, idf, soft, clash);
        if (
          (part.score > best || part.claim > bestClaim) &&
          part.shared.reduce((sum, t) => sum + weights.idf(t), 0) >= MIN_SHARED_WEIGHT
        ) {
          best = Math.max(best, part.score);
          bestClaim = Math.max(bestClaim, part.claim);
        }
      }
    }
  }
  return {
    ...whole,
    score: best,
    claim: bestClaim,
    sharedNames: whole.shared.filter((t) => a.entities.includes(t) && b.entities.includes(t)),
  };
}

/**
 * The terms that are only a name on one side and only a common word on the other: not shared
 * ("The Post" / "posted", "Rose Delgado" / "rose"). Except a later word of a multi-word name
 * against the same word written in lowercase, as it is: news names a thing in full once and then
 * by its head noun ("the Constitutional Council" / "the council", "the Suez Canal Authority" /
 * "the authority"); "The Washington Post" / "posted" still clash (an inflected word).
 */
function clashingTerms(a: StatementFeatures, b: StatementFeatures): Set<string> {
  const clash = new Set<string>();
  // Most statements of a pair have no name the other does not: nothing to look at.
  if (a.entities.length === 0 && b.entities.length === 0) return clash;
  for (let i = 0; i < a.terms.length; i++) {
    const t = a.terms[i]!;
    const j = b.terms.indexOf(t);
    if (j < 0) continue;
    const bitsA = termBits(a.common, i);
    const bitsB = termBits(b.common, j);
    if (isOnlyName(a, t, bitsA) && isOnlyCommon(b, t, bitsB) && !isHeadNoun(bitsA, bitsB)) clash.add(t);
    else if (isOnlyCommon(a, t, bitsA) && isOnlyName(b, t, bitsB) && !isHeadNoun(bitsB, bitsA)) clash.add(t);
  }
  return clash;
}

function isOnlyName(x: StatementFeatures, t: string, bits: number): boolean {
  return (bits & TERM_COMMON) === 0 && x.entities.includes(t);
}

function isOnlyCommon(x: StatementFeatures, t: string, bits: number): boolean {
  return (bits & TERM_COMMON) !== 0 && !x.entities.includes(t);
}

/** Whether a name's word (`nameBits`) is the common word (`commonBits`) as a back-reference: a later word of the name, written alike. */
function isHeadNoun(nameBits: number, commonBits: number): boolean {
  return (nameBits & TERM_NAME_TAIL) !== 0 && (commonBits & TERM_AS_WRITTEN) !== 0;
}

/**
 * Soft cosine as the geometric mean of two coverages: how much of A's weight B covers and how
 * much of B's weight A covers. With exact matches only, this equals the IDF-weighted cosine.
 */
function alignTerms(
  aTerms: string[],
  bTerms: string[],
  idf: (t: string) => number,
  soft: (x: string, y: string, withVectors: boolean) => number,
  clash: Set<string>,
): Alignment {
  const inB = new Set<string>();
  for (const t of bTerms) if (!clash.has(t)) inB.add(t);
  const inA = new Set<string>();
  for (const t of aTerms) if (!clash.has(t)) inA.add(t);
  const shared = aTerms.filter((t) => inB.has(t));
  // Vector neighbours count only between statements that already share words (a neighbour is only
  // related: many weak look-alikes must not add up to a match). Without them, WordNet's relations
  // (hypernyms too) may carry a short paraphrase whole ("No injuries" / "nobody had been hurt").
  // Either only in pairs that are each other's best counterpart.
  const similar: Array<[string, string]> = [];
  const softA = new Map<string, number>();
  const softB = new Map<string, number>();
  const withVectors = shared.length >= MIN_SHARED_FOR_SOFT;
  if (
    shared.length < aTerms.length &&
    shared.length < bTerms.length &&
    (withVectors || aTerms.length <= SHORT_CLAIM_TERMS)
  ) {
    const restA = aTerms.filter((t) => !inB.has(t));
    const restB = bTerms.filter((t) => !inA.has(t));
    // Each pair's similarity once (the look-ups are most of an alignment's cost), then each row's
    // and each column's first best: a pair is kept when each is the other's best.
    const n = restB.length;
    const sims = new Float64Array(restA.length * n);
    const rowBest = new Int32Array(restA.length).fill(-1);
    const colBest = new Int32Array(n).fill(-1);
    for (let i = 0; i < restA.length; i++) {
      for (let j = 0; j < n; j++) {
        const sim = soft(restA[i]!, restB[j]!, withVectors);
        sims[i * n + j] = sim;
        if (sim > 0 && (rowBest[i]! < 0 || sim > sims[i * n + rowBest[i]!]!)) rowBest[i] = j;
        if (sim > 0 && (colBest[j]! < 0 || sim > sims[colBest[j]! * n + j]!)) colBest[j] = i;
      }
    }
    for (let i = 0; i < restA.length; i++) {
      const j = rowBest[i]!;
      if (j >= 0 && colBest[j] === i) {
        const sim = sims[i * n + j]!;
        similar.push([restA[i]!, restB[j]!]);
        softA.set(restA[i]!, sim);
        softB.set(restB[j]!, sim);
      }
    }
  }
  const cover = (terms: string[], other: Set<string>, softs: Map<string, number>): [number, number] => {
    let covered = 0;
    let total = 0;
    let heaviest = 0;
    for (const t of terms) {
      const w = idf(t) ** 2;
      total += w;
      const part = other.has(t) ? 1 : (softs.get(t) ?? 0);
      covered += w * part;
      if (part === 0) heaviest = Math.max(heaviest, idf(t));
    }
    return [total ? covered / total : 0, heaviest];
  };
  let [coverA, uncoveredA] = cover(aTerms, inB, softA);
  let [coverB, uncoveredB] = cover(bTerms, inA, softB);
  // Without two shared words, WordNet's relations count only where they make the two statements
  // one claim as a whole: a word or two of loose kinship ("place" / "put") is no shared topic.
  if (!withVectors && similar.length > 0 && claimScore([coverA, coverB]) < LEXICAL_ONLY_MIN) {
    similar.length = 0;
    softA.clear();
    softB.clear();
    [coverA, uncoveredA] = cover(aTerms, inB, softA);
    [coverB, uncoveredB] = cover(bTerms, inA, softB);
  }
  shared.sort((x, y) => idf(y) - idf(x));
  const coverage: [number, number] = [coverA, coverB];
  return {
    score: Math.sqrt(coverA * coverB),
    claim: claimScore(coverage),
    shared,
    similar,
    sharedNames: [],
    coverage,
    uncovered: [uncoveredA, uncoveredB],
    termCounts: [aTerms.length, bTerms.length],
  };
}
