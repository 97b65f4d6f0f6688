import type { Stance } from './types';
import type { TermWeights } from './match/align-statements';
import type { Lexicon } from './lexicon/load-lexicon';
import { analyseStatement } from './claims/analyse-statement';
import { alignStatements } from './match/align-statements';
import { compareSlots } from './match/compare-slots';
import { judgeStance, type Judgement } from './match/judge-stance';
import { SHIPPED_GATE, type JudgeGate } from './match/judge-gate';
import { surfaceWords } from './text/normalize-terms';
import { isDifferentPeriod, monthsBetween, timingOf } from './dates/compare-periods';

/** The engine's verdict on one pair of sentences, without a corpus around them. */
export interface PairJudgement {
  /** 'none' when the engine would not show the pair at all. */
  stance: Stance | 'none';
  /** Alignment of the two sentences, 0..1. */
  score: number;
  why: string;
  /** The judge's verdict in full (reasons, proposal and features), or null when not shown at all. */
  judgement: Judgement | null;
}

export { generalIdf } from './semantic/general-idf';

/** What is known of the two sentences' articles. */
export interface PairContext {
  /** Publication dates (ISO) of the page's and the source's article: both anchor relative dates. */
  pageDate?: string | null;
  sourceDate?: string | null;
  /** The WordNet lexicon, for antonyms (synonyms reach the alignment through `weights.relation`). */
  lexicon?: Lexicon | null;
  /** How closely the two articles report one story (documentSimilarity of what is known of them), 0 if unknown. */
  storySimilarity?: number;
}

/**
 * Judges sentence `a` (as the page's statement) against sentence `b` (as a source's): the pairwise
 * judgement the engine applies to every candidate, on its own. Without dates both are taken to be
 * of the same news cycle. Used by the sentence-pair benchmarks (scripts/eval-pairs.ts) and the
 * judge's training data (scripts/judge-dataset.ts).
 */
export function judgePair(
  a: string,
  b: string,
  weights: TermWeights,
  gate: JudgeGate | null = SHIPPED_GATE,
  context: PairContext = {},
): PairJudgement {
  const pageDate = context.pageDate ?? null;
  const sourceDate = context.sourceDate ?? null;
  const page = analyseStatement(a, pageDate);
  const source = analyseStatement(b, sourceDate);
  const alignment = alignStatements(page, source, weights);
  const dated = pageDate !== null && sourceDate !== null;
  const judgement = judgeStance({
    page,
    source,
    alignment,
    slots: compareSlots(page, source, weights.similarity, weights.relation ?? null),
    related: weights.similarity,
    differentPeriod: dated && isDifferentPeriod(pageDate, sourceDate),
    samePeriod: !dated || timingOf(pageDate, sourceDate) === 'same period',
    pageYear: pageDate?.slice(0, 4) ?? null,
    sourceYear: sourceDate?.slice(0, 4) ?? null,
    sourceOutlet: 'source',
    monthsApart: Math.abs(monthsBetween(pageDate, sourceDate) ?? 0),
    sharedWords: surfaceWords(b, alignment.shared),
    idf: weights.idf,
    pageText: a,
    sourceText: b,
    gate,
    lexicon: context.lexicon ?? null,
    storySimilarity: context.storySimilarity ?? 0,
  });
  const score = Math.round(alignment.score * 1000) / 1000;
  return judgement
    ? { stance: judgement.stance, score, why: judgement.why, judgement }
    : { stance: 'none', score, why: 'not about the same thing', judgement: null };
}
