import { formatIsoDate } from '../dates/compare-periods';
import { formatNumber, type ScaleWord } from './format-number';

/** Named values of a template: `{date}` in "same date: {date}" is `{ date: '2 January 2015' }`. */
export type PhraseValues = Readonly<Record<string, string>>;

/**
 * The words of the line saying why a match was made, in one language: templates with named values
 * (their keys are the `why` section of locales/<lang>.yml), words whose form follows a count, and
 * how the language writes dates, numbers and places in a series. The engine writes its English
 * (ENGLISH_PHRASES); the extension builds one from the reader's messages
 * (utils/background/create-reason-phrases.ts). Words quoted from the articles are never translated.
 */
export interface ReasonPhrases {
  /** A template filled with its values ("same date: {date}" → "same date: 2 January 2015"). */
  text(key: PhraseKey, values?: PhraseValues): string;
  /** A template of two forms, the first for a count of 1 ("{value} day" / "{value} days"), filled. */
  counted(key: CountedKey, count: number, values: PhraseValues): string;
  /** An engine date ("2015", "2015-01", "2015-01-02") for a reader: "2 January 2015". */
  date(iso: string): string;
  /** A number for a reader, large round ones with a scale word: "9.6 billion", "9,600". */
  number(n: number): string;
  /** A place in a series: "ninth", "21st" (German "9.", "21."). */
  ordinal(n: number): string;
  /**
   * A date the article writes ("Feb. 3", as the page has it), for "same day: {day} was a Friday":
   * English keeps the article's words; another language writes the date itself (`iso`), since
   * the article's English words would stand in a sentence of that language.
   */
  writtenDate(text: string, iso: string): string;
}

/**
 * English, the one source of its words: tests/unit/reason-phrases.test.ts checks that the `why`
 * section of locales/en.yml holds exactly these templates, so the reader's English messages and
 * the engine's own output (the CLI, the eval scripts) cannot drift apart. Keys with a dot are
 * nested in the YAML file (`same.money` is `why: same: money:`).
 */
export const ENGLISH_TEMPLATES = {
  // Findings: a date or a figure both statements give (lib/explain/format-finding.ts).
  sameDate: 'same date: {date}',
  differentDate: 'different date: {page} vs {source}',
  sameDay: 'same day: {day} was a {weekday}',
  sameTime: 'same time: {time}',
  sameTimes: 'same time: {page} / {source}',
  differentTime: 'different time: {page} vs {source}',
  versus: '{page} vs {source}',
  'same.money': 'same amount: {value}',
  'same.count': 'same number: {value}',
  'same.percent': 'same share: {value}',
  'same.percentagePoints': 'same percentage points: {value}',
  'same.age': 'same age range: {value}',
  'same.duration': 'same duration: {value}',
  'same.mass': 'same mass: {value}',
  'same.length': 'same length: {value}',
  'same.area': 'same area: {value}',
  'same.volume': 'same volume: {value}',
  'same.speed': 'same speed: {value}',
  'same.temperature': 'same temperature: {value}',
  'same.power': 'same power: {value}',
  'same.magnitude': 'same magnitude: {value}',
  'same.ordinal': 'same place: {value}',
  // A figure: its hedge or bound, range, currency, rate, what is counted.
  over: 'over {value}',
  upTo: 'up to {value}',
  about: 'about {value}',
  range: '{low}–{high}',
  dollars: '${value}',
  money: '{value} {unit}',
  percent: '{value}%',
  age: 'aged {value}',
  count: '{value} {noun}',
  ordinal: '{ordinal} {noun}',
  rate: '{value} {per}',
  // The period or unit a rate is given per (lib/claims/quantity-context.ts reads this closed set).
  'per.year': 'a year',
  'per.quarter': 'a quarter',
  'per.month': 'a month',
  'per.week': 'a week',
  'per.day': 'a day',
  'per.night': 'a night',
  'per.hour': 'an hour',
  'per.minute': 'a minute',
  'per.second': 'a second',
  'per.barrel': 'a barrel',
  'per.gallon': 'a gallon',
  'per.litre': 'a litre',
  'per.share': 'a share',
  'per.ounce': 'an ounce',
  'per.tonne': 'a tonne',
  'per.kilo': 'a kilo',
  'per.person': 'a person',
  'per.head': 'a head',
  'per.capita': 'per capita',
  'per.passenger': 'a passenger',
  'per.vehicle': 'a vehicle',
  'per.household': 'a household',
  'per.vote': 'a vote',
  'per.other': 'a {unit}',
  // Nouns an ordinal ranks that the engine itself names ("Riverside are fourth": place) or news
  // ranks most; any other stays as the article writes it.
  'ranked.place': 'place',
  'ranked.day': 'day',
  'ranked.week': 'week',
  'ranked.month': 'month',
  'ranked.year': 'year',
  'ranked.quarter': 'quarter',
  'ranked.round': 'round',
  'weekday.sunday': 'Sunday',
  'weekday.monday': 'Monday',
  'weekday.tuesday': 'Tuesday',
  'weekday.wednesday': 'Wednesday',
  'weekday.thursday': 'Thursday',
  'weekday.friday': 'Friday',
  'weekday.saturday': 'Saturday',
  // Reasons (lib/explain/format-reasons.ts).
  join: '{list}; {item}',
  words: '{list}, {item}',
  quote: "'{text}'",
  withYears: '{text} (page {pageYear}, source {sourceYear})',
  possibleUpdate: '{page} (page, {pageYear}) vs {source} ({outlet}, {sourceYear}): possibly an update',
  differentEvents: 'different events',
  differentEventsOf: 'different events: {what}',
  negatedOnPage: 'negated: {cue} on the page, affirmed in the source',
  negatedInSource: 'negated: {cue} in the source, affirmed on the page',
  opposite: 'opposite: {page} vs {source}',
  onlyOnPage: 'exclusive claim: {only} vs {more}',
  onlyInSource: '{more} vs exclusive claim: {only}',
  'scope.exclusive': 'exclusive claim: {page} vs {source}',
  'scope.universal': 'universal claim: {page} vs {source}',
  opposedYearsApart: '{reason}, but written years apart',
  mixedValues: '{agreements}, but {differences}',
  sameWording: 'same claim in other words: {words}',
  sameTopic: 'same topic: {words}',
  differentDetail: 'similar wording, but {page} vs {source}',
  oneSideNegated: 'similar wording, but one side is negated ({cue})',
  figuresUncompared: 'similar claim, but the figures cannot be compared: {pairs}',
  writtenApart: 'similar claim written years apart: may be a different event',
  writtenApartYears:
    'similar claim written years apart (page {pageYear}, source {sourceYear}): may be a different event',
  actMonthsApart: 'similar act reported {months} months apart: may be a different one',
  sourceNotAboutClaim: 'same words ({words}), but the source as a whole is not about this claim',
  // Why two statements report different events (lib/events/compare-event-frames.ts).
  sameActOtherDate: '{act} on {page} and on {source}, two acts',
  otherAct: '{pageAct} on {pageDate}, {sourceAct} on {sourceDate}',
  otherSubjectOnPage: 'about {names}, which the source never names',
  otherSubjectInSource: 'about {names}, which the page never names',
  otherDocumentEvent: 'the articles report different events',
} as const;

/** Templates whose form follows a count: [for 1, for any other] (`1:` and `n:` in the YAML). */
export const ENGLISH_COUNTED = {
  'unit.year': ['{value} year', '{value} years'],
  'unit.month': ['{value} month', '{value} months'],
  'unit.week': ['{value} week', '{value} weeks'],
  'unit.day': ['{value} day', '{value} days'],
  'unit.hour': ['{value} hour', '{value} hours'],
  'unit.minute': ['{value} minute', '{value} minutes'],
  // Scale words of large round figures: German counts them ("1 Million", "2 Millionen").
  'scale.trillion': ['{value} trillion', '{value} trillion'],
  'scale.billion': ['{value} billion', '{value} billion'],
  'scale.million': ['{value} million', '{value} million'],
} as const satisfies Record<string, readonly [string, string]>;

export type PhraseKey = keyof typeof ENGLISH_TEMPLATES;
export type CountedKey = keyof typeof ENGLISH_COUNTED;

/** Whether a key names a template ("per.barrel" does; "per.fortnight" is no rate the engine reads). */
export function isPhraseKey(key: string): key is PhraseKey {
  return Object.hasOwn(ENGLISH_TEMPLATES, key);
}

/** Each `{name}` of a template replaced by its value, in one pass (a value's own braces stay), as @wxt-dev/i18n does. */
export function fillTemplate(template: string, values: PhraseValues = {}): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name]! : whole,
  );
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

/** A place in a series as English news writes it: the word to the twentieth, then digits (9 → "ninth", 21 → "21st", 112 → "112th"). */
export function englishOrdinal(n: number): string {
  if (Number.isInteger(n) && n >= 0 && n < ORDINAL_WORDS.length) return ORDINAL_WORDS[n]!;
  const teen = Math.abs(n) % 100 >= 11 && Math.abs(n) % 100 <= 13;
  const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[Math.abs(n) % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** The `scale` templates as formatNumber asks for them. */
export function scaleWordOf(counted: ReasonPhrases['counted']): ScaleWord {
  return (word, count, value) => counted(`scale.${word}`, count, { value });
}

const counted = (key: CountedKey, count: number, values: PhraseValues) =>
  fillTemplate(ENGLISH_COUNTED[key][count === 1 ? 0 : 1], values);

/** The engine's English: what the CLI, the eval scripts and the tests read, and the extension's default. */
export const ENGLISH_PHRASES: ReasonPhrases = {
  text: (key, values) => fillTemplate(ENGLISH_TEMPLATES[key], values),
  counted,
  date: formatIsoDate,
  number: (n) => formatNumber(n, 'en-US', scaleWordOf(counted)),
  ordinal: englishOrdinal,
  writtenDate: (text) => text,
};
