import type { Stance } from './types';
import type { TermWeights } from './match/align-statements';
import type { WordVectors } from './semantic/word-vectors';
import { analyseStatement } from './claims/analyse-statement';
import { alignStatements } from './match/align-statements';
import { compareSlots } from './match/compare-slots';
import { judgeStance } from './match/judge-stance';
import { surfaceWords } from './text/normalize-terms';

/** The engine's verdict on one pair of sentences, without a corpus around them. */
export interface PairJudgement {
  /** 'none' when the engine would not show the pair at all. */
  stance: Stance | 'none';
  /** Alignment of the two sentences, 0..1. */
  score: number;
  why: string;
}

/**
 * Rarity of a term in general English, for sentence pairs judged without a corpus (benchmarks,
 * a page against a single sentence). The word vectors are in GloVe's frequency order; by Zipf's
 * law a word of rank r is in about 2 of every r sentences, so log(1 + r / 2) is the IDF a large
 * news corpus would give it. Words not in the vocabulary are taken as rare as its last word.
 */
export function generalIdf(vectors: WordVectors | null, vocabulary = 50_000): (term: string) => number {
  const rarest = Math.log(1 + vocabulary / 2);
  return (term) => {
    const rank = vectors?.rank(term) ?? -1;
    return rank < 0 ? rarest : Math.log(1 + (rank + 1) / 2);
  };
}

/**
 * Judges sentence `a` (as the page's statement) against sentence `b` (as a source's), both taken
 * to be from the same news cycle: the pairwise judgement the engine applies to every candidate,
 * on its own. Used by the sentence-pair benchmarks (scripts/eval-pairs.ts).
 */
export function judgePair(a: string, b: string, weights: TermWeights): PairJudgement {
  const page = analyseStatement(a, null);
  const source = analyseStatement(b, null);
  const alignment = alignStatements(page, source, weights);
  const judgement = judgeStance({
    page, source, alignment, slots: compareSlots(page, source, weights.similarity), related: weights.similarity,
    differentPeriod: false, samePeriod: true, pageYear: null, sourceYear: null, sourceOutlet: 'source',
    sharedWords: surfaceWords(b, alignment.shared), idf: weights.idf, pageText: a, sourceText: b,
  });
  const score = Math.round(alignment.score * 1000) / 1000;
  return judgement ? { stance: judgement.stance, score, why: judgement.why } : { stance: 'none', score, why: 'not about the same thing' };
}
