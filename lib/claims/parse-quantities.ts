import type { Quantity, QuantityKind } from '../types';
import { NUMBER_PATTERN as N, parseNumber } from './parse-number';
import { canonicalTerm, tokenizeWords } from '../text/normalize-terms';

/**
 * Finds the quantities a statement asserts: money (with currency), ages and age ranges,
 * durations, percentages and counts of things (with the counted noun as unit).
 * Spans already read as dates should be passed in `skip` so "January 2" is not a count of 2.
 * Hand-written: no npm package reads ranges, hedges and currencies together (checked:
 * words-to-numbers only reads number words).
 */
const HEDGE = /\b(?:about|around|roughly|approximately|nearly|almost|some|up\s+to|more\s+than|over|at\s+least|less\s+than|under|an\s+estimated|estimated|close\s+to)\s+$/i;
/** Upper end of "more than X" (JSON-safe, unlike Infinity). */
export const UNBOUNDED = Number.MAX_VALUE;
const BOUND = /\b(up\s+to|as\s+many\s+as|no\s+more\s+than|at\s+most|less\s+than|fewer\s+than|under|more\s+than|over|at\s+least|upwards\s+of)\s+(?:US)?[$€£₽]?$/i;
const AT_MOST = new Set(['up to', 'as many as', 'no more than', 'at most', 'less than', 'fewer than', 'under']);
const AT_LEAST = new Set(['more than', 'over', 'at least', 'upwards of']);
/** Nouns for people: "foreigners 18-30", "men between 18 and 30" give an age range. */
const PERSONS = String.raw`(?:men|women|people|persons|foreigners|citizens|applicants|recruits|volunteers|nationals|migrants|students|adults|youths|conscripts|soldiers)`;
const CURRENCY_SYMBOL: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '₽': 'RUB' };
const CURRENCY_WORD: Array<[RegExp, string]> = [
  [/^(?:rubles?|roubles?)$/i, 'RUB'], [/^(?:dollars?|usd)$/i, 'USD'], [/^(?:euros?|eur)$/i, 'EUR'],
  [/^(?:pounds?|gbp)$/i, 'GBP'], [/^(?:hryvnias?|hryvnia)$/i, 'UAH'],
];
const TIME_UNIT = /^(year|month|week|day|hour|decade)s?$/i;
const RANGE = String.raw`(?:\s*(?:-|–|—|to)\s*|\s+and\s+)`;
const NOT_A_COUNT_NEXT = /^(?:years?|months?|weeks?|days?|hours?|decades?|percent|per|a\.m\.|p\.m\.|am|pm|%|times)$/i;

interface Span { start: number; end: number }

export function parseQuantities(text: string, skip: Span[] = []): Quantity[] {
  const found: Quantity[] = [];
  const taken: Span[] = [...skip];
  const free = (start: number, end: number) => !taken.some((s) => start < s.end && end > s.start);
  const add = (kind: QuantityKind, m: RegExpMatchArray, low: number, high: number, unit: string, hedged = false) => {
    const start = m.index!;
    const end = start + m[0].length;
    if (!free(start, end)) return;
    taken.push({ start, end });
    const before = text.slice(Math.max(0, start - 25), start);
    // "up to 40,000" is any number to 40,000; "more than 100" any number from 100.
    const bound = BOUND.exec(before)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    const atMost = bound !== undefined && AT_MOST.has(bound);
    const atLeast = bound !== undefined && AT_LEAST.has(bound);
    found.push({
      kind, low: atMost ? 0 : Math.min(low, high), high: atLeast ? UNBOUNDED : Math.max(low, high), unit,
      approximate: hedged || HEDGE.test(before) || /-odd\b/.test(m[0]),
      per: rateOf(text, start, end, kind === 'money'), text: m[0], start,
    });
  };
  const re = (source: string) => new RegExp(source, 'gi');

  // Money: "$500", "US$2 million", "30,000 rubles", "€1.5bn".
  for (const m of text.matchAll(re(String.raw`(?:US)?([$€£₽])\s?(${N})`))) {
    const value = parseNumber(m[2]!);
    if (value) add('money', m, value[0], value[1], CURRENCY_SYMBOL[m[1]!]!);
  }
  for (const m of text.matchAll(re(String.raw`\b(${N})\s+(rubles?|roubles?|dollars?|euros?|pounds?|hryvnias?)\b`))) {
    const value = parseNumber(m[1]!);
    const currency = CURRENCY_WORD.find(([w]) => w.test(m[2]!))?.[1];
    if (value && currency) add('money', m, value[0], value[1], currency);
  }
  // Ages: "aged 18-30", "aged between 18 and 30", "18- to 30-year-olds", "between 18 and 35 years old".
  for (const m of text.matchAll(re(String.raw`\b(?:aged|ages?|age\s+of)\s+(?:between\s+)?(${N})(?:${RANGE}(${N}))?`))) {
    const a = parseNumber(m[1]!);
    const b = m[2] ? parseNumber(m[2]) : a;
    if (a && b) add('age', m, a[0], b[1], 'year');
  }
  for (const m of text.matchAll(re(String.raw`\b${PERSONS}\s+(?:between\s+)?(\d{2})${RANGE}(\d{2})\b(?!\s*(?:%|percent|years?|months?|[a-z]+s\b))`))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a >= 12 && b <= 99 && a < b) add('age', m, a, b, 'year');
  }
  for (const m of text.matchAll(re(String.raw`\b(?:between\s+)?(${N})-?${RANGE}(${N})(?:\s+years?\s+old|-year-olds?)`))) {
    const a = parseNumber(m[1]!);
    const b = parseNumber(m[2]!);
    if (a && b) add('age', m, a[0], b[1], 'year');
  }
  // Percentages.
  for (const m of text.matchAll(re(String.raw`\b(${N})\s*(?:%|percent\b|per\s+cent\b)`))) {
    const value = parseNumber(m[1]!);
    if (value) add('percent', m, value[0], value[1], '%');
  }
  // Durations: "five-year contracts", "a one-year term", "three to four months" (not "five years ago").
  for (const m of text.matchAll(re(String.raw`\b(${N}|a|an)(?:${RANGE}(${N}))?[-\s](years?|months?|weeks?|days?|hours?|decades?)\b(?!\s+(?:ago|old|after|before|later|earlier)\b)(?:-long)?`))) {
    const a = parseNumber(m[1]!);
    const b = m[2] ? parseNumber(m[2]) : a;
    const unit = TIME_UNIT.exec(m[3]!)?.[1]?.toLowerCase();
    // "a month" after a price or count is a rate, read by rateOf, not a duration.
    if (/^an?$/i.test(m[1]!) && !/-/.test(m[0])) continue;
    if (a && b && unit) add('duration', m, a[0], b[1], `${unit}${nounAfter(text, m.index! + m[0].length)}`);
  }
  // "for a year", "for one month": a duration of one unit.
  for (const m of text.matchAll(re(String.raw`\bfor\s+(?:a|an|one)\s+(year|month|week|day|decade)\b`))) {
    add('duration', m, 1, 1, `${m[1]!.toLowerCase()}${nounAfter(text, m.index! + m[0].length)}`);
  }
  // Counts: "160,000 men", "some 100,000 migrants", "300,000-odd troops", "tens of thousands of Central Asians".
  for (const m of text.matchAll(re(String.raw`\b(${N})(?:-odd)?(?:${RANGE}(${N}))?(?:\s+of)?(?=\s+[A-Za-z])`))) {
    const raw = m[1]!;
    if (/^(?:a|an|one|single)$/i.test(raw)) continue;
    if (/^\d{4}$/.test(raw) && Number(raw) >= 1800 && Number(raw) <= 2100) continue; // a year, read as a date
    const next = text.slice(m.index! + m[0].length).trim().split(/\s+/)[0] ?? '';
    if (NOT_A_COUNT_NEXT.test(next.replace(/[.,;:]$/, ''))) continue;
    const a = parseNumber(raw);
    const b = m[2] ? parseNumber(m[2]) : a;
    const unit = nounAfter(text, m.index! + m[0].length);
    if (a && b && unit) add('count', m, a[0], b[1], unit.slice(1));
  }
  return found.sort((x, y) => x.start - y.start);
}

/** Up to three content words after a number, lemmatized: the thing it counts (":contract", ":central:asian"). */
function nounAfter(text: string, from: number): string {
  const words = tokenizeWords(text.slice(from, from + 60).split(/[.;:,()]/)[0] ?? '');
  const out: string[] = [];
  for (const word of words.slice(0, 3)) {
    if (/^(?:of|the|a|an|new|more|than|who|that|which|were|are|was|is|in|on|at|to|and|or|each|per|every|ago|with|for|from|by|into|as|do|did|have|had|has)$/.test(word)) {
      if (out.length) break;
      continue;
    }
    out.push(canonicalTerm(word));
  }
  return out.map((w) => `:${w}`).join('');
}

/** "a month", "per year", "each year", "monthly": the period a figure is given for. */
function rateOf(text: string, start: number, end: number, wholeSentence: boolean): string {
  // A price's period may stand anywhere in its sentence ("30,000 rubles a month, about $500").
  const scope = wholeSentence ? text.slice(start) + ' ' + text.slice(0, start) : text.slice(end);
  const after = new RegExp(String.raw`${wholeSentence ? '' : '^[^.;]{0,30}?'}\b(?:a|an|per|each|every)\s+(year|month|week|day|hour)\b`, 'i').exec(scope);
  if (after) return after[1]!.toLowerCase();
  const adverb = /\b(annual|yearly|monthly|weekly|daily|hourly)\b/i.exec(text.slice(Math.max(0, start - 60), end + 30));
  if (!adverb) return '';
  return ({ annual: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour' } as Record<string, string>)[adverb[1]!.toLowerCase()]!;
}
