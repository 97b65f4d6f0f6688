import type { Quantity, QuantityBound, QuantityDimension } from '../types';
import type { LexicalRelation } from '../lexicon/load-lexicon';
import { UNBOUNDED } from '../claims/quantity-bounds';
import { unitOf } from '../claims/quantity-units';

/** A figure as compared: in its base unit, after a bracketed equivalent was chosen if needed. */
export interface QuantityValue {
  dimension: QuantityDimension;
  unit: string;
  low: number;
  high: number;
  bound: QuantityBound;
  per: string;
}

/**
 * How two figures that may measure the same thing relate. `relation`:
 * - 'equal': the same value (exact figures within rounding, 0.5%);
 * - 'within': one lies in the other's range or hedge ("around 400" and 422);
 * - 'compatible-bound': a bound the other satisfies ("more than 10%" and "about 12%"), or two
 *   bounds that overlap ("more than 450" and "over 420");
 * - 'different': no value satisfies both, or opposite changes ("rose 5%" and "fell 5%").
 */
export interface QuantityComparison {
  /** 0..1: confidence that both figures measure the same thing (dimension, rate, object, clause). */
  sameMeasure: number;
  agree: boolean;
  relation: 'equal' | 'within' | 'compatible-bound' | 'different';
  /** |page − source| / the larger, between the figures' central values (0 for the same value). */
  relativeDifference: number;
  /** Whether both figures are bounds ("more than 450" and "over 420"): compatible, but saying different things. */
  bothBounds: boolean;
  /** Whether only one side gives a rate ("$9 billion" and "$9 billion a day"). */
  perMissing: boolean;
  pageValue: QuantityValue;
  sourceValue: QuantityValue;
}

/** Word relatedness (0..1) the caller supplies: word vectors today, later a thesaurus. */
export type Relatedness = (a: string, b: string) => number;
/** How WordNet relates two lemmas (lib/lexicon/load-lexicon.ts), when the caller has the lexicon. */
export type Relation = (a: string, b: string) => LexicalRelation | null;

/** Relatedness from which two object terms name the same thing ("ship" and "vessel": 0.87 in GloVe). */
export const OBJECT_RELATED_MIN = 0.5;
/**
 * An object the other side names only in its clause ("the number of ships waiting ... 292" / "422
 * ships") must be named nearly alike there: a loose neighbour of any clause word ("homes" and
 * "working" 0.51) would tie any two counts. Chosen on the hand-written pairs (0.5, 0.6, 0.7, 0.8 tried:
 * 52.5%, 52.7%, 52.4%, 52.4%); the development stories do not move.
 */
export const CROSSED_MIN = 0.6;
/** Relatedness from which two clause terms count as saying the same ("seeking" and "demanding"). */
export const CONTEXT_RELATED_MIN = 0.6;
/** Exact figures this close are the same value (rounding of a conversion, a decimal dropped). */
export const EXACT_TOLERANCE = 0.005;
/** A hedge ("about", "around") stretches a figure by its written precision, at most this share of it. */
export const HEDGE_TOLERANCE = 0.1;

/**
 * Compares a page's figure with a source's. Returns null when they cannot measure the same thing:
 * another dimension or currency, another rate period, a change against a level, or objects that
 * are unrelated ("tugboats" and "pilots"). Otherwise how sure it is that they measure the same
 * thing (`sameMeasure`) and how the values relate, units converted. `related` gives the
 * relatedness of two canonical terms.
 */
export function compareQuantities(
  page: Quantity,
  source: Quantity,
  related: Relatedness,
  lexical: Relation | null = null,
): QuantityComparison | null {
  if (page.dimension !== source.dimension) return null;
  const [p, s, pStep, sStep, sameWritten] = pickUnits(page, source);
  if (!p || !s) return null;
  if (page.per !== source.per && page.per && source.per) return null;
  // A change ("rose 5%") is not a level ("stood at 5%"); the level a change started from ("from
  // $1.3 billion") is not the level it reached ("to $1.1 billion").
  if (Boolean(page.change) !== Boolean(source.change)) return null;
  if ((page.role === 'earlier' && source.role === 'later') || (page.role === 'later' && source.role === 'earlier'))
    return null;
  // The level a change started from against a level said on its own ("raises the age from 62 to
  // 64" / "raises the age to 65"): the other side's level is most often the one reached.
  if (
    (page.role === 'earlier') !== (source.role === 'earlier') &&
    (page.change || source.change || page.dimension === 'age')
  )
    return null;
  const words = wordSense(related, lexical);
  if (otherHolders(page, source, words)) return null;
  if (otherPeople(page, source, words)) return null;
  if (otherSeries(page, source, words.related)) return null;
  const object = objectScore(page, source, words);
  if (object === null) return null;
  const context = overlapScore(page.context, [...source.context, ...source.object], words.related);
  const perMissing = page.per !== source.per;
  const sameMeasure = Math.min(1, (0.6 * object + 0.4 * context) * (perMissing ? 0.7 : 1));
  const relation =
    page.change && source.change && page.change !== source.change
      ? 'different'
      : relate(p, s, pStep, sStep, sameWritten);
  return {
    sameMeasure: Math.round(sameMeasure * 1000) / 1000,
    agree: relation !== 'different',
    relation,
    relativeDifference: relativeDifference(p, s),
    bothBounds: p.bound !== 'exact' && p.bound !== 'approximate' && s.bound !== 'exact' && s.bound !== 'approximate',
    perMissing,
    pageValue: p,
    sourceValue: s,
  };
}

/**
 * The two figures in one unit, with their precisions: the main ones, or a bracketed equivalent
 * ("30,000 rubles ($500)"). Where one side's equivalent is written in the other's own unit
 * ("5,000-kilometer (3,100-mile)" / "about 3,500 miles"), those two are compared: each is rounded
 * in that unit, so a conversion's rounding no longer hides their gap.
 */
function pickUnits(
  page: Quantity,
  source: Quantity,
): [QuantityValue | null, QuantityValue | null, number, number, boolean] {
  const value = (q: Quantity, alt?: Quantity['equivalent']): QuantityValue => ({
    dimension: q.dimension,
    unit: alt?.unit ?? q.unit,
    low: alt?.low ?? q.low,
    high: alt?.high ?? q.high,
    bound: q.bound,
    per: q.per,
  });
  const none: [null, null, number, number, boolean] = [null, null, 0, 0, false];
  if (page.unit === source.unit) {
    const [pw, sw] = [writtenUnit(page.text), writtenUnit(source.text)];
    if (page.equivalent?.step && writtenUnit(page.equivalent.text) === sw && pw !== sw)
      return [value(page, page.equivalent), value(source), page.equivalent.step, source.step, true];
    if (source.equivalent?.step && writtenUnit(source.equivalent.text) === pw && pw !== sw)
      return [value(page), value(source, source.equivalent), page.step, source.equivalent.step, true];
    return [value(page), value(source), page.step, source.step, pw === sw];
  }
  if (page.equivalent?.unit === source.unit)
    return [value(page, page.equivalent), value(source), page.equivalent.step ?? page.step, source.step, false];
  if (source.equivalent?.unit === page.unit)
    return [value(page), value(source, source.equivalent), page.step, source.equivalent.step ?? source.step, false];
  if (page.equivalent && page.equivalent.unit === source.equivalent?.unit)
    return [
      value(page, page.equivalent),
      value(source, source.equivalent),
      page.equivalent.step ?? page.step,
      source.equivalent.step ?? source.step,
      false,
    ];
  return none;
}

/** The unit word a figure is written in ("3,100-mile" and "3,500 miles": "mile"), '' if none. */
function writtenUnit(text: string): string {
  const word = /([a-z°]+)\W*$/i.exec(text.replace(/\s*\(.*$/, ''))?.[1] ?? '';
  const unit = unitOf(word);
  return unit ? `${unit.base}:${unit.factor}` : word.toLowerCase();
}

/** Relatedness of two terms: the word vectors, raised by WordNet where it links them. */
interface WordSense {
  related: Relatedness;
  /** Whether a term names people: a generic noun ("people") or, in WordNet, a kind of "person". */
  isPeople: (term: string) => boolean;
  /** Whether WordNet has the two as two kinds of one thing ("doctor" / "nurse"). */
  areSiblings: (a: string, b: string) => boolean;
}

/** The head of a counted thing: the last word of its noun phrase ("utility worker": "worker"). */
function head(q: Quantity): string {
  return q.object[q.object.length - 1] ?? '';
}

/**
 * The vectors' relatedness, lifted where WordNet links two terms (synonyms, derived forms, one
 * kind of the other: "injure"/"hurt" 0.48 in the vectors, a hypernym in WordNet), and a closed
 * compound counted as its head ("dockworker" is a "worker": English compounds end in their head).
 * LEXICAL_RELATED is the value a link counts for: at least OBJECT_RELATED_MIN and
 * CONTEXT_RELATED_MIN, so a link is enough to tie two terms and no more. Tried 0.6, 0.65, 0.7,
 * 0.8 (npm run eval): suez-2021 0.791 and the hand pairs 55.4% for each; 0.65 is kept as the
 * middle of a flat range.
 */
export const LEXICAL_RELATED = 0.65;
/**
 * What two kinds of one thing count for ("14,000 sheep" / "14,000 goats", "40 houses" / "40
 * apartments"), however near their vectors: under OBJECT_RELATED_MIN, so they are never one
 * counted thing; vectors put such pairs at 0.7–0.9 (sheep / goat 0.85), as near as synonyms.
 */
export const SIBLING_RELATED_MAX = 0.3;
function wordSense(related: Relatedness, lexical: Relation | null): WordSense {
  return {
    related: (a, b) => {
      const r = related(a, b);
      if ((a.length >= 4 && b.endsWith(a)) || (b.length >= 4 && a.endsWith(b))) return Math.max(r, LEXICAL_RELATED);
      const link = lexical?.(a, b);
      if (link === 'sibling') return Math.min(r, SIBLING_RELATED_MAX);
      if (r >= LEXICAL_RELATED) return r;
      return link && link !== 'antonym' ? LEXICAL_RELATED : r;
    },
    isPeople: (t) => PEOPLE.has(t) || lexical?.('person', t) === 'hyponym',
    areSiblings: (a, b) => lexical?.(a, b) === 'sibling',
  };
}

/**
 * Whose figure: two figures held by different owners written bare ("Hale received 1.82 million
 * votes" / "Whitfield received 1,721,000 votes", "Case numbers have fallen 60%" / "Hospital
 * admissions fell 60%") measure different things. A description ("the authority") may name the
 * same owner as a name ("Egypt"): only two bare holders that share and relate no term are told apart.
 */
function otherHolders(page: Quantity, source: Quantity, words: WordSense): boolean {
  const a = page.holder;
  const b = source.holder;
  if (!a || !b || !a.bare || !b.bare) return false;
  return best(a.terms, b.terms, words.related) < OBJECT_RELATED_MIN;
}

/**
 * Below this relatedness two series an ordinal's noun is a place of are told apart: "the third
 * round of talks" / "the third round of voting" are two series, "the ninth day of nationwide
 * action" / "the tenth day of protests" one ("action" and "protest" 0.5 in the vectors). Loose on
 * purpose: the ranked noun already matched, and a story names its series in several words.
 */
export const SERIES_RELATED_MIN = 0.4;

/**
 * Whether two places rank things of different series: both name a series ("of talks", "-largest")
 * and neither's is related to anything the other says of its figure (its series, object or clause).
 */
function otherSeries(page: Quantity, source: Quantity, related: Relatedness): boolean {
  if (page.dimension !== 'ordinal' || !page.series?.length || !source.series?.length) return false;
  const near = (a: string[], q: Quantity) =>
    best(a, [...(q.series ?? []), ...q.object, ...q.context], related) >= SERIES_RELATED_MIN;
  return !near(page.series, source) && !near(source.series, page);
}

/** Nouns that count people without saying what they did or underwent: the clause says it. */
const PEOPLE = new Set(['people', 'person', 'individual']);

/**
 * Counts of people named by different nouns ("4,000 people" / "4,000 utility workers", "three
 * dockworkers" / "three port workers") are one measure only when their clauses say the same
 * happened to them ("remain in shelters" / "arrived to restore power": two counts). WordNet tells
 * a noun of people (a kind of "person"); without the lexicon only the generic nouns above.
 */
function otherPeople(page: Quantity, source: Quantity, words: WordSense): boolean {
  if (page.dimension !== 'count' || page.object.length === 0 || source.object.length === 0) return false;
  const [a, b] = [head(page), head(source)];
  if (a === b || !words.isPeople(a) || !words.isPeople(b)) return false;
  // "15 foreign nationals among the passengers" / "fifteen of the passengers": one names the other's set.
  if (
    best(page.object, source.context, words.related) >= CROSSED_MIN ||
    best(source.object, page.context, words.related) >= CROSSED_MIN
  )
    return false;
  const predicates = (q: Quantity) => q.context.filter((t) => !q.object.includes(t));
  const [pa, pb] = [predicates(page), predicates(source)];
  if (pa.length === 0 || pb.length === 0) return false;
  return best(pa, pb, words.related) < CONTEXT_RELATED_MIN;
}

/**
 * 0..1: how well the counted or measured things match: 1 for a shared term, the relatedness of
 * the nearest pair ("ship"/"vessel"), or an object named in the other's clause. 0.5 when a side
 * names none (money and durations often do not). Null when both name things that are unrelated.
 */
function objectScore(page: Quantity, source: Quantity, words: WordSense): number | null {
  const related = words.related;
  if (page.object.length === 0 || source.object.length === 0) {
    const named = page.object.length ? page.object : source.object;
    const other = page.object.length ? source : page;
    // "Net income slipped to $1.1 billion": the subject says what an amount without a noun measures.
    const holder = other.holder?.terms ?? [];
    if (named.length && holder.length && best(named, holder, related) >= OBJECT_RELATED_MIN) return 0.9;
    if (
      !named.length &&
      page.holder &&
      source.holder &&
      best(page.holder.terms, source.holder.terms, related) >= OBJECT_RELATED_MIN
    )
      return 0.75;
    return named.length && best(named, other.context, related) >= OBJECT_RELATED_MIN ? 0.75 : 0.5;
  }
  // Two kinds of one thing ("sheep" / "goats", "houses" / "apartments") are two counts, whatever
  // else the clauses share. Not people: news names one group by several nouns that WordNet keeps
  // apart ("15 foreign nationals" / "fifteen foreigners"), so "doctors" / "nurses" stay confusable.
  const people = words.isPeople(head(page)) && words.isPeople(head(source));
  if (!people && head(page) !== head(source) && words.areSiblings(head(page), head(source))) return null;
  const direct = best(page.object, source.object, related);
  if (direct >= OBJECT_RELATED_MIN) return direct;
  // A place always names what it ranks ("the ninth day"): two places rank one series only when
  // those nouns match, not through a word of the other's clause ("their first birthday appears" /
  // "the first wave of mobilization was announced").
  if (page.dimension === 'ordinal') return null;
  // "1.9 million people" / "1.9 million Georgians": two nouns of people (otherPeople has checked their clauses).
  if (page.dimension === 'count' && people) return LEXICAL_RELATED;
  const crossed = Math.max(best(page.object, source.context, related), best(source.object, page.context, related));
  return crossed >= CROSSED_MIN ? crossed * 0.8 : null;
}

function best(a: string[], b: string[], related: Relatedness): number {
  let top = 0;
  for (const x of a) {
    for (const y of b) {
      const r = x === y ? 1 : related(x, y);
      if (r > top) top = r;
      if (top === 1) return 1;
    }
  }
  return top;
}

/** Share of the shorter clause's terms that the other says too (exactly or nearly). 0.5 with a side empty. */
function overlapScore(a: string[], b: string[], related: Relatedness): number {
  if (a.length === 0 || b.length === 0) return 0.5;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let hits = 0;
  for (const t of short) if (best([t], long, related) >= CONTEXT_RELATED_MIN) hits++;
  return Math.min(1, (2 * hits) / short.length);
}

/**
 * How far a bound reaches when figures are compared: news writes "more than 160 vessels" for a
 * count a little over 160, not for 422 ("more than 10%" for 12% is within it), and "up to 12 days"
 * for a maximum near 12. A figure beyond this reach is a different figure, not one the bound allows.
 */
export const BOUND_REACH = 1.5;
/**
 * A bound on a round figure reaches far ("more than a million", "over 30 ports"); one on a precise
 * figure is a count that has reached it ("at least 1,240 people were killed" is the confirmed toll,
 * which 1,480 on the same day contradicts): the reach shrinks with the figure's written precision.
 */
// Tried 3, 5, 10 and none (always BOUND_REACH) on the development sets: suez-2021 the same, hand
// pairs 57.6% without, 57.8% with any of the three; 5 is the middle.
export const BOUND_PRECISION_REACH = 5;
function boundReach(value: number, step: number): number {
  if (!(step > 0) || !(value > 0)) return BOUND_REACH;
  return Math.min(BOUND_REACH, 1 + (BOUND_PRECISION_REACH * step) / value);
}

/**
 * The interval a figure allows: a range or bound as given, a hedge stretched by its precision. An
 * exact figure allows EXACT_TOLERANCE for a conversion's rounding; one compared in the unit it is
 * written in only half its last digit ("51.4 percent" and "50.9 percent" are two figures).
 */
function interval(v: QuantityValue, step: number, converted: boolean): [number, number] {
  const size = Math.max(Math.abs(v.low), v.high === UNBOUNDED ? 0 : Math.abs(v.high));
  if (v.bound === 'approximate') {
    const slack = Math.min(Math.max(step, size * EXACT_TOLERANCE), size * HEDGE_TOLERANCE);
    return [v.low - slack, v.high === UNBOUNDED ? UNBOUNDED : v.high + slack];
  }
  const slack = converted || !(step > 0) ? size * EXACT_TOLERANCE : Math.min(size * EXACT_TOLERANCE, step / 2);
  if (v.bound === 'at least') return [v.low - slack, v.low * boundReach(v.low, step)];
  if (v.bound === 'at most') return [v.high / boundReach(v.high, step), v.high + slack];
  return [v.low - slack, v.high + slack];
}

function relate(
  p: QuantityValue,
  s: QuantityValue,
  pStep: number,
  sStep: number,
  sameWritten: boolean,
): QuantityComparison['relation'] {
  // Figures written in different units ("18 km", "11 miles") are each rounded in their own unit:
  // their precisions are not a power of ten apart, and half the coarser one is rounding.
  const ratio = Math.max(pStep, sStep) / Math.max(Math.min(pStep, sStep), Number.MIN_VALUE);
  const converted = Math.abs(Math.log10(ratio) - Math.round(Math.log10(ratio))) > 0.01;
  const [pl, ph] = interval(p, pStep, converted || !sameWritten);
  const [sl, sh] = interval(s, sStep, converted || !sameWritten);
  const near = (x: number, y: number) => Math.abs(x - y) <= EXACT_TOLERANCE * Math.max(Math.abs(x), Math.abs(y));
  const rounding = converted ? Math.max(pStep, sStep) / 2 : 0;
  if (pl - rounding > sh || sl - rounding > ph) return 'different';
  // Two hedged figures do not stretch towards each other: "about 10%" and "about 12%" are two
  // estimates, not one. Either hedge may cover the other's figure, not both at once.
  if (p.bound === 'approximate' && s.bound === 'approximate') {
    const exact = (v: QuantityValue): [number, number] => [v.low, v.high === UNBOUNDED ? v.low : v.high];
    const [el, eh] = exact(s);
    const [fl, fh] = exact(p);
    const pCovers = pl - rounding <= eh && el - rounding <= ph;
    const sCovers = sl - rounding <= fh && fl - rounding <= sh;
    if (!pCovers && !sCovers) return 'different';
  }
  if (p.bound === s.bound && near(p.low, s.low) && near(p.high, s.high)) return 'equal';
  if (converted && p.bound === 'exact' && s.bound === 'exact' && !(p.low !== p.high && s.low !== s.high))
    return 'within';
  const isBound = (v: QuantityValue) => v.bound === 'at least' || v.bound === 'at most';
  if (isBound(p) || isBound(s)) return 'compatible-bound';
  const pRange = p.low !== p.high;
  const sRange = s.low !== s.high;
  if (p.bound === 'exact' && s.bound === 'exact') {
    // Two exact ranges ("aged 18 to 40", "aged 18-30") must agree at both ends.
    if (pRange && sRange) return 'different';
    return 'within';
  }
  return 'within';
}

/** Central value of a figure: a bound's end, a range's middle. */
export function central(v: Pick<QuantityValue, 'low' | 'high' | 'bound'>): number {
  if (v.high === UNBOUNDED) return v.low;
  if (v.bound === 'at most') return v.high;
  return (v.low + v.high) / 2;
}

function relativeDifference(p: QuantityValue, s: QuantityValue): number {
  // A figure inside the other's range ("about $20 billion" / "between $18 billion and $25
  // billion") is what the range allows: no gap.
  const inside = (v: QuantityValue, r: QuantityValue) =>
    r.low < r.high &&
    r.high !== UNBOUNDED &&
    (r.bound === 'exact' || r.bound === 'approximate') &&
    central(v) >= r.low &&
    central(v) <= r.high;
  if ((p.low === p.high && inside(p, s)) || (s.low === s.high && inside(s, p))) return 0;
  const [a, b] = [central(p), central(s)];
  const size = Math.max(Math.abs(a), Math.abs(b));
  return size === 0 ? 0 : Math.round((Math.abs(a - b) / size) * 1e4) / 1e4;
}
