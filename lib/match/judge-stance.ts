import type { Stance, StatementFeatures } from '../types';
import type { Alignment } from './align-statements';
import type { SlotFinding } from './compare-slots';

/** Below this alignment two statements are not shown together at all. */
export const RELATED_MIN = 0.22;
/** From this alignment two statements are taken to state the same fact. */
export const SAME_FACT_MIN = 0.42;
/** Alignment needed beside an agreeing exact value (a day, an amount) or a less exact one (a month, a duration). */
export const STRONG_VALUE_MIN = 0.03;
export const MEDIUM_VALUE_MIN = 0.1;
/** A negated claim conflicts only with a statement sharing this many terms with it. */
export const NEGATION_MIN_SHARED = 3;

export interface Judgement {
  stance: Stance;
  why: string;
  /** Typed values (dates, amounts) that back the stance: such a match is shown before a wording-only one. */
  valueEvidence: number;
}

export interface JudgeInput {
  page: StatementFeatures;
  source: StatementFeatures;
  alignment: Alignment;
  slots: SlotFinding[];
  /** Whether page and source were written far apart in time (see isDifferentPeriod). */
  differentPeriod: boolean;
  /** Publication years for the reason ("2015 vs 2024"). */
  pageYear: string | null;
  sourceYear: string | null;
  /** Shared words as a reader sees them. */
  sharedWords: string[];
}

/**
 * Decides the stance of a source statement towards a page statement, with the reason.
 * Evidence, strongest first: a typed value both give (date, amount, age range, duration);
 * opposite polarity of the same claim; then how much of the wording lines up.
 * Returns null when the statements are not about the same thing.
 */
export function judgeStance(input: JudgeInput): Judgement | null {
  const { alignment, differentPeriod } = input;
  // A value both give makes a weaker wording match enough: an exact day or amount is specific.
  const needed = (s: SlotFinding) => (s.strength === 'strong' ? STRONG_VALUE_MIN : s.strength === 'medium' ? MEDIUM_VALUE_MIN : RELATED_MIN);
  // A differing value only matters between statements about the same thing.
  const slots = input.slots.filter((s) => alignment.score >= (s.same ? needed(s) : RELATED_MIN) && alignment.shared.length > 0);
  if (alignment.score < RELATED_MIN && !slots.some((s) => s.same)) return null;
  const sameFact = alignment.score >= SAME_FACT_MIN;
  const differences = slots.filter((s) => !s.same);
  const agreements = slots.filter((s) => s.same);
  const years = input.pageYear && input.sourceYear ? ` (page ${input.pageYear}, source ${input.sourceYear})` : '';

  const negationDiffers = Boolean(input.page.negation) !== Boolean(input.source.negation);
  if (negationDiffers && sameFact && alignment.shared.length >= NEGATION_MIN_SHARED && differences.length === 0) {
    const cue = input.page.negation ?? input.source.negation;
    const side = input.page.negation ? 'the page' : 'the source';
    if (differentPeriod) return { stance: 'related', why: `negated ('${cue}') in ${side}, but written years apart${years}`, valueEvidence: 0 };
    return { stance: 'conflicts', why: `negated: '${cue}' in ${side}, affirmed in the other`, valueEvidence: 0 };
  }
  if (differences.length > 0 && agreements.length === 0) {
    const what = differences.map((d) => d.text).join('; ');
    if (differentPeriod && differences.every((d) => d.slot === 'date')) {
      return { stance: 'related', why: `different events: ${what}${years}`, valueEvidence: 0 };
    }
    if (differentPeriod) return { stance: 'conflicts', why: `${what}${years}: possibly an update`, valueEvidence: differences.length };
    return { stance: 'conflicts', why: what, valueEvidence: differences.length };
  }
  if (agreements.length > 0 && differences.length === 0) {
    return { stance: 'corroborates', why: agreements.map((a) => a.text).join('; '), valueEvidence: agreements.length };
  }
  if (agreements.length > 0) {
    return { stance: 'related', why: `${agreements.map((a) => a.text).join('; ')}, but ${differences.map((d) => d.text).join('; ')}`, valueEvidence: 0 };
  }
  const words = input.sharedWords.slice(0, 4).map((w) => `'${w}'`).join(', ');
  if (sameFact && !differentPeriod) return { stance: 'corroborates', why: `same claim in other words: ${words}`, valueEvidence: 0 };
  if (sameFact) return { stance: 'related', why: `similar claim written years apart${years}: may be a different event`, valueEvidence: 0 };
  return { stance: 'related', why: `same topic: ${words}`, valueEvidence: 0 };
}
