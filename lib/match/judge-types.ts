import type { StatementFeatures } from '../types';
import type { Alignment } from './align-statements';
import type { SlotFinding } from './compare-slots';
import type { StanceProbabilities } from '../stance/stance-labels';
import type { EventComparison } from '../events/compare-event-frames';
import type { Lexicon } from '../lexicon/load-lexicon';
import type { Reason } from './reasons';

// The judge's shapes, apart from its code: judge-stance, judge-features and judge-gate all read
// them, and none of those needs another's code to know them (no import circle).

/** What kind of evidence a strong stance rests on: the fitted gate weighs each kind apart. */
export type ProposalKind =
  'date-conflict' | 'value-conflict' | 'polarity-conflict' | 'value-corroboration' | 'wording-corroboration';

/**
 * The fitted decision on proposed evidence: per kind of proposal, a logistic model over the
 * judge's features (standardised), trained by scripts/train-judge.ts on labelled pairs with
 * cross-validation that holds out whole stories. Shipped as lib/match/judge-gate.json.
 */
export interface JudgeGate {
  version: 1;
  features: string[];
  /** Per feature, the mean and standard deviation of the training data. */
  mean: number[];
  scale: number[];
  kinds: Partial<Record<ProposalKind, { bias: number; weights: number[] }>>;
  /** How it was fitted: data, folds, figures (for the README and the note). */
  trained: Record<string, unknown>;
}

export interface JudgeInput {
  page: StatementFeatures;
  source: StatementFeatures;
  alignment: Alignment;
  slots: SlotFinding[];
  /** Whether page and source were written far apart in time (see isDifferentPeriod). */
  differentPeriod: boolean;
  /** Whether page and source were published within a couple of months (one news cycle). */
  samePeriod: boolean;
  /** Publication years and the source's outlet, for reasons that name both sides. */
  pageYear: string | null;
  sourceYear: string | null;
  sourceOutlet: string;
  /** Shared words as a reader sees them. */
  sharedWords: string[];
  /** How rare a term is in the corpus. */
  idf: (term: string) => number;
  /** WordNet's antonyms, when the lexicon is loaded (general pairs of opposites are read without it). */
  lexicon?: Pick<Lexicon, 'antonymsOf' | 'relation' | 'areSiblings'> | null;
  /** Months between the page's and the source's publication, when both are known. */
  monthsApart?: number;
  pageText: string;
  sourceText: string;
  /**
   * The learned model's stance of the whole source document towards the page statement (FNC-1),
   * or null without a model. A function: it is asked only when its answer can change the stance.
   */
  documentStance?: () => StanceProbabilities | null;
  /** The fitted gate that decides whether proposed evidence is shown (none: every proposal is). */
  gate?: JudgeGate | null;
  /** How closely the source document reports the page's story (findStorySources), 0 when it does not. */
  storySimilarity?: number;
  /** Word relatedness (0..1) for the things figures count, as given to compareSlots. */
  related?: (a: string, b: string) => number;
  /**
   * Whether the two statements report the same act (lib/events/compare-event-frames.ts), asked
   * only when its answer can change the stance. Without it, the statements' frames are compared
   * without their documents.
   */
  events?: () => EventComparison;
}

/** Everything the judge found about a pair before deciding: what the gate's features are read from. */
export interface Evidence {
  input: JudgeInput;
  agreements: SlotFinding[];
  differences: SlotFinding[];
  sameFact: boolean;
  /** Weight of the shared terms (near-synonyms in part) and of the shorter statement's terms. */
  sharedWeight: number;
  shorterWeight: number;
  polarity: Reason | null;
}
