import type { StanceVocabulary } from './create-stance-vocabulary';
import type { StanceMlp } from './stance-mlp';

/** The shipped stance model: vocabulary, an ensemble of MLPs and the validation-tuned class offsets. */
export interface StanceModel {
  vocabulary: StanceVocabulary;
  /** Names of the dense pair features the members were trained on (must equal PAIR_FEATURE_NAMES). */
  featureNames: string[];
  /** Feature-only members (one per training fold): their average gives P(unrelated) and a stance. */
  members: StanceMlp[];
  /**
   * Members that also read widespread terms (TF inputs): better at agree/disagree, worse at
   * relatedness on new topics, so they only vote on which related stance (may be empty).
   */
  stanceMembers: StanceMlp[];
  /**
   * Log-probability offsets per class (STANCE_LABELS order) added to the averaged probabilities'
   * logs before renormalising: tuned on held-out folds to lift the rare agree/disagree.
   */
  classOffsets: number[];
}
