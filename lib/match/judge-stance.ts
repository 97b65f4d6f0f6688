import type { Stance, StatementFeatures } from '../types';
import type { Alignment } from './align-statements';
import { uncomparedKinds, type SlotFinding } from './compare-slots';
import type { StanceProbabilities } from '../stance/stance-labels';
import { findAntonyms } from '../claims/find-antonyms';
import type { Lexicon } from '../lexicon/load-lexicon';

/** Below this alignment two statements are not shown together at all. */
export const RELATED_MIN = 0.22;
/** Alignment enough for "related" when three common words are shared. */
export const LOOSE_TOPIC_MIN = 0.1;
/**
 * From this alignment two statements are taken to state the same fact. Calibrated on pages that
 * have nothing to do with the corpus (`npm run calibrate`: the best statement of the 25 real
 * pages reaches 0.388), not on the gold pairs.
 */
export const SAME_FACT_MIN = 0.4;
/** Dates further apart than this are of different events, not a misreported date. */
export const DIFFERENT_EVENT_MONTHS = 6;
/** Sum of the IDF of the shared terms a wording-only match needs: a few rare words, not three common ones. */
export const WORDING_MIN_WEIGHT = 6;
/** Verbs that report a dated act rather than a state of things. */
const EVENT_VERB = /\b(?:signed|issued|announced|published|passed|approved|adopted|ordered|decreed|cleared|unveiled|introduced|declared|enacted|launched|vetoed)\b/i;
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
/** A claim of opposite polarity conflicts only with a statement sharing this many terms with it. */
export const POLARITY_MIN_SHARED = 3;

export interface Judgement {
  stance: Stance;
  why: string;
  /** Typed values (dates, amounts) that back the stance: such a match is shown before a wording-only one. */
  valueEvidence: number;
  /** The findings the reason rests on (for marking the parts that match or differ). */
  findings: SlotFinding[];
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
  lexicon?: Pick<Lexicon, 'antonymsOf'> | null;
  /** Months between the page's and the source's publication, when both are known. */
  monthsApart?: number;
  pageText: string;
  sourceText: string;
  /**
   * The learned model's stance of the whole source document towards the page statement (FNC-1),
   * or null without a model. A function: it is asked only when its answer can change the stance.
   */
  documentStance?: () => StanceProbabilities | null;
}

/**
 * Decides the stance of a source statement towards a page statement, with the reason.
 * Evidence, strongest first: a typed value both give (date, amount, age range, duration);
 * opposite polarity of the same claim (negation, antonyms, "only" against "all"); then how
 * much of the wording lines up. Returns null when the statements are not about the same thing.
 */
export function judgeStance(input: JudgeInput): Judgement | null {
  const { alignment, differentPeriod } = input;
  // A value both give makes a weaker wording match enough: an exact day or amount is specific.
  const needed = (s: SlotFinding) => (s.strength === 'strong' ? STRONG_VALUE_MIN : s.strength === 'medium' ? MEDIUM_VALUE_MIN : RELATED_MIN);
  // A differing value only matters between statements about the same thing: reports of one news
  // cycle about a similar event, or statements that line up as one fact.
  const differenceMin = input.samePeriod ? RELATED_MIN : SAME_FACT_MIN;
  const slots = input.slots.filter((s) => alignment.score >= (s.same ? needed(s) : differenceMin) && alignment.shared.length > 0);
  // Three shared words are a shared topic even in long sentences that line up poorly overall.
  const topic = alignment.score >= RELATED_MIN || (alignment.shared.length - alignment.sharedNames.length >= 3 && alignment.score >= LOOSE_TOPIC_MIN);
  if (!topic && !slots.some((s) => s.same)) return null;
  // One shared name ("Interior Ministry") is a topic, not a claim: a claim needs several shared terms.
  const sameFact = alignment.score >= SAME_FACT_MIN && hasClaimWords(alignment);
  const differences = slots.filter((s) => !s.same);
  const agreements = slots.filter((s) => s.same);
  const years = input.pageYear && input.sourceYear ? ` (page ${input.pageYear}, source ${input.sourceYear})` : '';
  const judged = (stance: Stance, why: string, findings: SlotFinding[] = []): Judgement => ({
    stance, why, valueEvidence: stance === 'related' ? 0 : findings.length, findings,
  });

  if (differences.length > 0 && agreements.length === 0) {
    // Reports get a day wrong, not a year: dates months apart belong to different events.
    if ((differentPeriod || differences.some((d) => d.monthsApart > DIFFERENT_EVENT_MONTHS)) && differences.every((d) => d.slot === 'date')) {
      return judged('related', `different events: ${differences.map((d) => d.text).join('; ')}${years}`, differences);
    }
    if (differentPeriod) {
      const what = differences.map((d) => `${d.page} (page, ${input.pageYear}) vs ${d.source} (${input.sourceOutlet}, ${input.sourceYear})`).join('; ');
      return judged('conflicts', `${what}: possibly an update`, differences);
    }
    return judged('conflicts', differences.map((d) => d.text).join('; '), differences);
  }

  const polarity = sameFact && alignment.shared.length >= POLARITY_MIN_SHARED && differences.length === 0 ? opposition(input) : null;
  if (polarity) {
    if (differentPeriod) return judged('related', `${polarity}, but written years apart${years}`);
    return judged('conflicts', polarity);
  }

  if (agreements.length > 0 && differences.length === 0) {
    return judged('corroborates', agreements.map((a) => a.text).join('; '), agreements);
  }
  if (agreements.length > 0) {
    return judged('related', `${agreements.map((a) => a.text).join('; ')}, but ${differences.map((d) => d.text).join('; ')}`, slots);
  }
  const words = input.sharedWords.slice(0, 4).map((w) => `'${w}'`).join(', ');
  if (!sameFact) return judged('related', `same topic: ${words}`);
  // Wording alone confirms only a claim of the same polarity: "... but never signed" is no
  // confirmation that a decree was signed, even where the negation sits in a side clause.
  if (Boolean(input.page.negation) !== Boolean(input.source.negation)) {
    return judged('related', `similar wording, but one side is negated ('${input.page.negation ?? input.source.negation}')`);
  }
  const unchecked = uncomparedKinds(input.page, input.source);
  if (unchecked.length > 0) {
    return judged('related', `similar claim, but the figures cannot be compared: ${unchecked.map((u) => `${u.page} vs ${u.source}`).join('; ')}`);
  }
  if (differentPeriod) return judged('related', `similar claim written years apart${years}: may be a different event`);
  // An act (a decree signed, a law passed) reported months apart may be another act of the same kind.
  if ((input.monthsApart ?? 0) > DIFFERENT_EVENT_MONTHS && EVENT_VERB.test(input.pageText) && EVENT_VERB.test(input.sourceText)) {
    return judged('related', `similar act reported ${input.monthsApart} months apart: may be a different one`);
  }
  // Wording alone must rest on more than the corpus's commonest words ("Putin signed a decree"):
  // several rare words, or at least half of what the shorter statement says.
  const weightOf = (terms: string[]) => terms.reduce((sum, t) => sum + input.idf(t), 0);
  const shorter = Math.min(weightOf(input.page.terms), weightOf(input.source.terms));
  const sharedWeight = weightOf(alignment.shared) + weightOf(alignment.similar.map(([p]) => p)) * NEAR_SYNONYM_SHARE;
  if (sharedWeight < Math.min(WORDING_MIN_WEIGHT, shorter / 2)) return judged('related', `same topic: ${words}`);
  // The learned model reads the whole source: when it finds the source unrelated to the claim,
  // matching words alone are a coincidence of wording, not a confirmation.
  const documentStance = input.documentStance?.();
  if (documentStance && documentStance.unrelated > DOCUMENT_UNRELATED_MAX) {
    return judged('related', `same words (${words}), but the source as a whole is not about this claim`);
  }
  return judged('corroborates', `same claim in other words: ${words}`);
}

/**
 * Whether two statements share words enough to state one claim, however well they align:
 * several shared terms (exact or near-synonyms), one of them not a name (two statements naming
 * "the Supreme Court" share a topic, not a claim).
 */
export function hasClaimWords(alignment: Alignment): boolean {
  return alignment.shared.length + alignment.similar.length >= SAME_FACT_MIN_SHARED && alignment.shared.length > alignment.sharedNames.length;
}

/** Why two aligned statements say opposite things, or null: negation, antonyms, "only" against "all". */
function opposition({ page, source, lexicon }: JudgeInput): string | null {
  const [negated, other] = page.negation ? [page, source] : [source, page];
  if (Boolean(page.negation) !== Boolean(source.negation) && !isPeripheral(negated, other) && coversNegatedClause(negated, other)) {
    return page.negation ? `negated: '${page.negation}' on the page, affirmed in the source` : `negated: '${source.negation}' in the source, affirmed on the page`;
  }
  const antonyms = findAntonyms(page.terms, source.terms, lexicon);
  if (antonyms) return `opposite: '${antonyms[0]}' vs '${antonyms[1]}'`;
  if (page.scope && source.scope && page.scope.kind !== source.scope.kind) {
    return `${page.scope.kind === 'exclusive' ? 'exclusive' : 'universal'} claim: '${page.scope.text}' vs '${source.scope.text}'`;
  }
  return null;
}

/**
 * A negation in a side clause ("..., but never signed") negates that clause only: when the other
 * statement shares fewer than two terms with it, or most of what they share lies outside it,
 * the two statements agree on the rest.
 */
function isPeripheral(negated: StatementFeatures, other: StatementFeatures): boolean {
  if (negated.negatedTerms.length >= negated.terms.length) return false;
  const otherTerms = new Set(other.terms);
  const shared = negated.terms.filter((t) => otherTerms.has(t)).length;
  const sharedInNegated = negated.negatedTerms.filter((t) => otherTerms.has(t)).length;
  return sharedInNegated < 2 || sharedInNegated * 2 < shared;
}

/** The other statement must say most of what the negated clause denies ("no need for a second wave of mobilization"). */
function coversNegatedClause(negated: StatementFeatures, other: StatementFeatures): boolean {
  const otherTerms = new Set(other.terms);
  const clause = negated.negatedTerms.length > 0 ? negated.negatedTerms : negated.terms;
  return clause.filter((t) => otherTerms.has(t)).length >= NEGATED_CLAUSE_COVERAGE * clause.length;
}
