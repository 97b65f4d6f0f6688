import type { Quantity, TimeOfDay } from '../types';
import type { SlotFinding } from '../match/compare-slots';
import { UNBOUNDED } from '../claims/quantity-bounds';
import { formatIsoDate } from '../dates/compare-periods';

/**
 * A typed finding (a date or a figure both statements give) in a reader's words: "same date: 2
 * January 2015", "aged 20–40 vs aged 18–30", "422 ships vs over 160 vessels", "same amount:
 * $9 billion a day". The one place findings become words (lib/explain/format-reasons.ts calls it).
 */
export function formatFinding(f: SlotFinding): string {
  if (f.pageDate && f.sourceDate) {
    if (f.ofTime && f.pageDate.time && f.sourceDate.time)
      return formatTimes(f.same, f.pageDate.time, f.sourceDate.time);
    if (f.weekday !== undefined) {
      const day = f.pageDate.weekday === null ? f.pageDate : f.sourceDate;
      // "2 May was a Monday", not "on 2 May was a Monday".
      return `same day: ${day.text.replace(/^on\s+/i, '')} was a ${WEEKDAYS[f.weekday]}`;
    }
    return f.same
      ? `same date: ${formatIsoDate(f.pageDate.iso.length <= f.sourceDate.iso.length ? f.pageDate.iso : f.sourceDate.iso)}`
      : `different date: ${formatIsoDate(f.pageDate.iso)} vs ${formatIsoDate(f.sourceDate.iso)}`;
  }
  if (f.pageQuantity && f.sourceQuantity) {
    return f.same
      ? `same ${label(f.sourceQuantity)}: ${describeQuantity(f.sourceQuantity)}`
      : `${describeQuantity(f.pageQuantity)} vs ${describeQuantity(f.sourceQuantity)}`;
  }
  return `${f.page} vs ${f.source}`;
}

/**
 * Two times of day as written, without the words that tie them to the sentence: "same time:
 * 10:45 p.m. / shortly before 11 p.m.", "different time: afternoon vs shortly before dawn".
 */
function formatTimes(same: boolean, page: TimeOfDay, source: TimeOfDay): string {
  const [p, s] = [describeTime(page), describeTime(source)];
  if (same) return p.toLowerCase() === s.toLowerCase() ? `same time: ${p}` : `same time: ${p} / ${s}`;
  return `different time: ${p} vs ${s}`;
}

/** A time of day for a reader: its words with spaces tidied and a leading "on the" or "in the" dropped. */
function describeTime(t: TimeOfDay): string {
  return t.text
    .replace(/\s+/g, ' ')
    .replace(/^(?:on|in|at|during)\s+the\s+/i, '')
    .trim();
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function label(q: Quantity): string {
  return (
    (
      {
        money: 'amount',
        duration: 'duration',
        age: 'age range',
        count: 'number',
        percent: 'share',
        ordinal: 'place',
      } as Partial<Record<Quantity['dimension'], string>>
    )[q.dimension] ?? q.dimension.replace('-', ' ')
  );
}

/** A figure for a reader: its value in its own terms ("$9.6 billion a day", "about 400 ships", "3.5 days"). */
export function describeQuantity(q: Quantity): string {
  if (q.dimension === 'duration') return describeDuration(q);
  if (q.dimension === 'ordinal') return describeOrdinal(q);
  // The hedge or bound is written before the figure and its currency sign ("over $9 billion").
  const upTo = q.low === 0 && q.high > 0 && q.low !== q.high;
  const hedge = q.high === UNBOUNDED ? 'over ' : upTo ? 'up to ' : q.bound === 'approximate' ? 'about ' : '';
  const value =
    q.high === UNBOUNDED
      ? fmt(q.low)
      : upTo
        ? fmt(q.high)
        : q.low === q.high
          ? fmt(q.low)
          : `${fmt(q.low)}–${fmt(q.high)}`;
  const per = q.per ? ` a ${q.per}` : '';
  switch (q.dimension) {
    case 'money':
      return q.unit === 'USD' ? `${hedge}$${value}${per}` : `${hedge}${value} ${q.unit}${per}`;
    case 'age':
      return `aged ${hedge}${value}`;
    case 'percent':
      return `${hedge}${value}%`;
    case 'count': {
      const noun =
        q.object.length > 0
          ? plural(q.object[q.object.length - 1]!.replace(/_/g, ' '), q.low === 1 && q.high === 1)
          : '';
      return `${hedge}${value} ${noun}${per}`.trim();
    }
    default:
      return q.text.replace(/\s+/g, ' ');
  }
}

/** A place in a series as news writes it: the word to the twentieth, then digits ("ninth day", "21st car", "fourth place"). */
function describeOrdinal(q: Quantity): string {
  const noun = q.object.join(' ').replace(/_/g, ' ');
  return `${ordinal(q.low)} ${noun}`.trim();
}

const ORDINAL_WORDS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** 9 → "ninth", 21 → "21st", 112 → "112th". */
function ordinal(n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < ORDINAL_WORDS.length) return ORDINAL_WORDS[n]!;
  const teen = Math.abs(n) % 100 >= 11 && Math.abs(n) % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[Math.abs(n) % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** A duration in the largest unit that holds it whole: "10 years", "3.5 days", "a week". */
function describeDuration(q: Quantity): string {
  const units: Array<[string, number]> = [
    ['year', 365.25],
    ['month', 365.25 / 12],
    ['week', 7],
    ['day', 1],
    ['hour', 1 / 24],
    ['minute', 1 / 1440],
  ];
  const value = q.high === UNBOUNDED ? q.low : q.high;
  const [name, size] = units.find(
    ([, size]) => value >= size && Math.abs(value / size - Math.round((value / size) * 2) / 2) < 0.01,
  ) ?? ['day', 1];
  const n = (x: number) => fmt(Math.round((x / size) * 10) / 10);
  const range =
    q.high === UNBOUNDED
      ? `over ${n(q.low)}`
      : q.bound === 'at most'
        ? `up to ${n(q.high)}`
        : q.low === q.high || q.bound === 'approximate'
          ? n(q.high)
          : `${n(q.low)}–${n(q.high)}`;
  return `${q.bound === 'approximate' ? 'about ' : ''}${range} ${name}${range === '1' ? '' : 's'}`;
}

/** Irregular English plurals of nouns news counts (the lemma of a count's object is singular). */
const IRREGULAR: Record<string, string> = {
  man: 'men',
  woman: 'women',
  person: 'people',
  child: 'children',
  foot: 'feet',
  mouse: 'mice',
  tooth: 'teeth',
  goose: 'geese',
};

/** Nouns whose plural is the word itself ("people", "aircraft", "police", "staff"). */
const INVARIANT = new Set([
  'people',
  'police',
  'staff',
  'crew',
  'personnel',
  'aircraft',
  'spacecraft',
  'sheep',
  'fish',
  'deer',
  'cattle',
  'livestock',
  'data',
  'media',
  'series',
  'species',
  'news',
]);

/** A singular noun's plural by English spelling rules: "ship" -> "ships", "city" -> "cities", "bus" -> "buses". */
function plural(noun: string, one: boolean): string {
  if (one) return noun;
  const words = noun.split(' ');
  const last = words.pop()!;
  const p = INVARIANT.has(last)
    ? last
    : Object.hasOwn(IRREGULAR, last)
      ? IRREGULAR[last]!
      : /(?:s|x|z|ch|sh)$/.test(last)
        ? `${last}es`
        : /[^aeiou]y$/.test(last)
          ? `${last.slice(0, -1)}ies`
          : `${last}s`;
  return [...words, p].join(' ');
}

function fmt(n: number): string {
  // Large round figures as news writes them ("$9.6 billion", "2 million"), not "9,600,000,000".
  for (const [word, size] of [
    ['trillion', 1e12],
    ['billion', 1e9],
    ['million', 1e6],
  ] as const) {
    const scaled = n / size;
    if (Math.abs(n) >= size && Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-6)
      return `${scaled.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${word}`;
  }
  return n.toLocaleString('en-US');
}
