import { MIN_SHARED_FOR_SOFT, type Alignment } from './align-statements';
import { SAME_FACT_MIN_SHARED } from './thresholds';

/**
 * Whether two statements share words enough to state one claim, however well they align:
 * several shared terms (exact or near-synonyms; all of a page claim of fewer terms), one of them
 * not a name (two statements naming "the Supreme Court" share a topic, not a claim).
 */
export function hasClaimWords(alignment: Alignment): boolean {
  const matched = alignment.shared.length + alignment.similar.length;
  // Without two shared words, what is shared is a WordNet paraphrase of the whole claim (see
  // alignStatements): a page claim of one or two terms ("No one was injured" / "nobody was hurt")
  // is then stated by as many. Two words of a short claim shared as such are a coincidence as
  // often ("They were held for 14 months" / "held the employees for six hours").
  const paraphrase = alignment.shared.length < MIN_SHARED_FOR_SOFT && alignment.similar.length > 0;
  const needed = paraphrase ? Math.min(SAME_FACT_MIN_SHARED, alignment.termCounts[0]) : SAME_FACT_MIN_SHARED;
  return matched >= needed && (paraphrase || alignment.shared.length > alignment.sharedNames.length);
}
