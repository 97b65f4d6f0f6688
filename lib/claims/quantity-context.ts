import type { Quantity, QuantityBound } from '../types';
import { canonicalTerm, isStopWord, normalizeTerms, tokenizeWords } from '../text/normalize-terms';
import { UNBOUNDED } from './quantity-bounds';
import { lemmaOf } from '../text/lemmatize';
import { CURRENCY_WORD, DAYS, UNITS } from './quantity-units';

/**
 * What a figure is about, read from the words around it: its hedge or bound ("about", "more
 * than", "up to"), its rate ("a day", "per barrel"), the thing it counts or measures (the noun
 * after it, or the noun of "the number of ships ... had fallen to 292"), and the content terms
 * of its own clause. General English function words only; no story's vocabulary.
 */

const APPROXIMATE = /\b(?:about|around|roughly|approximately|some|an\s+estimated|estimated|close\s+to|circa|nearly|almost|just\s+under|just\s+over|just\s+shy\s+of)\s+$|~\s*$/i;
const NEARLY = /\b(?:nearly|almost|just\s+under|just\s+shy\s+of)\s+$/i;
const AT_LEAST = /\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|above|exceeding|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|beyond|greater\s+than)\s+$/i;
const AT_MOST = /\b(?:up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|no\s+more\s+than|not\s+more\s+than|at\s+most|less\s+than|fewer\s+than|under|below|a\s+maximum\s+of|at\s+the\s+most)\s+$/i;
const AFTER_AT_LEAST = /^(?:\+|-plus\b|\s+or\s+more\b|\s+and\s+(?:more|up|above)\b|\s+plus\b)/i;
const AFTER_APPROXIMATE = /^(?:-odd\b|\s+or\s+so\b|\s+odd\b)/i;

/** The hedge or bound words just before (and after) a figure, and the range they make of it. */
export function readBound(before: string, after: string, low: number, high: number): { bound: QuantityBound; low: number; high: number } {
  const tail = before.slice(-30);
  if (AT_LEAST.test(tail) || AFTER_AT_LEAST.test(after)) return { bound: 'at least', low, high: UNBOUNDED };
  if (AT_MOST.test(tail)) return { bound: 'at most', low: 0, high };
  // "nearly 7" is a little under 7: the range reaches down a tenth.
  if (NEARLY.test(tail)) return { bound: 'approximate', low: low * 0.9, high };
  if (APPROXIMATE.test(tail) || AFTER_APPROXIMATE.test(after)) return { bound: 'approximate', low, high };
  return { bound: 'exact', low, high };
}

const RATE_UNIT = String.raw`(year|month|week|day|night|hour|minute|second|quarter|barrel|gallon|litre|liter|share|ounce|tonne|ton|kilo|kilogram|person|head|capita|passenger|vehicle|household|vote)`;
const RATE_AFTER = new RegExp(String.raw`^[^.;,]{0,30}?\b(?:a|an|per|each|every)\s+${RATE_UNIT}\b|^\s*\/\s*${RATE_UNIT}\b`, 'i');
const RATE_BEFORE = new RegExp(String.raw`\b(?:each|every|per|a)\s+${RATE_UNIT}\b`, 'i');
const RATE_ADVERB = /\b(annual|annually|yearly|per\s+annum|a\s+year|monthly|weekly|daily|nightly|hourly|quarterly)\b/i;
const ADVERB_UNIT: Record<string, string> = { annual: 'year', annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', nightly: 'night', hourly: 'hour', quarterly: 'quarter' };

/**
 * The period or unit a figure is given per: "a month", "per barrel", "each day of blockage
 * disrupts goods worth $9 billion", "monthly pay of $500". Read in the figure's own clause.
 */
export function readRate(clauseBefore: string, after: string): string {
  const next = RATE_AFTER.exec(after);
  if (next) return normalizeRate(next[1] ?? next[2]!);
  const before = RATE_BEFORE.exec(clauseBefore);
  if (before) return normalizeRate(before[1]!);
  const adverb = RATE_ADVERB.exec(clauseBefore) ?? RATE_ADVERB.exec(after.slice(0, 40));
  if (!adverb) return '';
  const word = adverb[1]!.toLowerCase().replace(/\s+/g, ' ');
  return word === 'per annum' || word === 'a year' ? 'year' : ADVERB_UNIT[word]!;
}

function normalizeRate(word: string): string {
  const w = word.toLowerCase();
  return w === 'liter' ? 'litre' : w === 'ton' ? 'tonne' : w === 'kilogram' ? 'kilo' : w;
}

const CLAUSE_BREAK = /,(?!\d{3})|[;:()[\]—–"“”!?]|\.\s|\b(?:but|while|whereas|although|though)\b/gi;
/** A clause is looked for this far either side of a figure: long inputs stay linear. */
const CLAUSE_REACH = 160;

/** [start, end) of the clause a span stands in: between punctuation or a contrast conjunction. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - CLAUSE_REACH);
  let clauseStart = from;
  const before = text.slice(from, start);
  for (const m of before.matchAll(CLAUSE_BREAK)) clauseStart = from + m.index! + m[0].length;
  const after = text.slice(end, end + CLAUSE_REACH);
  const stop = after.search(CLAUSE_BREAK);
  return [clauseStart, stop < 0 ? end + after.length : end + stop];
}

/** Words that start a noun phrase but are not its content ("of the", "new", "more"). */
const LEADING = new Set(['of', 'the', 'a', 'an', 'new', 'more', 'other', 'additional', 'extra', 'further', 'its', 'their', 'his', 'her', 'our', 'some', 'such', 'total', 'in', 'worth', 'for']);

/**
 * The noun phrase from `from` on, as stems: at most three content words, ending at a function word,
 * punctuation, a past participle ("derailed") or after a plural noun, the usual head after a
 * number ("422 ships waiting": "ship"). Without a tagger, verbs after a singular noun may remain.
 */
export function nounPhrase(text: string, from: number, skipLeading = true): string[] {
  const piece = text.slice(from, from + 60).split(/[.;:,()"“”?!]/)[0] ?? '';
  const out: string[] = [];
  let started = false;
  for (const word of tokenizeWords(piece).slice(0, 6)) {
    if (!started && skipLeading && LEADING.has(word)) continue;
    started = true;
    if (isStopWord(word) || LEADING.has(word) || word.length < 2 || (out.length > 0 && /ed$/.test(word))) break;
    // A third word keeps a head noun ("international maritime trade"), but only a base form: an
    // inflected one after two words is most often the clause's verb ("world shipping uses", "tanker ran").
    if (out.length === 2 && lemmaOf(word) !== word) break;
    // An irregular past form ("ran", "rose", "sank") after the noun is the verb, as "-ed" is.
    if (out.length > 0 && lemmaOf(word) !== word && !/(?:ing|s)$/.test(word)) break;
    out.push(canonicalTerm(word));
    if (out.length === 3 || (/[^s]s$/.test(word) && word.length > 3)) break;
  }
  return out;
}

/** Whether a noun phrase starts right after `from` ("422 ships", "40,000 new troops", "10 of the ships"), not "372 as of". */
export function startsWithNoun(text: string, from: number): boolean {
  const words = /^(?:-odd)?\s+([a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2})/i.exec(text.slice(from, from + 50))?.[1]?.toLowerCase().split(/\s+/) ?? [];
  for (const word of words) {
    if (word === 'of' || LEADING.has(word)) continue;
    return !isStopWord(word.replace(/['’]s$/, ''));
  }
  return false;
}

const NUMBER_OF = /\b(?:the\s+)?(?:number|total|count|tally|tallies)\s+of\s+/gi;
const TOLL = /\b([a-z]+)\s+toll\b/i;

/** "the number of ships waiting ... had fallen to 292", "the death toll rose to 50": the counted thing said before. */
export function objectBefore(text: string, clauseStart: number, start: number): string[] {
  const before = text.slice(clauseStart, start);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(NUMBER_OF)) last = m as RegExpExecArray;
  if (last) return nounPhrase(before, last.index + last[0].length, false).slice(0, 1);
  const toll = TOLL.exec(before);
  return toll ? [canonicalTerm(toll[1]!.toLowerCase())] : [];
}

/** Words of the figure itself (units, hedges, scales): not what the clause says about it. */
const FIGURE_WORDS = new Set(
  [
    ...UNITS.keys(), ...Object.keys(CURRENCY_WORD), ...Object.keys(DAYS), 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'decades',
    'about', 'around', 'roughly', 'approximately', 'some', 'estimated', 'nearly', 'almost', 'over', 'least', 'half', 'every', 'each', 'per', 'long', 'wide',
    'high', 'tall', 'deep', 'bn', 'mn', 'tn', 'odd', 'plus', 'more', 'less', 'fewer', 'than', 'upwards', 'excess', 'maximum', 'minimum', 'a', 'percent', 'cent', 'points',
  ].flatMap((w) => w.split(/[\s/]/)).filter((w) => /^[a-z]+$/.test(w)).map((w) => canonicalTerm(w)),
);

/** Content terms of the clause without the object's terms and the figure's own words. */
export function contextTerms(clause: string, object: string[]): string[] {
  return normalizeTerms(clause).filter((t) => !object.includes(t) && !FIGURE_WORDS.has(t));
}

const UP = /(?:(?:^|[,;(]|\b(?:is|are|was|were|be|been|now|ended|closed|finished|trading))\s+up\s+|\b(?:rose|rise|rises|risen|rising|increased?|increases|increasing|gained?|gains|gaining|jumped?|jumps|climbed?|climbs|surged?|surges|soared?|soars|grew|grows|grown|added|adds|higher|advanced?)\s+)(?:by\s+)?(?:(?:about|around|nearly|almost|some|more\s+than|over|just\s+over|a\s+further)\s+)?$/i;
const DOWN = /(?:(?:^|[,;(]|\b(?:is|are|was|were|be|been|now|ended|closed|finished|trading))\s+down\s+|\b(?:fell|fall|falls|fallen|falling|dropped|drops?|declined?|declines|decreased?|decreases|lost|loses|lose|slid|slides|slipped|slips|plunged?|plunges|tumbled?|tumbles|sank|sinks|shed|sheds|lower|cut|cuts|slumped?|slumps)\s+)(?:by\s+)?(?:(?:about|around|nearly|almost|some|more\s+than|over|just\s+over|a\s+further)\s+)?$/i;
const UP_AFTER = /^\s*(?:rise|increase|gain|jump|hike|surge|growth|climb|advance)\b/i;
const DOWN_AFTER = /^\s*(?:drop|fall|decline|decrease|loss|cut|slump|plunge|reduction)\b/i;

/** "rose 5%", "fell by 300 points", "a 5% drop": a change and its direction; a level ("rose to 5%") has none. */
export function readChange(before: string, after: string): Quantity['change'] {
  const tail = before.slice(-40);
  if (UP.test(tail) || UP_AFTER.test(after)) return 'up';
  if (DOWN.test(tail) || DOWN_AFTER.test(after)) return 'down';
  return undefined;
}
