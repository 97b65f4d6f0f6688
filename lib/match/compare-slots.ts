import type { DateMention, Quantity, StatementFeatures, TimeOfDay } from '../types';
import { monthIndex } from '../dates/compare-periods';
import { crossesMidnight } from '../claims/parse-times';
import {
  compareQuantities as compareFigures,
  type QuantityComparison,
  type QuantityValue,
  type Relatedness,
  type Relation,
} from './compare-quantities';

/** One typed value that two statements both give: the same, or different. */
export interface SlotFinding {
  slot: 'date' | Quantity['dimension'];
  same: boolean;
  /** For dates, how many months apart they are (0 for other values). */
  monthsApart: number;
  /** How specific the value is: an exact day or amount says more than a year. */
  strength: 'strong' | 'medium' | 'weak';
  /** The page's and the source's wording (what the panel marks). */
  page: string;
  source: string;
  /** The values compared, typed: lib/explain/format-finding.ts writes them for a reader. */
  pageDate?: DateMention;
  sourceDate?: DateMention;
  /** For a weekday without a date that agrees with a day: the weekday (0 = Sunday). */
  weekday?: number;
  /** For dates: the finding compares their times of day (DateMention.time), not their days. */
  ofTime?: boolean;
  pageQuantity?: Quantity;
  sourceQuantity?: Quantity;
  /** For figures: both values in their base unit, how they relate, and how sure it is that they measure one thing. */
  pageValue?: QuantityValue;
  sourceValue?: QuantityValue;
  relation?: QuantityComparison['relation'];
  relativeDifference?: number;
  sameMeasure?: number;
}

/** Relatedness when the caller has none: only the same term. */
const sameTermOnly: Relatedness = () => 0;

/**
 * Two figures agree only when hedges or rounding cannot explain a gap bigger than this share:
 * "around 400" against 422 (5%) or "around $10 billion" against $9.6bn (4%) are close, neither
 * confirmed nor contradicted (a round figure against a precise one).
 */
export const CLOSE_MAX = 0.03;
/** Confidence that two figures measure one thing needed to call them different (compareQuantities' sameMeasure). */
export const DIFFERENT_MEASURE_MIN = 0.5;
/**
 * ... and to call them the same value. Low, because an amount often names its object before it
 * ("Net income slipped to $1.1 billion") or not at all: tried 0.2, 0.3, 0.35, 0.4, 0.5 on the
 * development stories and hand pairs (npm run eval): 0.2 and 0.3 keep suez-2021 at 0.779 and the
 * pairs at 52.7%; from 0.35 suez-2021 loses four corroborations (0.733).
 */
export const SAME_MEASURE_MIN = 0.2;

/**
 * Compares the dates and quantities of two statements, slot by slot: figures only when they can
 * measure the same thing (lib/match/compare-quantities.ts: dimension, currency, rate, what is
 * counted), so "tens of thousands each year" is never set against "six million". `related`
 * is a word relatedness (0..1, e.g. word vectors) for the counted things ("ships", "vessels").
 */
export function compareSlots(
  page: StatementFeatures,
  source: StatementFeatures,
  related: Relatedness = sameTermOnly,
  lexical: Relation | null = null,
): SlotFinding[] {
  return [
    ...compareDates(page.dates, source.dates),
    ...compareQuantities(page.quantities, source.quantities, related, lexical),
  ];
}

/**
 * Figures both statements give of one dimension that were not compared or were only close: an
 * amount in roubles and one in dollars, counts of different things, "around 400" against 422.
 * The wording may match; the figures neither confirm nor contradict it.
 */
export function uncomparedKinds(
  page: StatementFeatures,
  source: StatementFeatures,
  related: Relatedness = sameTermOnly,
  lexical: Relation | null = null,
): Array<{ page: string; source: string }> {
  const out: Array<{ page: string; source: string }> = [];
  for (const p of page.quantities) {
    const sameKind = source.quantities.filter((s) => s.dimension === p.dimension);
    if (sameKind.length > 0 && !sameKind.some((s) => verdict(p, s, related, lexical) !== null))
      out.push({ page: p.text, source: sameKind[0]!.text });
  }
  return out;
}

function compareDates(page: DateMention[], source: DateMention[]): SlotFinding[] {
  const findings: SlotFinding[] = [];
  for (const p of page) {
    let best: SlotFinding[] = [];
    for (const s of source) {
      const found = compareMention(p, s);
      const agrees = (f: SlotFinding[]) => f.length > 0 && f.every((x) => x.same);
      if (found.length > 0 && (best.length === 0 || (agrees(found) && !agrees(best)))) best = found;
    }
    findings.push(...best);
  }
  // A sentence often dates several events; once one date agrees, the others are about other events.
  return findings.some((f) => f.same) ? findings.filter((f) => f.same) : findings;
}

/**
 * A date and a time of day against another: the days as compareDate does, then, on the same day
 * or where one side gives no day ("The plane crashed at 10:50 a.m."), the times. Times that
 * cannot be one ("on Thursday afternoon" / "shortly before dawn on Thursday") differ in place of
 * the day that agrees; times on different days are no finding of their own (the day differs).
 */
function compareMention(p: DateMention, s: DateMention): SlotFinding[] {
  const untimed = p.precision === 'time' || s.precision === 'time';
  const date = untimed ? null : compareDate(p, s);
  if (!p.time || !s.time || !(untimed || date?.same)) return date ? [date] : [];
  const time = compareTime(p.time, s.time, !untimed);
  if (!time) return date ? [date] : [];
  const finding: SlotFinding = {
    slot: 'date',
    same: time.same,
    strength: time.strength,
    monthsApart: 0,
    page: p.time.text,
    source: s.time.text,
    pageDate: p,
    sourceDate: s,
    ofTime: true,
  };
  return time.same && date ? [date, finding] : [finding];
}

/**
 * Two times of day: the same when their spans overlap by half the narrower ("10:45 p.m." in
 * "shortly before 11 p.m."), different when they cannot meet ("afternoon" / "before dawn"),
 * else nothing (a partial overlap: "afternoon" / "evening"). Without a day on one side, or for
 * a span past midnight ("Sunday night", "midnight"), they are compared round the clock. Zones are
 * not converted: times in different stated zones are not compared, and a zone on one side only
 * ("19:40 GMT" / "7:40 p.m.") may agree but not differ (it may be the other's clock converted).
 */
function compareTime(
  p: TimeOfDay,
  s: TimeOfDay,
  sameDay: boolean,
): { same: boolean; strength: SlotFinding['strength'] } | null {
  if (p.zone && s.zone && p.zone !== s.zone) return null;
  const shifts = !sameDay || crossesMidnight(p) || crossesMidnight(s) ? [-DAY_MINUTES, 0, DAY_MINUTES] : [0];
  const overlap = Math.max(...shifts.map((shift) => Math.min(p.to, s.to + shift) - Math.max(p.from, s.from + shift)));
  const narrower = Math.max(1, Math.min(p.to - p.from, s.to - s.from));
  // Two clock readings say more than a part of the day, but a time alone never proves one event.
  const strength = p.kind === 'clock' && s.kind === 'clock' ? 'medium' : 'weak';
  if (overlap >= narrower / 2) return { same: true, strength };
  if (overlap < 0 && Boolean(p.zone) === Boolean(s.zone)) return { same: false, strength };
  return null;
}

const DAY_MINUTES = 1440;

function compareDate(p: DateMention, s: DateMention): SlotFinding | null {
  if (p.precision === 'time' || s.precision === 'time') return null;
  // A weekday without a date agrees with a day that falls on it in the same month.
  const weekdayOf = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();
  if (p.weekday !== null && p.precision === 'month' && s.precision === 'day') {
    return s.iso.startsWith(p.iso) && weekdayOf(s.iso) === p.weekday
      ? { ...sameDate(p, s, 'medium'), weekday: p.weekday }
      : null;
  }
  if (s.weekday !== null && s.precision === 'month' && p.precision === 'day') {
    return p.iso.startsWith(s.iso) && weekdayOf(p.iso) === s.weekday
      ? { ...sameDate(p, s, 'medium'), weekday: s.weekday }
      : null;
  }
  // A weekday placed by its article's date (parseDates: the latest such day) is a day like
  // another, but an inferred one: it agrees or differs with medium strength only.
  if (p.weekday !== null || s.weekday !== null) {
    if (p.precision !== 'day' || s.precision !== 'day') return null;
    if (p.iso === s.iso)
      return p.weekday !== null && s.weekday !== null
        ? sameDate(p, s, 'medium')
        : { ...sameDate(p, s, 'medium'), weekday: (p.weekday ?? s.weekday)! };
    // "On Sunday" placed in two weeks (one statement reads as past, one as future: "will go ahead
    // on Sunday" / "has been postponed") is more likely one Sunday than two: not compared.
    // Likewise a weekday a week from a dated day of the same weekday: an article written a week after
    // the event says "on Friday" of the Friday before, or of its own day.
    if (weekdayOf(p.iso) === weekdayOf(s.iso) && Math.abs(Date.parse(p.iso) - Date.parse(s.iso)) === 7 * 86_400_000)
      return null;
    return {
      slot: 'date',
      same: false,
      strength: 'medium',
      monthsApart: Math.abs(monthIndex(p.iso) - monthIndex(s.iso)),
      page: p.text,
      source: s.text,
      pageDate: p,
      sourceDate: s,
    };
  }
  if (p.precision !== s.precision) {
    // A source's "September 21, 2022" confirms the page's "September 2022"; a source's "January 2015"
    // cannot confirm the page's "January 12": it is compatible, not evidence. Different months are not compared.
    if (p.iso.length > s.iso.length) return null;
    return s.iso.startsWith(p.iso) ? sameDate(p, s, DATE_STRENGTH[p.precision]) : null;
  }
  if (p.iso === s.iso) return sameDate(p, s, DATE_STRENGTH[p.precision]);
  return {
    slot: 'date',
    same: false,
    strength: DATE_STRENGTH[p.precision],
    monthsApart: Math.abs(monthIndex(p.iso) - monthIndex(s.iso)),
    page: p.text,
    source: s.text,
    pageDate: p,
    sourceDate: s,
  };
}

function sameDate(p: DateMention, s: DateMention, strength: SlotFinding['strength']): SlotFinding {
  return {
    slot: 'date',
    same: true,
    strength,
    monthsApart: 0,
    page: p.text,
    source: s.text,
    pageDate: p,
    sourceDate: s,
  };
}

const DATE_STRENGTH = { day: 'strong', month: 'medium', year: 'weak' } as const;

function compareQuantities(
  page: Quantity[],
  source: Quantity[],
  related: Relatedness,
  lexical: Relation | null,
): SlotFinding[] {
  const findings: SlotFinding[] = [];
  for (const p of page) {
    let best: SlotFinding | null = null;
    for (const s of source) {
      const c = verdict(p, s, related, lexical);
      if (!c) continue;
      const agrees = c.agree;
      const finding: SlotFinding = {
        slot: p.dimension,
        same: agrees,
        monthsApart: 0,
        strength:
          p.approximate ||
          s.approximate ||
          c.relation !== 'equal' ||
          p.dimension === 'duration' ||
          p.dimension === 'percent'
            ? 'medium'
            : 'strong',
        page: p.text,
        source: s.text,
        pageQuantity: p,
        sourceQuantity: s,
        pageValue: c.pageValue,
        sourceValue: c.sourceValue,
        relation: c.relation,
        relativeDifference: c.relativeDifference,
        sameMeasure: c.sameMeasure,
      };
      // Among figures as sure to measure one thing, the nearest value is the counterpart ("7-4" / "8-3": 4 against 3, not 8).
      const nearer =
        (c.sameMeasure ?? 0) === (best?.sameMeasure ?? 0) &&
        c.relativeDifference < (best?.relativeDifference ?? Infinity);
      if (
        !best ||
        (agrees && !best.same) ||
        (agrees === best.same && ((c.sameMeasure ?? 0) > (best.sameMeasure ?? 0) || nearer))
      )
        best = finding;
    }
    if (best) findings.push(best);
  }
  return findings;
}

/**
 * The comparison of two figures when it says something: an agreement, or a difference between
 * figures that surely measure one thing for the same period. Null when they are not comparable,
 * or only close (a round figure against a precise one, two lower bounds).
 */
export function verdict(
  p: Quantity,
  s: Quantity,
  related: Relatedness,
  lexical: Relation | null = null,
): QuantityComparison | null {
  const c = compareFigures(p, s, related, lexical);
  if (!c) return null;
  // A yearly flow and a stock are different quantities even of the same thing.
  if (p.dimension === 'count' && c.perMissing) return null;
  // "Two of the four survivors" counts some of a set the other figure counts whole ("the four
  // survivors"): a subset, not a rival figure, unless the other says all of them did it ("all 48").
  if (isSubsetOf(p, s) || isSubsetOf(s, p)) return null;
  // A count found in a sample ("the sample found 2,938 dead fish") counts the part examined, which
  // a total ("3,500 fish died") is estimated from: a part again, not a rival figure. A share
  // ("52% of those sampled") estimates the whole and is compared as any share is.
  if (p.dimension === 'count' && inSample(p) !== inSample(s)) return null;
  if (c.agree) {
    // The set a part is taken of ("of the four") is presupposed, not reported: no confirmation.
    if (p.role === 'whole' || s.role === 'whole') return null;
    if (c.sameMeasure < SAME_MEASURE_MIN) return null;
    if (c.bothBounds && c.relation === 'compatible-bound') return null;
    if (c.relation === 'within' && c.relativeDifference > CLOSE_MAX) return null;
    return c;
  }
  // "$500" agrees with "$500 a month", but a figure conflicts only with one given for the same period.
  return c.sameMeasure >= DIFFERENT_MEASURE_MIN && !c.perMissing ? c : null;
}

/** Whether a figure's clause says it of a sample (the canonical term of "sample", "samples", "sampled", "sampling"). */
function inSample(q: Quantity): boolean {
  return q.context.includes('sample');
}

/** Whether `part` is a part ("two of the four") of a whole that `other` counts, not as "all". */
function isSubsetOf(part: Quantity, other: Quantity): boolean {
  if (part.role !== 'part' || !part.partOf || other.role === 'all' || other.role === 'part') return false;
  const [low, high] = part.partOf;
  return other.low <= high && other.high >= low;
}
