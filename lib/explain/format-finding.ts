import type { Quantity, QuantityDimension, TimeOfDay } from '../types';
import type { SlotFinding } from '../match/compare-slots';
import { UNBOUNDED } from '../claims/quantity-bounds';
import { ENGLISH_PHRASES, isPhraseKey, type PhraseKey, type ReasonPhrases } from './reason-phrases';

/**
 * A typed finding (a date or a figure both statements give) in a reader's words: "same date: 2
 * January 2015", "aged 20–40 vs aged 18–30", "422 ships vs over 160 vessels", "same amount:
 * $9 billion a day". The one place findings become words (lib/explain/format-reasons.ts calls it),
 * in the language of `phrases` (lib/explain/reason-phrases.ts; English by default).
 */
export function formatFinding(f: SlotFinding, phrases: ReasonPhrases = ENGLISH_PHRASES): string {
  const t = phrases.text;
  if (f.pageDate && f.sourceDate) {
    if (f.ofTime && f.pageDate.time && f.sourceDate.time)
      return formatTimes(f.same, f.pageDate.time, f.sourceDate.time, phrases);
    if (f.weekday !== undefined) {
      const day = f.pageDate.weekday === null ? f.pageDate : f.sourceDate;
      // "2 May was a Monday", not "on 2 May was a Monday".
      return t('sameDay', {
        day: phrases.writtenDate(day.text.replace(/^on\s+/i, ''), day.iso),
        weekday: t(WEEKDAYS[f.weekday]!),
      });
    }
    return f.same
      ? t('sameDate', {
          date: phrases.date(f.pageDate.iso.length <= f.sourceDate.iso.length ? f.pageDate.iso : f.sourceDate.iso),
        })
      : t('differentDate', { page: phrases.date(f.pageDate.iso), source: phrases.date(f.sourceDate.iso) });
  }
  if (f.pageQuantity && f.sourceQuantity) {
    return f.same
      ? t(SAME[f.sourceQuantity.dimension], { value: describeQuantity(f.sourceQuantity, phrases) })
      : t('versus', {
          page: describeQuantity(f.pageQuantity, phrases),
          source: describeQuantity(f.sourceQuantity, phrases),
        });
  }
  return t('versus', { page: f.page, source: f.source });
}

/**
 * Two times of day as written, without the words that tie them to the sentence: "same time:
 * 10:45 p.m. / shortly before 11 p.m.", "different time: afternoon vs shortly before dawn".
 */
function formatTimes(same: boolean, page: TimeOfDay, source: TimeOfDay, phrases: ReasonPhrases): string {
  const [p, s] = [describeTime(page), describeTime(source)];
  if (same)
    return p.toLowerCase() === s.toLowerCase()
      ? phrases.text('sameTime', { time: p })
      : phrases.text('sameTimes', { page: p, source: s });
  return phrases.text('differentTime', { page: p, source: s });
}

/** A time of day for a reader: its words with spaces tidied and a leading "on the" or "in the" dropped. */
function describeTime(t: TimeOfDay): string {
  return t.text
    .replace(/\s+/g, ' ')
    .replace(/^(?:on|in|at|during)\s+the\s+/i, '')
    .trim();
}

const WEEKDAYS = [
  'weekday.sunday',
  'weekday.monday',
  'weekday.tuesday',
  'weekday.wednesday',
  'weekday.thursday',
  'weekday.friday',
  'weekday.saturday',
] as const;

/** "same amount: ...", "same number: ...": one template a dimension (an adjective agrees with its noun in German). */
const SAME: Record<QuantityDimension, PhraseKey> = {
  money: 'same.money',
  count: 'same.count',
  percent: 'same.percent',
  'percentage-points': 'same.percentagePoints',
  age: 'same.age',
  duration: 'same.duration',
  mass: 'same.mass',
  length: 'same.length',
  area: 'same.area',
  volume: 'same.volume',
  speed: 'same.speed',
  temperature: 'same.temperature',
  power: 'same.power',
  magnitude: 'same.magnitude',
  ordinal: 'same.ordinal',
};

/** A figure for a reader: its value in its own terms ("$9.6 billion a day", "about 400 ships", "3.5 days"). */
export function describeQuantity(q: Quantity, phrases: ReasonPhrases = ENGLISH_PHRASES): string {
  if (q.dimension === 'duration') return describeDuration(q, phrases);
  if (q.dimension === 'ordinal') return describeOrdinal(q, phrases);
  const { text: t, number: fmt } = phrases;
  // The hedge or bound is written before the figure and its currency sign ("over $9 billion").
  const upTo = q.low === 0 && q.high > 0 && q.low !== q.high;
  const hedge = (value: string) =>
    q.high === UNBOUNDED
      ? t('over', { value })
      : upTo
        ? t('upTo', { value })
        : q.bound === 'approximate'
          ? t('about', { value })
          : value;
  const value =
    q.high === UNBOUNDED
      ? fmt(q.low)
      : upTo
        ? fmt(q.high)
        : q.low === q.high
          ? fmt(q.low)
          : t('range', { low: fmt(q.low), high: fmt(q.high) });
  const per = (value: string) => (q.per ? t('rate', { value, per: perPhrase(q.per, phrases) }) : value);
  switch (q.dimension) {
    case 'money':
      return per(hedge(q.unit === 'USD' ? t('dollars', { value }) : t('money', { value, unit: q.unit })));
    case 'age':
      return t('age', { value: hedge(value) });
    case 'percent':
      return hedge(t('percent', { value }));
    case 'count': {
      // What is counted stays as the article writes it (in English), only made plural.
      const noun =
        q.object.length > 0
          ? plural(q.object[q.object.length - 1]!.replace(/_/g, ' '), q.low === 1 && q.high === 1)
          : '';
      return per(hedge(noun ? t('count', { value, noun }) : value));
    }
    default:
      return q.text.replace(/\s+/g, ' ');
  }
}

/** "a month", "per barrel": the rate words of lib/claims/quantity-context.ts are a closed set, each translated. */
function perPhrase(per: string, phrases: ReasonPhrases): string {
  const key = `per.${per}`;
  return isPhraseKey(key) ? phrases.text(key) : phrases.text('per.other', { unit: per });
}

/** A place in a series as news writes it: the word to the twentieth, then digits ("ninth day", "21st car", "fourth place"). */
function describeOrdinal(q: Quantity, phrases: ReasonPhrases): string {
  const written = q.object.join(' ').replace(/_/g, ' ');
  // The few nouns the engine names itself or news ranks most are translated; others stay the article's.
  const ranked = `ranked.${written}`;
  const noun = isPhraseKey(ranked) ? phrases.text(ranked) : written;
  const ordinal = phrases.ordinal(q.low);
  return noun ? phrases.text('ordinal', { ordinal, noun }) : ordinal;
}

/** A duration in the largest unit that holds it whole: "10 years", "3.5 days", "a week". */
function describeDuration(q: Quantity, phrases: ReasonPhrases): string {
  const units: Array<[DurationUnit, number]> = [
    ['year', 365.25],
    ['month', 365.25 / 12],
    ['week', 7],
    ['day', 1],
    ['hour', 1 / 24],
    ['minute', 1 / 1440],
  ];
  const { text: t } = phrases;
  const value = q.high === UNBOUNDED ? q.low : q.high;
  const [name, size] = units.find(
    ([, size]) => value >= size && Math.abs(value / size - Math.round((value / size) * 2) / 2) < 0.01,
  ) ?? ['day', 1];
  const inUnit = (x: number) => Math.round((x / size) * 10) / 10;
  const n = (x: number) => phrases.number(inUnit(x));
  const range =
    q.high === UNBOUNDED
      ? t('over', { value: n(q.low) })
      : q.bound === 'at most'
        ? t('upTo', { value: n(q.high) })
        : q.low === q.high || q.bound === 'approximate'
          ? n(q.high)
          : t('range', { low: n(q.low), high: n(q.high) });
  // The unit's form follows the figure beside it: "1 day", "over 1 year", "up to 1 week", "1–2 days".
  const count = q.high === UNBOUNDED ? inUnit(q.low) : inUnit(q.high);
  const written = phrases.counted(`unit.${name}`, count, { value: range });
  return q.bound === 'approximate' ? t('about', { value: written }) : written;
}

type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

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
