import { eng } from 'stopword';
import { COLLOCATIONS, NAME_COLLOCATIONS, VERBAL_COLLOCATIONS } from '../lexicon/collocations';
import { lemmaOf } from './lemmatize';

/**
 * Turns a sentence into its content terms: lemmas (lemmaOf) of the words that are not stop words,
 * numbers or dates, with WordNet's collocations joined into one term ("armed forces" ->
 * "armed_forces", "signed up" -> "sign_up", "took part" -> "take_part"), followed by its head
 * word's lemma (a compound's last word, a phrasal verb's verb). Near-synonyms are not
 * folded here: the matcher asks the lexicon and the word vectors whether two terms mean the same.
 * The only folds are general English that carries no topic: grammar words in several words
 * ("in order to", "as well as") and a few paraphrases of time, avoidance and entitlement.
 */
const PHRASES: Array<[RegExp, string]> = [
  [/\bin order to\b/g, 'to'],
  [/\b(?:so far|as well as|as well|at least|at the same time|for example|in fact)\b/g, ' '],
  // Paraphrases of time: "until now" = "previously".
  [/\b(?:until now|up to now|before now|previously|formerly|hitherto|in the past)\b/g, ' previously '],
  // Paraphrases of avoiding: "without causing X" = "avoid X" = "avoid anything resembling X".
  [/\bwithout (?:triggering|causing|resorting to|provoking)\b/g, ' avoid '],
  [/\b(avoid(?:s|ed|ing)?) (?:anything|any|something) (?:resembling|like)\b/g, ' $1 '],
  // Paraphrases of entitlement: "will be able to obtain", "will have the right to apply for", "will be eligible for".
  [/\b(?:be|is|are|was|were|become|becomes|became)\s+(?:able to (?:obtain|get|receive|apply for|acquire|claim)|entitled to|eligible (?:for|to))\b/g, ' eligible for '],
  [/\b(?:have|has|had|get|gets|got|gain|gains|gained)\s+the right to(?: (?:apply for|obtain|receive|claim))?\b/g, ' eligible for '],
  [/\b(?:can|could|may) (?:apply for|obtain|claim)\b/g, ' eligible for '],
];

const STOP = new Set([
  ...eng,
  'also', 'would', 'could', 'may', 'might', 'must', 'shall', 'will', 'can', 'said', 'says', 'say', 'told',
  'according', 'reported', 'reports', 'however', 'now', 'new', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last', 'year', 'years', 'month', 'months',
  'day', 'days', 'week', 'weeks', 'since', 'still', 'even', 'just', 'well', 'many', 'much', 'like',
  'mr', 'mrs', 'ms', 'per', 'percent', 'us', 'its', 'it', 'while', 'whose', 'among', 'within',
  // Negation, numbers and dates are read as features of their own, not as topic words.
  'not', 'no', 'nor', 'neither', 'never', 'does', 'doing', 'done', 'hundred', 'hundreds', 'thousand', 'thousands',
  'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'tens', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'instead', 'when', 'whether', 'whom', 'why', 'yet', 'whose',
  'although', 'though', 'unless', 'until', 'upon', 'via', 'per', 'also', 'already', 'both', 'either',
]);

/** Collocations by their number of words (2 or 3), as WordNet writes them ("sign_up"). */
const JOINED = new Set(COLLOCATIONS);
const VERBAL = new Set(VERBAL_COLLOCATIONS);
const NAMES = new Set(NAME_COLLOCATIONS);
/** The first words of the collocations: most words start none, and are not looked at further. */
const FIRST_WORDS = new Set(COLLOCATIONS.map((c) => c.slice(0, c.indexOf('_'))));
const MAX_PARTS = 3;

/** Lowercased words of a text (letters and apostrophes), hyphenated words split. */
export function tokenizeWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z']*/g) ?? [];
}

/** The term of one lowercase word (a stop word too): its lemma, possessive dropped, one string object per term. */
export function canonicalTerm(word: string): string {
  return intern(lemmaOf(word.replace(/'s?$/, '')));
}

/**
 * One string object per distinct term: a corpus of 10,000 articles holds millions of term
 * occurrences but only tens of thousands of distinct terms.
 */
const TERMS = new Map<string, string>();
function intern(term: string): string {
  const known = TERMS.get(term);
  if (known !== undefined) return known;
  // Bounded: a service worker reads page after page; the words of the web are not bounded.
  if (TERMS.size > 200_000) TERMS.clear();
  TERMS.set(term, term);
  return term;
}

/** Words that are part of a value (a number, a unit of time, a date): no collocation is made with them. */
const VALUE_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty',
  'forty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'half', 'quarter', 'first', 'second', 'third',
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'decade', 'decades',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow',
]);

/** A term and the words of the text it comes from ("sign_up" from words `start`, `start + 1`: "signed up"). */
interface ReadTerm {
  term: string;
  start: number;
  parts: number;
}

/**
 * The text's terms in order, with repeats: the longest WordNet collocation at each word, by the
 * words as written ("armed forces") or by their lemmas ("took part" -> "take part"), else the
 * word's lemma when it is not a stop word.
 */
function readTerms(words: string[]): ReadTerm[] {
  const count = words.length;
  const bare = new Array<string>(count);
  // Per word, computed once (each was asked for by every span that holds the word): whether it is
  // part of a value, and whether it or its lemma starts a collocation. Same reading as before, fewer strings.
  const value = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const w = words[i]!;
    const b = w.charCodeAt(w.length - 1) === 39 || w.endsWith("'s") ? w.replace(/'s?$/, '') : w;
    bare[i] = b;
    if (VALUE_WORDS.has(b)) value[i] = 1;
  }
  const out: ReadTerm[] = [];
  for (let i = 0; i < count; i++) {
    let joined: string | null = null;
    let parts = 0;
    const first = bare[i]!;
    const opens = FIRST_WORDS.has(first) || FIRST_WORDS.has(lemmaOf(first));
    for (let n = Math.min(MAX_PARTS, count - i); opens && n >= 2 && !joined; n--) {
      // "two years", "one day", "May Day": numbers, units of time and dates are read as values, not topic words.
      let hasValue = false;
      for (let k = i; k < i + n; k++) if (value[k]) hasValue = true;
      if (hasValue) continue;
      let written = first;
      for (let k = i + 1; k < i + n; k++) written += '_' + bare[k]!;
      if (JOINED.has(written)) joined = written;
      else {
        // By lemmas only where English inflects a collocation: its first word as a verb ("took
        // part", "signed up") or its last as a plural ("criminal records"); "police forced" is
        // no "police force".
        let lemmas = lemmaOf(first);
        for (let k = i + 1; k < i + n; k++) {
          const w = bare[k]!;
          lemmas += '_' + (k === i + n - 1 && w.endsWith('s') ? lemmaOf(w) : w);
        }
        if (JOINED.has(lemmas)) joined = lemmas;
      }
      if (joined) parts = n;
    }
    if (joined) {
      out.push({ term: intern(joined), start: i, parts });
      // Its head word counts too: a compound's last word ("service contracts" still shares
      // "contract" with "contracts"), a phrasal verb's verb ("signed up" shares "sign"; "took part"
      // is no "part"). Only the head, and none for a name ("Vladimir Putin"): a shared name counts once.
      const head = VERBAL.has(joined) ? i : i + parts - 1;
      if (!NAMES.has(joined) && bare[head]!.length >= 2 && !STOP.has(bare[head]!)) out.push({ term: canonicalTerm(bare[head]!), start: head, parts: 1 });
      i += parts - 1;
      continue;
    }
    if (first.length < 2 || STOP.has(first) || STOP.has(words[i]!)) continue;
    out.push({ term: canonicalTerm(first), start: i, parts: 1 });
  }
  return out;
}

/** The distinct content terms of a text, in order of first occurrence (see the top of this file). */
export function normalizeTerms(text: string): string[] {
  let lower = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [re, by] of PHRASES) lower = lower.replace(re, by);
  return [...new Set(readTerms(tokenizeWords(lower)).map((t) => t.term))];
}

/** The words of `text` a reader would recognise for the given terms, as the text writes them, in term order. */
export function surfaceWords(text: string, terms: string[]): string[] {
  const found = surfaceIndex(text);
  return terms.map((t) => found.get(t) ?? (JOINED.has(t) ? t.replace(/_/g, ' ') : t));
}

/**
 * Each term of a text with the words that first wrote it, memoised by text: a corpus statement is
 * a candidate of many page statements, and reading its terms again for each was a tenth of matching.
 */
function surfaceIndex(text: string): Map<string, string> {
  let found = SURFACES.get(text);
  if (found) return found;
  found = new Map<string, string>();
  const words = text.replace(/[’‘]/g, "'").match(/[A-Za-z][A-Za-z']*/g) ?? [];
  for (const { term, start, parts } of readTerms(words.map((w) => w.toLowerCase()))) {
    if (!found.has(term)) found.set(term, words.slice(start, start + parts).map((w) => w.replace(/'s?$/, '')).join(' '));
  }
  // Bounded: a service worker compares page after page.
  if (SURFACES.size > 20_000) SURFACES.clear();
  SURFACES.set(text, found);
  return found;
}

const SURFACES = new Map<string, Map<string, string>>();

/** Whether a lowercase word is a stop word of the engine (dropped from terms). */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}
