/**
 * Every threshold the judge still sets by hand, in one place, with how it was chosen. What they
 * decide now is only which pairs are *proposed* as evidence: whether a proposal is shown is
 * decided by the fitted gate (judge-gate.ts, trained by scripts/train-judge.ts), which weighs
 * the same quantities as features.
 */

/** Below this alignment two statements are not shown together at all (any story: pages of the
 * 25 unrelated real pages align below it with nearly all of the corpus; `npm run calibrate`). */
export const RELATED_MIN = 0.22;
/** Alignment enough for "related" when three common words are shared. */
export const LOOSE_TOPIC_MIN = 0.1;
/**
 * From this alignment two statements may state the same fact. Calibrated on pages that have
 * nothing to do with the corpus (`npm run calibrate`: the best statement of the 25 real pages
 * reaches 0.388), not on the gold pairs.
 */
export const SAME_FACT_MIN = 0.4;
/**
 * An act reported this many months apart in wording alone may be another act of the same kind
 * (lib/events reads which act; this is only for wording-only matches it cannot tell apart).
 */
export const SAME_KIND_ACT_MONTHS = 6;
/** Sum of the IDF of the shared terms a wording-only match needs: a few rare words, not three common ones. */
export const WORDING_MIN_WEIGHT = 6;
/**
 * Above this probability that the source document is unrelated (stance model), wording alone
 * confirms nothing. A veto, so only a confident one (the model's own decision point is 0.5).
 */
export const DOCUMENT_UNRELATED_MAX = 0.9;
/** What a near-synonym pair counts for, against an exact shared word. */
export const NEAR_SYNONYM_SHARE = 0.5;
/** Shared terms (exact or near-synonyms) two statements need to state the same fact by wording alone. */
export const SAME_FACT_MIN_SHARED = 3;
/** Alignment needed beside an agreeing exact value (a day, an amount) or a less exact one (a month, a duration). */
export const STRONG_VALUE_MIN = 0.03;
export const MEDIUM_VALUE_MIN = 0.1;
/** Share of the negated clause's terms the other statement must have for a polarity conflict. */
export const NEGATED_CLAUSE_COVERAGE = 0.6;
/**
 * Opposite words that stand for a tenth of each statement's term weight (IDF squared, as the
 * alignment weighs) are what the two are about: such a pair bars a confirmation by shared words
 * or a shared day. A word's share of a sentence of ten equal terms; passing pairs in long
 * sentences ("interior" / "foreign" in sentences of 17 and 13 terms) weigh 5% and 4% (general-English
 * IDF); "man" / "woman" in "A man was arrested at the scene of the fire" and its twin, 18%.
 */
export const OPPOSITE_WEIGHT_MIN = 0.1;
/** A claim of opposite polarity conflicts only with a statement sharing this many terms with it. */
export const POLARITY_MIN_SHARED = 3;

/**
 * From this document similarity (findStorySources: IDF-weighted cosine of the two articles' terms,
 * with general-English IDF) a source reports the page's story. Measured on the development sets
 * (`npm run --silent calibrate:story`): pages of the seed and Suez stories against
 * their own corpora 0.17–0.54, the 25 unrelated real pages and the unrelated story pages against
 * any corpus at most 0.13.
 */
export const STORY_SIMILARITY_MIN = 0.15;
/**
 * Within one story a value both statements give is compared even when the sentences share few
 * words: this much alignment is enough (the document supplies the context). The fitted gate
 * decides whether such a finding is shown.
 */
export const STORY_VALUE_MIN = 0;
