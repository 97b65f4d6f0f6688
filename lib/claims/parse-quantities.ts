import type { Quantity, QuantityDimension } from '../types';
import { NUMBER_PATTERN as N, parseNumber } from './parse-number';
import {
  CURRENCY_ADJECTIVE,
  CURRENCY_SYMBOL,
  CURRENCY_WORD,
  DAYS,
  DOLLAR_PREFIX,
  UNIT_PATTERN,
  toBase,
  unitOf,
} from './quantity-units';
import { UNBOUNDED } from './quantity-bounds';
import { canonicalTerm, isStopWord } from '../text/normalize-terms';
import { lemmaOf } from '../text/lemmatize';
import {
  clauseAround,
  contextTerms,
  nameBefore,
  namedObject,
  nounPhrase,
  objectAt,
  objectBefore,
  readBound,
  readChange,
  readRate,
  roleBefore,
  startsWithNoun,
  subjectOf,
} from './quantity-context';

export { UNBOUNDED };

/**
 * Finds the quantities a statement asserts, each with its dimension, its value in the base unit,
 * its bound, its rate, the thing it counts or measures and the terms of its clause: money
 * ("US$916 million", "$9.6bn", "4.4 billion Swiss francs"), percentages, ages, durations
 * ("three-and-a-half days", "for almost a week", "a six-day long effort"), measures (tonnes,
 * metres, miles, hectares, barrels, km/h, °C, magnitude), counts ("422 ships") and places in a
 * series ("the ninth day of protests", "ten meetings in a row": readOrdinals). A figure in
 * brackets after another in another unit ("5,000-kilometer (3,100-mile)") is kept as its
 * `equivalent`, not as a second figure. Spans already read as dates go in `skip`.
 *
 * Hand-written: no npm package reads units, hedges, rates and the counted noun together
 * (checked: compromise reads numbers and some units but not "the number of ships ... fell to
 * 292" or bounds; js-quantities converts units but does not find them in prose). Every pattern
 * is anchored at a number or bounded in length, so the time is linear in the text.
 */
interface Span {
  start: number;
  end: number;
}
interface Found extends Quantity {
  end: number;
  step: number;
}

const CURRENCY = String.raw`(?:(US|A|AU|C|CA|NZ|HK|S)?([$€£₽¥₹₩]))`;
/** Scale abbreviations after an amount: "$9.6bn", "$5m", and the wire and headline forms "$5 mln", "US$550 mil", "$2 bln". */
const SCALE_AFTER = /^\s?(mln|mil|mn|m|bln|bil|bn|b|tn|trn|k)(?![\w])/i;
const SCALE_VALUE: Record<string, number> = {
  mln: 1e6,
  mil: 1e6,
  mn: 1e6,
  m: 1e6,
  bln: 1e9,
  bil: 1e9,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  trn: 1e12,
  k: 1e3,
};
/** "a million customers", "a billion dollars": the article as the number one before a scale word. */
const A_SCALE = String.raw`a\s+(?:thousand|million|billion|trillion)\b`;
const NUMBER_AT = new RegExp(String.raw`(?<![\w.,\-–/:#])(?:${CURRENCY}\s?)?(${A_SCALE}|${N})`, 'gi');
const RANGE_AFTER = new RegExp(String.raw`^(\s*(?:-|–|—|to)\s*|\s+and\s+)${CURRENCY}?\s?(${N})`, 'i');
const PERCENT_AFTER = /^\s?(?:(%|per\s?cent\b|percent\b)|(percentage[-\s]points?\b|pp\b|ppts?\b))/i;
const CURRENCY_AFTER = new RegExp(
  String.raw`^\s+((?:[A-Za-z.]+\s+){0,2}?)(${Object.keys(CURRENCY_WORD).join('|')})\b`,
  'i',
);
const TIME_AFTER =
  /^(?:\s|-)(seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))\b/i;
const TIME_POINT_AFTER = /^\s+(?:ago|later|earlier|after|before|since|from\s+now|into|on|of\s+age)\b/i;
/**
 * "About 50 cars, including 10 carrying hazardous materials", "... 300 people, of whom 12 were
 * hurt": a count right after "including", "of whom/which/them", "among them" leaves its noun out;
 * it counts what the count before it in the sentence counts (its object is copied in finish).
 */
const ELIDED_AFTER = /(?:^|[,;(—–-]\s*|\s)(?:including|among\s+them|of\s+(?:whom|which|them))\s+$/i;
/** "of over 420", "of the four": the whole a part is taken of, a number next. */
const PART_OF = new RegExp(
  String.raw`^\s+of\s+(?:(?:over|more\s+than|about|around|nearly|almost|some|the|its|their|these|those|up\s+to|at\s+least|an\s+estimated)\s+)*(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b)`,
  'i',
);
const FOR_BEFORE =
  /\b(?:for|lasted|lasting|took|spent)\s+(?:(?:about|around|nearly|almost|some|roughly|just|more\s+than|less\s+than|over|under|at\s+least|up\s+to)\s+)*$/i;
const OLD_AFTER = /^(?:-|\s)old\b/i;
const LONG_AFTER = /^(?:-|\s)(?:long|wide|high|tall|deep|thick|across|in\s+length|in\s+diameter)\b/i;
const COMPOUND_AFTER = new RegExp(
  String.raw`^\s*(?:and|,)\s*(${N})\s*(seconds?|minutes?|hours?|days?|weeks?|months?)\b`,
  'i',
);
const UNIT_AFTER = new RegExp(String.raw`^(?:\s|-)?(${UNIT_PATTERN})(?![\w²³/])`, 'i');
const MAGNITUDE_BEFORE = /\bmagnitude(?:[-\s]|\s+of\s+)$/i;
const NOT_A_COUNT_NEXT =
  /^(?:a\.?m|p\.?m|am|pm|gmt|utc|bst|est|edt|pst|cet|local|o'clock|times|st|nd|rd|th|per|percent|points?)$/i;
const FRACTION = /\b(half|(?:a|one)[-\s]third|two[-\s]thirds|(?:a|one)[-\s]quarter|three[-\s]quarters)\s+of\b/gi;
const FRACTION_VALUE: Record<string, number> = { half: 50, third: 100 / 3, thirds: 200 / 3, quarter: 25, quarters: 75 };
const ONE_UNIT =
  /\b(?:for|within|in|over|after|lasted|lasting|last|lasts|took|take|takes|taking|nearly|almost|about|around|than|entire|whole|full|just|roughly)\s+(?:(?:nearly|almost|about|around|just|roughly|more\s+than|less\s+than|under|over)\s+)?(an?)\s+(second|minute|hour|day|week|fortnight|month|year|decade)\b(?!\s+(?:ago|later|earlier|before|after)\b)/gi;
const HALF_UNIT = /\bhalf\s+an?\s+(hour|day|minute|year|century)\b/gi;
/** No one is older: a larger figure after "age" or "people over" is no age. */
const MAX_AGE = 120;
const AGE_PATTERNS: RegExp[] = [
  new RegExp(
    String.raw`\b(?:aged|ages?|age\s+of)\s+(?:between\s+)?(${N})(?:(?:\s*(?:-|–|—|to)\s*|\s+and\s+)(${N}))?`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:between\s+)?(${N})-?(?:\s*(?:-|–|—|to)\s*|\s+and\s+)(${N})(?:\s+years?\s+old|-year-olds?)`,
    'gi',
  ),
];
/** "raises the retirement age from 62 to 64", "the voting age to 16", "the age at 18": an age the clause sets or changes. */
const AGE_SET = new RegExp(
  String.raw`\bages?\s+(?:limit\s+|threshold\s+)?(from|to|at|of|is|was|will\s+be)\s+(${N})(?:\s+(to)\s+(${N}))?\b(?!\s*(?:%|percent|per\s?cent|years?\s+(?:ago|later|earlier)))`,
  'gi',
);
/**
 * "children under 5", "people over 65", "adults older than 70": an age bound of the people a rule
 * is for (a bare number of at most three digits after a noun of people and a word of bound; not
 * "under 5 percent", not "over 1,000").
 */
const PEOPLE_AGE_BOUND =
  /\b(?:children|kids|babies|infants|toddlers|teenagers|teens|people|persons|adults|residents|citizens|men|women|students|pupils|workers|employees|drivers|voters|patients|seniors|pensioners|those|anyone|everyone)\s+((?:aged\s+)?(?:under|over|below|above|older\s+than|younger\s+than))\s+(\d{1,3})\b(?!\s*(?:%|percent|per\s?cent|[,.]\d|(?!years?\b)[a-z]+s\b))/gi;
/**
 * A vote's tally ("voted 7-4", "ruled 2-1", "split 50-50", "by a vote of 52 to 48"): the votes on
 * each side, read as two counts of votes, so "7-4" and "8-3" differ and "7-4" agrees with "7-4".
 * Only after a word of voting or ruling: "aged 18-30" and "$12-14 million" are ranges, "won 3-1"
 * counts goals or sets the text does not name.
 */
const TALLY =
  /\b(?:voted|votes?|ruled|ruling|split|decision|verdict|margin|tally)(?:\s+of)?\s+(?:by\s+(?:a\s+)?(?:vote|margin|tally)\s+of\s+)?(\d{1,3})\s*(?:-|–|—|\s+to\s+)(\d{1,3})\b(?!\s*(?:%|percent|years?|months?|days?))/gi;
const PERSONS_AGE =
  /\b(?:men|women|people|persons|foreigners|citizens|applicants|recruits|volunteers|nationals|migrants|students|adults|youths|conscripts|soldiers)\s+(?:between\s+)?(\d{2})(?:\s*(?:-|–|—|to)\s*|\s+and\s+)(\d{2})\b(?!\s*(?:%|percent|years?|months?|[a-z]+s\b))/gi;

export function parseQuantities(text: string, skip: Span[] = []): Quantity[] {
  const found: Found[] = [];
  const taken: Span[] = [...skip];
  const free = (start: number, end: number) => !taken.some((s) => start < s.end && end > s.start);
  const add = (
    q: Omit<Found, 'bound' | 'approximate' | 'per' | 'object' | 'context'> & { object?: string[] },
    hedgeAfter = '',
  ) => {
    if (!free(q.start, q.end)) return;
    taken.push({ start: q.start, end: q.end });
    const before = text.slice(Math.max(0, q.start - 40), q.start);
    // A place is exact: "moved up to third" is third, not at most third.
    const bounded =
      q.dimension === 'ordinal'
        ? { bound: 'exact' as const, low: q.low, high: q.high }
        : readBound(before, hedgeAfter || text.slice(q.end, q.end + 12), q.low, q.high);
    found.push({
      ...q,
      ...bounded,
      approximate: bounded.bound !== 'exact',
      per: '',
      object: q.object ?? [],
      context: [],
    });
  };

  // Ages first: "aged 18 to 40" is an age range, not a count of 18 and a duration.
  for (const re of AGE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const a = parseNumber(m[1]!);
      const b = m[2] ? parseNumber(m[2]) : a;
      if (a && b)
        add({
          dimension: 'age',
          low: Math.min(a[0], b[1]),
          high: Math.max(a[0], b[1]),
          unit: 'year',
          step: 1,
          start: m.index!,
          end: m.index! + m[0].length,
          text: m[0],
        });
    }
  }
  for (const m of text.matchAll(AGE_SET)) {
    // Each figure at its own place: "from 62" is the level the change starts from (roleBefore).
    const first = m.index! + m[0].indexOf(m[2]!, m[1]!.length + 4);
    const figures: Array<[string, number]> = [[m[2]!, first]];
    if (m[4]) figures.push([m[4], m.index! + m[0].lastIndexOf(m[4])]);
    for (const [raw, start] of figures) {
      const v = parseNumber(raw);
      if (v && v[1] <= MAX_AGE)
        add({
          dimension: 'age',
          low: v[0],
          high: v[1],
          unit: 'year',
          step: 1,
          start,
          end: start + raw.length,
          text: raw,
        });
    }
  }
  for (const m of text.matchAll(PEOPLE_AGE_BOUND)) {
    const value = Number(m[2]);
    const start = m.index! + m[0].length - m[2]!.length;
    // The bound word stands before the figure, where readBound looks for it.
    if (value <= MAX_AGE)
      add({
        dimension: 'age',
        low: value,
        high: value,
        unit: 'year',
        step: 1,
        start,
        end: start + m[2]!.length,
        text: m[2]!,
      });
  }
  for (const m of text.matchAll(TALLY)) {
    const firstAt = m.index! + m[0].lastIndexOf(m[1]!, m[0].length - m[2]!.length - 1);
    const secondAt = m.index! + m[0].length - m[2]!.length;
    for (const [raw, start] of [
      [m[1]!, firstAt],
      [m[2]!, secondAt],
    ] as const) {
      const v = Number(raw);
      add({
        dimension: 'count',
        low: v,
        high: v,
        unit: '',
        step: 1,
        start,
        end: start + raw.length,
        text: raw,
        object: [VOTE],
      });
    }
  }
  for (const m of text.matchAll(PERSONS_AGE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a >= 12 && b <= 99 && a < b)
      add({
        dimension: 'age',
        low: a,
        high: b,
        unit: 'year',
        step: 1,
        start: m.index!,
        end: m.index! + m[0].length,
        text: m[0],
      });
  }
  // "for almost a week", "within an hour": one unit of time (not "a week ago", not "$400 an hour").
  for (const m of text.matchAll(ONE_UNIT)) {
    const start = m.index! + m[0].length - m[1]!.length - 1 - m[2]!.length;
    // "for a second time", "for a second wave of ...": an ordinal before its noun, not one second.
    if (/^second$/i.test(m[2]!) && rankedNoun(text, m.index! + m[0].length).length > 0) continue;
    const days = DAYS[m[2]!.toLowerCase()]!;
    const end = m.index! + m[0].length;
    const more = compound(text, end);
    add({
      dimension: 'duration',
      low: days + more.days,
      high: days + more.days,
      unit: 'day',
      step: days,
      start,
      end: more.end,
      text: text.slice(start, more.end),
    });
  }
  for (const m of text.matchAll(HALF_UNIT)) {
    const days = DAYS[m[1]!.toLowerCase()]! / 2;
    add({
      dimension: 'duration',
      low: days,
      high: days,
      unit: 'day',
      step: days,
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
    });
  }
  // "half of voters", "two-thirds of the ships": a share.
  for (const m of text.matchAll(FRACTION)) {
    const key = m[1]!.toLowerCase().split(/[-\s]/).pop()!;
    const value = FRACTION_VALUE[key]!;
    const end = m.index! + m[0].length;
    add(
      {
        dimension: 'percent',
        low: value,
        high: value,
        unit: '%',
        step: 1,
        start: m.index!,
        end,
        text: m[0],
        object: nounPhrase(text, end),
      },
      '-odd',
    );
  }
  // Places in a series before counts: "ten meetings in a row" is the tenth, not ten meetings.
  readRuns(text, add);
  readOrdinals(text, add);
  for (const m of text.matchAll(NUMBER_AT)) readNumber(text, m, add);
  return finish(text, found);
}

type Add = (
  q: Omit<Found, 'bound' | 'approximate' | 'per' | 'object' | 'context'> & { object?: string[] },
  hedgeAfter?: string,
) => void;

/**
 * Ordinals: "the ninth day of protests", "its third straight quarterly loss", "for the second
 * week in a row", "the 17th car", "fourth in the league". A place in a series is a figure of its
 * own dimension ('ordinal'): "the tenth day" is not "ten days". Read only where English ranks a
 * thing of a series: after a determiner or possessive ("the", "its", "the bank's") with the noun
 * it ranks after it, or after a verb of standing ("are fourth", "finished second"). Left out: names
 * ("the Second Amendment", "Fifth Avenue": a capital), periods and kinds named by an ordinal ("the
 * 20th century", "the first half", "first-degree", "a third party"), idioms ("the first time", "at
 * first") and "a second modeler" (another one, not a place in a count).
 */
const ORDINAL_WORD: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORDINAL = String.raw`(?:(?:${Object.keys(TENS).join('|')})[-\s](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${Object.keys(
  ORDINAL_WORD,
)
  .sort((a, b) => b.length - a.length)
  .join('|')}|\d{1,4}(?:st|nd|rd|th))`;
const ORDINAL_AT = new RegExp(String.raw`(?<![\w\-–/])(${ORDINAL})(?![\w])`, 'gi');
/** A run of a series said as a count: "ten consecutive rate increases", "three straight days". */
const RUN_BEFORE_NOUN = new RegExp(
  String.raw`(?<![\w.,\-–/:#])(${N})\s+(?:consecutive|straight|successive)\s+(?=[a-z])`,
  'gi',
);
/** "ten meetings in a row": the count, a plural of at most three words, "in a row". */
const RUN_IN_A_ROW = new RegExp(
  String.raw`(?<![\w.,\-–/:#])(${N})\s+(?:[a-z'’-]+\s+){0,2}?[a-z'’-]+s\s+in\s+a\s+row\b`,
  'gi',
);
const RUN_MARKER = /^\s+(?:straight|consecutive|successive|running)\b/i;
const IN_A_ROW_AFTER = /^[^.;,]{0,40}?\b(?:in\s+a\s+row|running)\b/i;
/** A determiner or a possessive right before: "the ninth", "its eleventh", "the bank's tenth", "for a third". */
const DETERMINER_BEFORE = /(?:^|[\s(])(?:the|its|their|his|her|our|my|your|this|that|(an?)|[A-Za-z]+['’]s)\s+$/i;
/** A verb of standing right before a bare ordinal: "Riverside are fourth", "finished second", "slipped to third". */
const RANK_VERB_BEFORE =
  /\b(?:is|are|was|were|be|been|sit|sits|sat|lie|lies|lay|finished|finishes|finish|came|comes|come|ranked|ranks|rank|placed|stood|stands|stand|remain|remains|remained|(?:slipped|dropped|fell|rose|climbed|moved(?:\s+up)?)\s+to)\s+(?:now\s+|still\s+|joint\s+|only\s+)?$/i;
/** What follows a bare place: "fourth in the league", "second overall", "third." (not "second in command"). */
const RANK_AFTER = /^(?:\s*$|\s*[.,;:!?)]|\s+(?:in|on|overall|behind|after|with)\b(?!\s+(?:command|line)\b))/i;
const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/;
const MONTH_BEFORE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$/;
/**
 * Nouns an ordinal names a kind, a period, a name or an idiom with, not a place in a count: "the
 * 20th century", "the Second Amendment", "the 9th district", "first-degree", "the first lady",
 * "a third party", "second nature", "the fourth estate". General English.
 */
const NOT_A_SERIES = new Set(
  [
    'century',
    'millennium',
    'amendment',
    'avenue',
    'street',
    'district',
    'circuit',
    'precinct',
    'ward',
    'division',
    'degree',
    'person',
    'grade',
    'gear',
    'class',
    'lady',
    'aid',
    'responder',
    'cousin',
    'party',
    'hand',
    'nature',
    'thought',
    'glance',
    'sight',
    'instance',
    'estate',
    'world',
    'base',
    'language',
    'opinion',
    'wind',
    'fiddle',
    'string',
    'half',
    'priority',
    'quarter',
  ].map((w) => canonicalTerm(w)),
);
/** Periods named by an ordinal ("the second quarter", "the first half"): a place in a run only when said to be one ("the third straight quarter"). */
const PERIOD = new Set(['quarter', 'half'].map((w) => canonicalTerm(w)));
/** What "a second", "a third" rank as a place in a run ("for a third day", "a second term"); otherwise "a second X" is another X. */
const RUN_NOUN = new Set(
  [
    'day',
    'night',
    'week',
    'weekend',
    'month',
    'year',
    'season',
    'term',
    'round',
    'time',
    'session',
    'quarter',
    'game',
    'match',
    'race',
    'vote',
    'attempt',
  ].map((w) => canonicalTerm(w)),
);
/** "the first time": never before, not a place in a count. */
const FIRST_IDIOM = new Set(['time', 'step', 'sign', 'thing'].map((w) => canonicalTerm(w)));
const PLACE = canonicalTerm('place');
/** What a tally's two figures count. */
const VOTE = canonicalTerm('vote');

/** The place an ordinal says: "ninth" 9, "twenty-first" 21, "17th" 17. */
export function ordinalValue(raw: string): number | null {
  const word = raw.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  if (digits) return Number(digits[1]);
  if (Object.hasOwn(ORDINAL_WORD, word)) return ORDINAL_WORD[word]!;
  const [tens, unit] = word.split(/[-\s]/);
  return tens && unit && Object.hasOwn(TENS, tens) && Object.hasOwn(ORDINAL_WORD, unit)
    ? TENS[tens]! + ORDINAL_WORD[unit]!
    : null;
}

/** Units of time a series is counted in: stop words of the term lists, but the thing ranked here ("the ninth day"). */
const TIME_NOUN = /^(?:days?|nights?|weeks?|weekends?|months?|years?|quarters?|seasons?|sessions?|times?|decades?)$/;

/**
 * The noun an ordinal ranks, as canonical terms, head last: at most three words after it, up to a
 * function word, a name, a past form or a plural ("the 17th car caused": "car"; "their ninth
 * national day of protest": "national", "day"). A unit of time is the head ("the ninth day").
 */
function rankedNoun(text: string, from: number): string[] {
  const piece = text.slice(from, from + 60).split(/[.;:,()"“”?!]/)[0] ?? '';
  const out: string[] = [];
  for (const word of piece.match(/[A-Za-z][A-Za-z'’-]*/g)?.slice(0, 4) ?? []) {
    const lower = word.toLowerCase();
    if (out.length > 0 && /^[A-Z]/.test(word)) break;
    if (TIME_NOUN.test(lower)) {
      out.push(canonicalTerm(lower));
      break;
    }
    if (isStopWord(lower) || lower.length < 2 || (out.length > 0 && /ed$/.test(lower))) break;
    out.push(canonicalTerm(lower));
    if (out.length === 3 || (/[^s]s$/.test(lower) && lower.length > 3)) break;
  }
  return out;
}

/** Whether a word is a superlative an ordinal ranks by ("third-largest", "second biggest"). */
function isSuperlative(word: string): boolean {
  const w = word.toLowerCase();
  return w === 'best' || w === 'worst' || (w.length > 4 && w.endsWith('est') && lemmaOf(w) !== w);
}

/** Reads "N consecutive X" and "N Xs in a row" as the place of their last: ten in a row is the tenth. */
function readRuns(text: string, add: Add): void {
  for (const re of [RUN_BEFORE_NOUN, RUN_IN_A_ROW]) {
    for (const m of text.matchAll(re)) {
      const value = parseNumber(m[1]!);
      if (!value || value[0] !== value[1] || value[0] < 2 || !Number.isInteger(value[0]) || value[0] > 1000) continue;
      const start = m.index!;
      const nounAt = re === RUN_BEFORE_NOUN ? start + m[0].length : start + m[1]!.length;
      const object = rankedNoun(text, nounAt);
      if (object.length === 0 || object.some((t) => NOT_A_SERIES.has(t))) continue;
      const end = re === RUN_BEFORE_NOUN ? start + m[0].trimEnd().length : start + m[1]!.length;
      add({
        dimension: 'ordinal',
        low: value[0],
        high: value[0],
        unit: '',
        step: 1,
        start,
        end,
        text: text.slice(start, end),
        object,
      });
    }
  }
}

/** Reads each ordinal that ranks a thing of a series (see ORDINAL_AT above), with its object and series. */
function readOrdinals(text: string, add: Add): void {
  for (const m of text.matchAll(ORDINAL_AT)) {
    const reading = readOrdinal(text, m.index!, m[1]!);
    if (reading) add(reading);
  }
}

type Ordinal = Parameters<Add>[0];

function readOrdinal(text: string, start: number, raw: string): Ordinal | null {
  const value = ordinalValue(raw);
  if (value === null || value === 0) return null;
  const before = text.slice(Math.max(0, start - 40), start);
  // "Second Amendment", "Fifth Avenue", "the Third Reich": a name. At a sentence's start a capital
  // tells nothing, but a capitalised word after it does.
  const opens = /^\s*$|[.!?]["”’]?\s+$|["“(]\s*$/.test(before);
  if (/^[A-Z]/.test(raw) && !opens) return null;
  if (MONTH_BEFORE.test(before)) return null; // "June 5th": a date
  let pos = start + raw.length;
  const series: string[] = [];
  // "third-largest", "second biggest": a rank by a superlative; other hyphened words ("first-degree",
  // "second-quarter", "9th-district") name a kind.
  const superlative = /^(?:-|\s+)(?:(most|least)\s+)?([a-z]+)\b/i.exec(text.slice(pos, pos + 30));
  if (superlative && (superlative[1] || isSuperlative(superlative[2]!))) {
    series.push(canonicalTerm(superlative[2]!.toLowerCase()));
    pos += superlative[0].length;
  } else if (text[pos] === '-') return null;
  if (/^\s+[A-Z]/.test(text.slice(pos, pos + 3))) return null;
  const marker = RUN_MARKER.exec(text.slice(pos, pos + 20));
  if (marker) pos += marker[0].length;
  const run = Boolean(marker) || IN_A_ROW_AFTER.test(text.slice(pos, pos + 60));
  const determiner = DETERMINER_BEFORE.exec(before);
  const q = {
    dimension: 'ordinal' as const,
    low: value,
    high: value,
    unit: '',
    step: 1,
    start,
    end: marker ? pos : start + raw.length,
    text: text.slice(start, marker ? pos : start + raw.length),
  };
  if (!determiner) {
    // "Riverside are fourth in the league", "finished second": a place in a standing.
    if (series.length === 0 && !marker && RANK_VERB_BEFORE.test(before) && RANK_AFTER.test(text.slice(pos, pos + 20)))
      return { ...q, object: [PLACE] };
    // "finished in third place".
    if (!/\bin\s+$/i.test(before)) return null;
  }
  // "the first largely ...": an adverb, no noun ("quarterly", "daily" are adjectives of time: "its third quarterly loss").
  const adverb = /^\s+([a-z]+ly)\b/i.exec(text.slice(pos, pos + 20))?.[1]?.toLowerCase();
  if (adverb && !/^(?:hourly|daily|nightly|weekly|monthly|quarterly|yearly)$/.test(adverb)) return null;
  const object = rankedNoun(text, pos);
  const head = object[object.length - 1];
  if (!head || object.some((t) => NOT_A_SERIES.has(t) && !(run && PERIOD.has(t)))) return null;
  if (!determiner && head !== PLACE && head !== canonicalTerm('position')) return null;
  if (value === 1 && object.some((t) => FIRST_IDIOM.has(t))) return null;
  // "for a third day", "a second term": a place in a run; "a second modeler" is another one.
  if (determiner?.[1] && !run && !RUN_NOUN.has(head)) return null;
  const of = ofSeries(text, pos, object.length);
  // "the first week of June": a date, not a place in a count.
  if (of.month) return null;
  series.push(...of.terms);
  return { ...q, object, ...(series.length > 0 ? { series } : {}) };
}

/** The series after the ranked noun: "day of nationwide action" → "nationwide", "action"; a month named there is a date. */
function ofSeries(text: string, pos: number, words: number): { terms: string[]; month: boolean } {
  const re = new RegExp(
    String.raw`^\s*(?:[A-Za-z'’-]+\s+){${Math.max(0, words - 1)}}[A-Za-z'’-]+\s+of\s+(?:(?:the|its|their|this|a|an)\s+)?`,
    'i',
  );
  const m = re.exec(text.slice(pos, pos + 80));
  if (!m) return { terms: [], month: false };
  const next = /^[A-Za-z]+\.?/.exec(text.slice(pos + m[0].length))?.[0] ?? '';
  if (MONTH.test(next) || /^\d/.test(text.slice(pos + m[0].length))) return { terms: [], month: true };
  return { terms: nounPhrase(text, pos + m[0].length, false), month: false };
}

/** Reads one number and what follows it: currency, range, percent sign, unit, time unit or counted noun. */
function readNumber(text: string, m: RegExpMatchArray, add: Add): void {
  const start = m.index!;
  const raw = m[3]!;
  let end = start + m[0].length;
  // A word number inside a word ("ten" in "tender", "one" in "oneself").
  if (/[a-z]$/i.test(raw) && /^[a-z]/i.test(text.slice(end, end + 1))) return;
  const value = parseNumber(raw);
  if (!value) return;
  const symbol = m[2];
  let scale = 1;
  const scaleWord = symbol ? SCALE_AFTER.exec(text.slice(end, end + 5)) : null;
  if (scaleWord) {
    scale = SCALE_VALUE[scaleWord[1]!.toLowerCase()]!;
    end += scaleWord[0].length;
  }
  let [low, high] = [value[0] * scale, value[1] * scale];
  const written = hasScale(raw) || scale > 1;
  let step = stepOf(raw, scale);
  // A range: "30,000 to 40,000", "$12-14 million", "between 18 and 30" (not "from 160 to 422": a change).
  const range = RANGE_AFTER.exec(text.slice(end, end + 40));
  const before = text.slice(Math.max(0, start - 30), start);
  if (
    range &&
    (range[1]!.trim() !== 'and' || /\bbetween\s+$/i.test(before)) &&
    !(/\bfrom\s+(?:\S+\s+)?$/i.test(before) && /to/i.test(range[1]!))
  ) {
    const second = parseNumber(range[4]!);
    if (second) {
      let secondScale = 1;
      let rangeEnd = end + range[0].length;
      const secondWord = symbol || range[3] ? SCALE_AFTER.exec(text.slice(rangeEnd, rangeEnd + 5)) : null;
      if (secondWord) {
        secondScale = SCALE_VALUE[secondWord[1]!.toLowerCase()]!;
        rangeEnd += secondWord[0].length;
      }
      const hi = second[1] * secondScale;
      // "$12-14 million": the scale written once holds for both ends.
      const bare = parseNumber(range[4]!.replace(/\s*(?:thousand|million|billion|trillion|bn|k)$/i, ''));
      const factor = !written && bare && bare[1] > 0 && (hasScale(range[4]!) || secondScale > 1) ? hi / bare[1] : 1;
      if (low * factor <= hi) {
        low *= factor;
        step *= factor;
        high = hi;
        end = rangeEnd;
      }
    }
  }
  const after = text.slice(end, end + 60);
  const at = (
    dimension: QuantityDimension,
    unit: string,
    extra: number,
    q: { low?: number; high?: number; step?: number } = {},
  ) =>
    add({
      dimension,
      low: q.low ?? low,
      high: q.high ?? high,
      unit,
      step: q.step ?? step,
      start,
      end: end + extra,
      text: text.slice(start, end + extra),
    });

  if (symbol) {
    const prefix = m[1]?.toLowerCase();
    const currency = symbol === '$' && prefix ? (DOLLAR_PREFIX[prefix] ?? 'USD') : CURRENCY_SYMBOL[symbol]!;
    return at('money', currency, 0);
  }
  const percent = PERCENT_AFTER.exec(after);
  if (percent) return at(percent[2] ? 'percentage-points' : 'percent', percent[2] ? 'pt' : '%', percent[0].length);
  const money = CURRENCY_AFTER.exec(after);
  if (money && (money[1] === '' || /^(?:[a-z.]+\s+){1,2}$/i.test(money[1]!))) {
    const adjective = `${money[1]!}${money[2]!}`.toLowerCase().replace(/\s+/g, ' ').trim();
    const code =
      CURRENCY_ADJECTIVE[adjective] ?? (money[1] === '' ? CURRENCY_WORD[money[2]!.toLowerCase()] : undefined);
    // "pounds of explosives" is a weight; "30,000 pounds" in a price is money.
    if (code && !(money[2]!.toLowerCase().startsWith('pound') && /^\s+of\b/i.test(after.slice(money[0].length))))
      return at('money', code, money[0].length);
  }
  const time = TIME_AFTER.exec(after);
  if (time) {
    const word = time[1]!.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
    let extra = time[0].length;
    if (OLD_AFTER.test(after.slice(extra)))
      return at(
        'age',
        'year',
        extra + OLD_AFTER.exec(after.slice(extra))![0].length,
        word === 'year' ? {} : { low: (low * DAYS[word]!) / 365.25, high: (high * DAYS[word]!) / 365.25 },
      );
    // "five hours ago" is a point in time; "for about five hours before reaching a verdict" a duration.
    if (TIME_POINT_AFTER.test(after.slice(extra)) && !FOR_BEFORE.test(before)) return;
    const long = LONG_AFTER.exec(after.slice(extra));
    if (long) extra += long[0].length;
    const days = DAYS[word]!;
    const more = compound(text, end + extra);
    return at('duration', 'day', more.end - end, {
      low: low * days + more.days,
      high: high * days + more.days,
      step: step * days,
    });
  }
  const unitMatch = UNIT_AFTER.exec(after);
  const unit = unitMatch ? unitOf(unitMatch[1]!) : undefined;
  if (unitMatch && unit) {
    const written = unitMatch[1]!.toLowerCase();
    let extra = unitMatch[0].length;
    const rest = after.slice(extra);
    // Short forms ("m", "km", "kg") only after digits; "400m people" is 400 million, "400m-long" and "400m," metres.
    const short = written.length <= 3 && !written.includes('°');
    // "400m people" is 400 million; "the 366 m vessel", with a space, is a length.
    const million =
      written === 'm' &&
      !/^\s/.test(unitMatch[0]) &&
      /^\s+[a-z]/i.test(rest) &&
      !LONG_AFTER.test(rest) &&
      !/^\s+(?:away|from|below|above|of)\b/i.test(rest);
    if (million && /\d$/.test(raw)) {
      const end1 = end + extra;
      return add({
        dimension: 'count',
        low: low * 1e6,
        high: high * 1e6,
        unit: '',
        step: step * 1e6,
        start,
        end: end1,
        text: text.slice(start, end1),
        object: nounPhrase(text, end1),
      });
    }
    if (!(short && !/\d$/.test(raw)) && !million) {
      const long = LONG_AFTER.exec(rest);
      if (long) extra += long[0].length;
      return at(unit.dimension, unit.base, extra, {
        low: toBase(low, unit),
        high: toBase(high, unit),
        step: step * unit.factor,
      });
    }
  }
  if (MAGNITUDE_BEFORE.test(before)) return at('magnitude', 'magnitude', 0);
  // A year standing alone is a date (read by parseDates), not a count.
  if (/^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2100) return;
  const next = /^(?:-odd)?\s+(?:of\s+)?([a-z][a-z.']*)/i.exec(after)?.[1]?.replace(/[.,;:]$/, '') ?? '';
  if (next && NOT_A_COUNT_NEXT.test(next)) return;
  if (/^\d/.test(raw) && /^[A-Za-z]/.test(after)) return; // "737MAX", "5G"
  // "One of the three": a part of a set counted next; a lone "a", "one" is no figure.
  if (/^(?:a|an|one|single)$/i.test(raw) && !(/^one$/i.test(raw) && PART_OF.test(after))) return;
  // "113 of over 420 vessels": a part of a count named next (its object is copied in finish).
  if (PART_OF.test(after)) {
    return add({ dimension: 'count', low, high, unit: '', step, start, end, text: text.slice(start, end) });
  }
  // "including 10 carrying ...", "of whom 12 were hurt": the noun left out is the count's before.
  if (
    ELIDED_AFTER.test(text.slice(Math.max(0, start - 20), start)) &&
    (!startsWithNoun(text, end) || /^\s+[a-z]+(?:ing|ed)\b/.test(after))
  ) {
    return add({ dimension: 'count', low, high, unit: '', step, start, end, text: text.slice(start, end) });
  }
  if (startsWithNoun(text, end)) {
    const odd = /^-odd/i.exec(after);
    const to = end + (odd ? 4 : 0);
    return add({
      dimension: 'count',
      low,
      high,
      unit: '',
      step,
      start,
      end: to,
      text: text.slice(start, to),
      object: nounPhrase(text, to),
    });
  }
  // "the number of ships waiting ... had fallen to 292": the counted thing was named before.
  const [clauseStart] = clauseAround(text, start, end);
  const object = objectBefore(text, clauseStart, start);
  if (object.length > 0)
    add({ dimension: 'count', low, high, unit: '', step, start, end, text: text.slice(start, end), object });
}

/** "an hour and 16 minutes": the smaller unit after the first, in days, and where it ends. */
function compound(text: string, from: number): { days: number; end: number } {
  const m = COMPOUND_AFTER.exec(text.slice(from, from + 40));
  const value = m ? parseNumber(m[1]!) : null;
  if (!m || !value) return { days: 0, end: from };
  return { days: value[0] * DAYS[m[2]!.toLowerCase().replace(/s$/, '')]!, end: from + m[0].length };
}

function hasScale(raw: string): boolean {
  return /(?:thousand|million|billion|trillion|bn|k)$/i.test(raw.trim());
}

/**
 * The place of a figure's last non-zero digit, times its scale: "400" → 100, "425" → 1,
 * "9.6bn" → 0.1 billion, "three" → 1. How precisely the figure is given.
 */
function stepOf(raw: string, scale: number): number {
  const digits = /^(\d[\d,]*)(?:\.(\d+))?/.exec(raw.trim());
  const words = /(thousand|million|billion|trillion|bn|k)$/i.exec(raw.trim())?.[1]?.toLowerCase();
  const wordScale = words
    ? ({ thousand: 1e3, k: 1e3, million: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 } as Record<string, number>)[words]!
    : 1;
  if (!digits) return scale * wordScale;
  if (digits[2]) return 10 ** -digits[2].length * scale * wordScale;
  const whole = digits[1]!.replace(/,/g, '');
  const zeros = whole.length - whole.replace(/0+$/, '').length;
  return 10 ** Math.min(zeros, whole.length - 1) * scale * wordScale;
}

/** Bracketed equivalents merged, then each figure's rate, object and clause terms read. */
function finish(text: string, found: Found[]): Quantity[] {
  found.sort((a, b) => a.start - b.start);
  const kept: Found[] = [];
  for (const q of found) {
    const prev = kept[kept.length - 1];
    // "5,000-kilometer (3,100-mile)", "30,000 rubles ($500)": the same figure in another unit.
    if (
      prev &&
      /^\s*\(\s*(?:about|around|some|roughly|approximately|nearly|almost|or|~)?\s*$/i.test(
        text.slice(prev.end, q.start),
      ) &&
      /^\s*\)/.test(text.slice(q.end, q.end + 3)) &&
      prev.dimension === q.dimension
    ) {
      prev.equivalent = { unit: q.unit, low: q.low, high: q.high, text: q.text, step: q.step };
      prev.end = q.end + text.slice(q.end).indexOf(')') + 1;
      continue;
    }
    kept.push(q);
  }
  const out: Quantity[] = [];
  for (let i = 0; i < kept.length; i++) {
    const q = kept[i]!;
    const [clauseStart, clauseEnd] = clauseAround(text, q.start, q.end);
    const after = text.slice(q.end, Math.min(clauseEnd, q.end + 80));
    let object = q.object;
    // Measures and money: the noun they describe ("220,000-ton vessel", "$9.6bn of goods", "10% of world trade").
    if (object.length === 0 && q.dimension !== 'count' && q.dimension !== 'duration' && q.dimension !== 'age') {
      const described =
        q.dimension !== 'money' && q.dimension !== 'percent' && startsWithNoun(text, q.end) && !/^\s+of\b/i.test(after);
      // "The 200,000-ton Ever Given is ... a container ship": a name, and what the clause says it is.
      const named = described && /^[-\s]+[A-Z]/.test(text.slice(q.end, q.end + 3)) ? namedObject(text, q.end) : [];
      // "$1 billion in compensation" (a bare noun), not "$550 million in a televised interview".
      object =
        named.length > 0
          ? named
          : /^\s*(?:of|worth\s+of)\s|^\s*in\s+(?!(?:a|an|the|its|his|her|their|this|that)\b)[a-z]/i.test(after) ||
              described
            ? nounPhrase(text, q.end)
            : [];
    }
    // "Investigators put the spill at 210,000 litres": the thing valued before "at".
    if (object.length === 0) object = objectAt(text.slice(clauseStart, q.start));
    // "113 of over 420 vessels": the share counts what the second figure counts.
    const next = kept[i + 1];
    if (
      q.dimension === 'count' &&
      next &&
      next.dimension === 'count' &&
      /^\s+of\s+(?:[a-z]+\s+){0,2}$/i.test(text.slice(q.end, next.start))
    )
      object = next.object;
    // "About 50 cars, including 10 carrying ...": the count before, in the sentence, names the noun.
    const before = out[out.length - 1];
    if (
      object.length === 0 &&
      q.dimension === 'count' &&
      before?.dimension === 'count' &&
      ELIDED_AFTER.test(text.slice(Math.max(0, q.start - 20), q.start)) &&
      !/[.!?]/.test(text.slice(before.start, q.start))
    )
      object = before.object;
    const clauseBefore = text.slice(clauseStart, q.start);
    // A place in a series is given per nothing ("the second week in a row" is no weekly rate).
    let per = q.dimension === 'ordinal' ? '' : readRate(clauseBefore, text.slice(q.end, clauseEnd));
    // Another figure's counted thing describes that figure ("4,000 workers from 20 states"), not this one.
    const others = clauseNeighbours(kept, i, clauseStart, clauseEnd).flatMap((k) => k.object);
    const context = contextTerms(text.slice(clauseStart, clauseEnd), object).filter((t) => !others.includes(t));
    // "30,000 rubles a month, about $500": a figure standing alone in its clause restates the one before.
    const prev = out[out.length - 1];
    if (!per && q.dimension !== 'ordinal' && prev && prev.dimension === q.dimension && prev.per && context.length === 0)
      per = prev.per;
    const change =
      q.dimension === 'percent' ||
      q.dimension === 'money' ||
      q.dimension === 'count' ||
      q.dimension === 'percentage-points'
        ? readChange(clauseBefore, after)
        : undefined;
    const quantity: Quantity = {
      dimension: q.dimension,
      low: q.low,
      high: q.high,
      unit: q.unit,
      bound: q.bound,
      approximate: q.approximate,
      per,
      object,
      context,
      step: q.step,
      start: q.start,
      text: text.slice(q.start, q.end),
    };
    if (change) quantity.change = change;
    if (q.equivalent) quantity.equivalent = q.equivalent;
    if (q.series) quantity.series = q.series;
    // Whose figure: a name right before a share or an amount, else the subject of the clause.
    const holder =
      q.dimension === 'ordinal'
        ? placeHolder(text, clauseStart, q.start)
        : ((q.dimension !== 'count' ? nameBefore(text, clauseStart, q.start) : null) ??
          subjectOf(text, clauseStart, q.start));
    if (holder) quantity.holder = holder;
    const role = roleBefore(clauseBefore, text.slice(clauseStart, clauseEnd));
    if (role) quantity.role = role;
    // "two of the four survivors": a part of the set the next figure counts ("113 of over 420
    // vessels" counts a part too, but of a set it reports rather than presupposes: left as a count).
    if (
      (q.dimension === 'count' || q.dimension === 'percent') &&
      next &&
      /^\s+of\s+(?:the|its|their|these|those)\s+$/i.test(text.slice(q.end, next.start))
    ) {
      quantity.role = 'part';
      quantity.partOf = [next.low, next.high];
    }
    out.push(quantity);
  }
  // "slipped to $1.1 billion from $1.3 billion": beside the level a change started from, the
  // figure after "to" is the level it reached.
  out.forEach((q, i) => {
    if (q.role !== 'earlier') return;
    const [clauseStart, clauseEnd] = clauseAround(text, q.start, q.start + q.text.length);
    for (const other of clauseNeighbours(out, i, clauseStart, clauseEnd)) {
      if (
        !other.role &&
        /\bto\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?$/i.test(text.slice(clauseStart, other.start))
      )
        other.role = 'later';
    }
  });
  return out;
}

/**
 * What a place is said of: the subject of a copula or a verb of standing ("Varga is Riverside's
 * fourth signing", "Thursday was the ninth day", "Riverside are fourth"): the thing that holds the
 * place, so two things in two places ("Okafor became the fifth") are not one figure. Not the subject
 * of another verb ("Unions held their ninth day of protest": the unions hold no place), and not the
 * owner before it ("Riverside's fourth": the series, said by both).
 */
function placeHolder(text: string, clauseStart: number, start: number): Quantity['holder'] | null {
  const before = text.slice(clauseStart, start);
  if (
    !/\b(?:is|are|was|were|became|becomes|become|remains|remained|sit|sits|sat|finished|came|ranked|ranks|stood|stands)\s+(?:now\s+|still\s+|officially\s+)?(?:(?:the|its|their|his|her|an?|[A-Za-z]+['’]s)\s+)?$/i.test(
      before,
    )
  )
    return null;
  return subjectOf(text, clauseStart, start) ?? leadingSubject(before);
}

/** "Riverside sit": a subject of one to three words before a verb the lemmatizer does not mark. */
function leadingSubject(before: string): Quantity['holder'] | null {
  const m =
    /^\s*((?:[A-Za-z][\w'’-]*\s+){1,3}?)(?:sit|sits|sat|finished|came|ranked|ranks|stood|stands|remains|remained)\b/i.exec(
      before,
    );
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  const bare = !/^(?:the|a|an|its|their|his|her|this|that)$/i.test(words[0]!);
  const terms = words
    .filter((w) => !/^(?:the|a|an|its|their|his|her|this|that)$/i.test(w))
    .map((w) => canonicalTerm(w.toLowerCase()));
  return terms.length > 0 ? { terms, bare } : null;
}

/** The other figures of a clause: neighbours of figure i in `sorted` (by start) within [start, end). */
function clauseNeighbours<T extends { start: number }>(sorted: T[], i: number, start: number, end: number): T[] {
  const out: T[] = [];
  for (let j = i - 1; j >= 0 && sorted[j]!.start >= start; j--) out.push(sorted[j]!);
  for (let j = i + 1; j < sorted.length && sorted[j]!.start < end; j++) out.push(sorted[j]!);
  return out;
}
