import type { Stance } from './types';
import type { TermWeights } from './match/align-statements';
import { analyseStatement } from './claims/analyse-statement';
import { alignStatements } from './match/align-statements';
import { compareSlots } from './match/compare-slots';
import { judgeStance, type Judgement } from './match/judge-stance';
import { SHIPPED_GATE, type JudgeGate } from './match/judge-gate';
import { surfaceWords } from './text/normalize-terms';

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

/**
 * Judges sentence `a` (as the page's statement) against sentence `b` (as a source's), both taken
 * to be from the same news cycle: the pairwise judgement the engine applies to every candidate,
 * on its own. Used by the sentence-pair benchmarks (scripts/eval-pairs.ts).
 */
export function judgePair(a: string, b: string, weights: TermWeights, gate: JudgeGate | null = SHIPPED_GATE): PairJudgement {
  const page = analyseStatement(a, null);
  const source = analyseStatement(b, null);
  const alignment = alignStatements(page, source, weights);
  const judgement = judgeStance({
    page, source, alignment, slots: compareSlots(page, source),
    differentPeriod: false, samePeriod: true, pageYear: null, sourceYear: null, sourceOutlet: 'source',
    sharedWords: surfaceWords(b, alignment.shared), idf: weights.idf, pageText: a, sourceText: b, gate,
  });
  const score = Math.round(alignment.score * 1000) / 1000;
  return judgement ? { stance: judgement.stance, score, why: judgement.why, judgement } : { stance: 'none', score, why: 'not about the same thing', judgement: null };
}
