import type { Alignment } from './align-statements';
import { SAME_FACT_MIN_SHARED } from './thresholds';

/**
 * Whether two statements share words enough to state one claim, however well they align:
 * several shared terms (exact or near-synonyms), one of them not a name (two statements naming
 * "the Supreme Court" share a topic, not a claim).
 */
export function hasClaimWords(alignment: Alignment): boolean {
  return alignment.shared.length + alignment.similar.length >= SAME_FACT_MIN_SHARED && alignment.shared.length > alignment.sharedNames.length;
}
