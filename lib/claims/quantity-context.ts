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

const APPROXIMATE =
  /\b(?:about|around|roughly|approximately|some|an\s+estimated|estimated|close\s+to|circa|nearly|almost|just\s+under|just\s+over|just\s+shy\s+of)\s+$|~\s*$/i;
const NEARLY = /\b(?:nearly|almost|just\s+under|just\s+shy\s+of)\s+$/i;
const AT_LEAST =
  /\b(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of|above|exceeding|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|beyond|greater\s+than)\s+$/i;
const AT_MOST =
  /\b(?:up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+high\s+as|no\s+more\s+than|not\s+more\s+than|at\s+most|less\s+than|fewer\s+than|under|below|a\s+maximum\s+of|at\s+the\s+most)\s+$/i;
const AFTER_AT_LEAST = /^(?:\+|-plus\b|\s+or\s+more\b|\s+and\s+(?:more|up|above)\b|\s+plus\b)/i;
const ACROSS =
  /(?:\d|%|\bper\s?cent|\bpoints?|\bmillion|\bbillion|\bthousand)\s+(?:over|under|across)\s+(?:the\s+(?:next|past|last)\s+)?$/i;
const AFTER_APPROXIMATE = /^(?:-odd\b|\s+or\s+so\b|\s+odd\b)/i;

/** The hedge or bound words just before (and after) a figure, and the range they make of it. */
export function readBound(
  before: string,
  after: string,
  low: number,
  high: number,
): { bound: QuantityBound; low: number; high: number } {
  const tail = before.slice(-30);
  // "by 10 percent over three years", "2% under a year": after another figure, "over" spans a period.
  if (ACROSS.test(tail))
    return {
      bound: AFTER_AT_LEAST.test(after) ? 'at least' : 'exact',
      low,
      high: AFTER_AT_LEAST.test(after) ? UNBOUNDED : high,
    };
  if (AT_LEAST.test(tail) || AFTER_AT_LEAST.test(after)) return { bound: 'at least', low, high: UNBOUNDED };
  if (AT_MOST.test(tail)) return { bound: 'at most', low: 0, high };
  // "nearly 7" is a little under 7: the range reaches down a tenth.
  if (NEARLY.test(tail)) return { bound: 'approximate', low: low * 0.9, high };
  if (APPROXIMATE.test(tail) || AFTER_APPROXIMATE.test(after)) return { bound: 'approximate', low, high };
  return { bound: 'exact', low, high };
}

const RATE_UNIT = String.raw`(year|month|week|day|night|hour|minute|second|quarter|barrel|gallon|litre|liter|share|ounce|tonne|ton|kilo|kilogram|person|head|capita|passenger|vehicle|household|vote)`;
/**
 * "a year earlier", "a week ago", "a quarter point", "a quarter of": a point in time or a share,
 * not a rate. General English time adverbs and "point"/"of" after the unit.
 */
const NOT_RATE_AFTER = String.raw`(?![-\s]+(?:earlier|ago|later|before|after|since|from|point|points|percentage|of)\b)`;
const RATE_AFTER = new RegExp(
  String.raw`^[^.;,]{0,30}?\b(?:a|an|per|each|every)\s+${RATE_UNIT}\b${NOT_RATE_AFTER}|^\s*\/\s*${RATE_UNIT}\b`,
  'i',
);
const RATE_BEFORE = new RegExp(String.raw`\b(?:each|every|per|a)\s+${RATE_UNIT}\b${NOT_RATE_AFTER}`, 'i');
const RATE_ADVERB =
  /\b(annual|annually|yearly|per\s+annum|a\s+year(?![-\s]+(?:earlier|ago|later|before|after|since|from)\b)|monthly|weekly|daily|nightly|hourly|quarterly)\b/i;
const ADVERB_UNIT: Record<string, string> = {
  annual: 'year',
  annually: 'year',
  yearly: 'year',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  nightly: 'night',
  hourly: 'hour',
  quarterly: 'quarter',
};

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
const LEADING = new Set([
  'of',
  'the',
  'a',
  'an',
  'new',
  'more',
  'other',
  'additional',
  'extra',
  'further',
  'its',
  'their',
  'his',
  'her',
  'our',
  'some',
  'such',
  'total',
  'in',
  'worth',
  'for',
]);

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
    // "All three spoke briefly", "four survived": a past form straight after the number is the verb.
    if (out.length === 0 && !IRREGULAR_PLURAL.has(word) && lemmaOf(word) !== word && !/(?:s|ing|ed)$/.test(word)) break;
    // A third word keeps a head noun ("international maritime trade"), but only a base form: an
    // inflected one after two words is most often the clause's verb ("world shipping uses", "tanker ran").
    if (out.length === 2 && lemmaOf(word) !== word) break;
    // An irregular past form ("ran", "rose", "sank") after the noun is the verb, as "-ed" is; an
    // irregular plural is the head ("160,000 young men").
    if (out.length > 0 && isVerbForm(word)) break;
    out.push(canonicalTerm(word));
    // A plural ends the phrase ("ships waiting"), irregular ones too ("people remain").
    if (out.length === 3 || (/[^s]s$/.test(word) && word.length > 3) || IRREGULAR_PLURAL.has(word)) break;
  }
  return out;
}

/** Whether a noun phrase starts right after `from` ("422 ships", "40,000 new troops", "10 of the ships"), not "372 as of". */
export function startsWithNoun(text: string, from: number): boolean {
  const words =
    /^(?:-odd)?\s+([a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2})/i
      .exec(text.slice(from, from + 50))?.[1]
      ?.toLowerCase()
      .split(/\s+/) ?? [];
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
    ...UNITS.keys(),
    ...Object.keys(CURRENCY_WORD),
    ...Object.keys(DAYS),
    'years',
    'months',
    'weeks',
    'days',
    'hours',
    'minutes',
    'seconds',
    'decades',
    'about',
    'around',
    'roughly',
    'approximately',
    'some',
    'estimated',
    'nearly',
    'almost',
    'over',
    'least',
    'half',
    'every',
    'each',
    'per',
    'long',
    'wide',
    'high',
    'tall',
    'deep',
    'bn',
    'mn',
    'tn',
    'odd',
    'plus',
    'more',
    'less',
    'fewer',
    'than',
    'upwards',
    'excess',
    'maximum',
    'minimum',
    'a',
    'percent',
    'cent',
    'points',
    // Number words the term lists keep ("Fourteen deaths", "its eleventh increase") and the words of a run ("ten consecutive").
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
    'thirty',
    'forty',
    'fifty',
    'sixty',
    'seventy',
    'eighty',
    'ninety',
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
    'consecutive',
    'straight',
    'successive',
  ]
    .flatMap((w) => w.split(/[\s/]/))
    .filter((w) => /^[a-z]+$/.test(w))
    .map((w) => canonicalTerm(w)),
);

/** Content terms of the clause without the object's terms and the figure's own words. */
export function contextTerms(clause: string, object: string[]): string[] {
  return normalizeTerms(clause).filter((t) => !object.includes(t) && !FIGURE_WORDS.has(t));
}

const UP =
  /(?:(?:^|[,;(]|\b(?:is|are|was|were|be|been|now|ended|closed|finished|trading))\s+up\s+|\b(?:rose|rise|rises|risen|rising|increased?|increases|increasing|gained?|gains|gaining|jumped?|jumps|climbed?|climbs|surged?|surges|soared?|soars|grew|grows|grown|added|adds|higher|advanced?)\s+)(?:by\s+)?(?:(?:about|around|nearly|almost|some|more\s+than|over|just\s+over|a\s+further)\s+)?$/i;
const DOWN =
  /(?:(?:^|[,;(]|\b(?:is|are|was|were|be|been|now|ended|closed|finished|trading))\s+down\s+|\b(?:fell|fall|falls|fallen|falling|dropped|drops?|declined?|declines|decreased?|decreases|lost|loses|lose|slid|slides|slipped|slips|plunged?|plunges|tumbled?|tumbles|sank|sinks|shed|sheds|lower|lowered|lowers|cut|cuts|slumped?|slumps)\s+)(?:by\s+)?(?:(?:about|around|nearly|almost|some|more\s+than|over|just\s+over|a\s+further)\s+)?$/i;
/**
 * "raises wages by 10 percent", "cut its forecast by 2%": a verb that moves its object, with "by"
 * before the figure (without "by", "raised $500 million" is money raised, a level).
 */
const UP_BY =
  /\b(?:rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|hik(?:e|es|ed|ing)|boost(?:s|ed|ing)?|increas(?:e|es|ed|ing))\s+(?:[a-z'’]+\s+){0,3}by\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|just\s+over|a\s+further)\s+)?$/i;
const DOWN_BY =
  /\b(?:lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|trimm?(?:s|ed|ing)?|slash(?:es|ed|ing)?|decreas(?:e|es|ed|ing))\s+(?:[a-z'’]+\s+){0,3}by\s+(?:(?:about|around|nearly|almost|some|more\s+than|over|just\s+over|a\s+further)\s+)?$/i;
const UP_AFTER = /^\s*(?:(?!of\b|in\b)[a-z]+\s+){0,2}?(?:rise|increase|gain|jump|hike|surge|growth|climb|advance)\b/i;
const DOWN_AFTER =
  /^\s*(?:(?!of\b|in\b)[a-z]+\s+){0,2}?(?:drop|fall|decline|decrease|loss|cut|slump|plunge|reduction)\b/i;

/** "rose 5%", "fell by 300 points", "a 5% drop": a change and its direction; a level ("rose to 5%") has none. */
export function readChange(before: string, after: string): Quantity['change'] {
  const tail = before.slice(-40);
  if (UP.test(tail) || UP_BY.test(tail) || UP_AFTER.test(after)) return 'up';
  if (DOWN.test(tail) || DOWN_BY.test(tail) || DOWN_AFTER.test(after)) return 'down';
  return undefined;
}

/** Articles and possessives: a subject that opens with one is a description ("the authority"), not bare. */
const DETERMINER = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/** Auxiliaries and copulas: the verb that ends a subject ("Egypt is seeking", "Case numbers have fallen"). */
const AUXILIARY = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'may',
  'might',
  'should',
  'must',
  'did',
  'does',
  'do',
  'shall',
]);
/**
 * Verbs of saying: their subject tells the figure ("The ministry said 650,000 people marched"), it
 * does not hold it. General English reporting verbs.
 */
const REPORTING = new Set([
  'say',
  'tell',
  'report',
  'announce',
  'state',
  'claim',
  'estimate',
  'add',
  'note',
  'warn',
  'expect',
  'predict',
  'forecast',
  'show',
  'find',
  'suggest',
]);
/** Plurals without -s: a noun, not the past form the lemmatizer would take them for. */
const IRREGULAR_PLURAL = new Set([
  'men',
  'women',
  'children',
  'people',
  'feet',
  'teeth',
  'mice',
  'geese',
  'police',
  'staff',
]);
const WORD = /[A-Za-z][A-Za-z'’-]*|\d[\d,.]*/g;

/** A past form ("slipped", "rose", "received") or an auxiliary: where a clause's subject ends. */
function isVerbForm(word: string): boolean {
  if (AUXILIARY.has(word)) return true;
  if (IRREGULAR_PLURAL.has(word) || word.length < 3) return false;
  const lemma = lemmaOf(word);
  if (lemma === word) return false;
  return /ed$/.test(word) || !/(?:s|ing)$/.test(word);
}

/**
 * The subject of the clause a figure follows the verb of: "Net income slipped to $1.1 billion"
 * (net income), "Hale received about 1.82 million votes" (Hale), "Egypt is seeking $600 million"
 * (Egypt), "The ship weighs 152,000 tonnes" (ship). At most three words from the clause's start to
 * its verb; none when the clause opens otherwise (a preposition, a pronoun, the figure itself), when
 * its verb is one of saying, or when the figure stands in the subject ("Two cranes cost ...").
 */
export function subjectOf(text: string, clauseStart: number, start: number): { terms: string[]; bare: boolean } | null {
  const words = text.slice(clauseStart, start).match(WORD) ?? [];
  let i = 0;
  let bare = true;
  if (words[0] && DETERMINER.has(words[0].toLowerCase())) {
    bare = false;
    i = 1;
  }
  const terms: string[] = [];
  for (; i < words.length; i++) {
    const raw = words[i]!;
    const word = raw.toLowerCase().replace(/['’]s?$/, '');
    if (terms.length > 0 && isVerbForm(word)) {
      const verb = words
        .slice(i)
        .map((w) => w.toLowerCase())
        .find((w) => !AUXILIARY.has(w));
      if (verb && REPORTING.has(lemmaOf(verb))) return null;
      return { terms, bare };
    }
    if (/^\d/.test(raw) || isStopWord(word) || terms.length === 3) return null;
    terms.push(canonicalTerm(word));
  }
  // "The ship weighs 152,000 tonnes": a present -s form right before the figure is the verb.
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (terms.length >= 2 && /[^s]s$/.test(last) && lemmaOf(last) !== last && !REPORTING.has(lemmaOf(last)))
    return { terms: terms.slice(0, -1), bare };
  return null;
}

const NOT_HOLDER =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|In|On|At|By|Of|To|For|And|But|US|U\.S)$/;
/**
 * A name right before a share or an amount holds it: "to Whitfield's 48.6 percent", "give Hale
 * 50.9 percent and Whitfield 49.1 percent". Not for bare counts: a number after a name is most
 * often part of it ("ATR 72", "Apollo 11"). Not at the sentence's start (capitalised for its place).
 */
export function nameBefore(
  text: string,
  clauseStart: number,
  start: number,
): { terms: string[]; bare: boolean } | null {
  const before = text.slice(clauseStart, start);
  const m = /(?:^|[\s(])((?:[A-Z][\w'’-]*\s+)*?[A-Z][a-z][\w-]*)(?:['’]s)?\s+$/.exec(before);
  if (!m) return null;
  const at = clauseStart + m.index + m[0].length - m[0].trimStart().length;
  if (/^\s*$/.test(text.slice(0, at)) || /[.!?]["”’]?\s*$/.test(text.slice(0, at))) return null;
  const words = m[1]!.split(/\s+/).filter((w) => !NOT_HOLDER.test(w));
  return words.length > 0 ? { terms: words.map((w) => canonicalTerm(w.toLowerCase())), bare: true } : null;
}

/**
 * A name after a measure ("The 200,000-ton Ever Given is classified as an ultra large container
 * ship"): the name as one term, and the head noun of what the clause says it is, so that "the
 * 220,000-ton vessel" can be the same thing.
 */
export function namedObject(text: string, from: number): string[] {
  const m = /^[-\s]+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*)/.exec(text.slice(from, from + 60));
  if (!m) return [];
  const name = m[1]!.toLowerCase();
  const rest = text.slice(from + m[0].length, from + m[0].length + 100);
  const copula =
    /^,?\s+(?:is|was|are|were)\s+(?:(?:classified|described|known|listed|registered)\s+as\s+)?(?:an?|the|one\s+of\s+the)\s+([a-z][a-z\s-]*)/i.exec(
      rest,
    );
  const words = copula ? copula[1]!.split(/\s+/).filter(Boolean) : [];
  let head = '';
  for (const w of words.slice(0, 6)) {
    if (isStopWord(w.toLowerCase())) break;
    head = w.toLowerCase();
  }
  return head ? [name, canonicalTerm(head)] : [name];
}

const CHANGE_WORDS =
  /\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|slipped|slid|climbed|jumped|dropped|increas(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|declined|grew|grown|rais(?:e[sd]?|ing)|lift(?:s|ed|ing)?|cuts?|cutting|reduc(?:e[sd]?|ing)|lower(?:s|ed|ing)?|extend(?:s|ed|ing)?|chang(?:e[sd]?|ing)|up|down|surged|plunged|soared|tumbled|edged|gained|lost)\b/i;

/**
 * A figure's part in a change or a set, read from the words just before it: "from $1.3 billion"
 * in a clause of change ('earlier'); "of the four" after another figure or opening the clause
 * ('whole'); "all 48" ('all'). A part's role is set where its whole is found.
 */
export function roleBefore(clauseBefore: string, clause: string): 'earlier' | 'whole' | 'all' | undefined {
  if (
    /\bfrom\s+(?:an?\s+)?(?:(?:initial|earlier|previous|original|revised|about|around|nearly|almost|some|roughly)\s+)*$/i.test(
      clauseBefore,
    ) &&
    CHANGE_WORDS.test(clause)
  )
    return 'earlier';
  if (
    /(?:^|[^\w])(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|none|all|most|some|each|both|half|several|many|few|majority)\s+of\s+(?:the|its|their|these|those)\s+$/i.test(
      clauseBefore,
    )
  )
    return 'whole';
  if (/^\s*of\s+(?:the|its|their|these|those)\s+$/i.test(clauseBefore)) return 'whole';
  if (/\ball\s+(?:the\s+|of\s+the\s+)?$/i.test(clauseBefore)) return 'all';
  return undefined;
}

/**
 * "Investigators put the spill at 210,000 litres", "estimated the damage at $2 billion": a verb of
 * valuing, its object, then "at" and the figure. The object is what the figure measures.
 */
export function objectAt(clauseBefore: string): string[] {
  const m =
    /\b(?:put|puts|putting|estimated?|estimates|estimating|set|sets|pegged|pegs|valued?|values|placed?|places|tallied|counted)\s+(?:the|its|their|his|her|total\s+)?\s*((?:[a-z][a-z'-]*\s+){1,3})at\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|an\s+estimated)\s+)?$/i.exec(
      clauseBefore,
    );
  return m ? nounPhrase(m[1]!, 0) : [];
}
