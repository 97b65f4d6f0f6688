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
  [
    /\b(?:be|is|are|was|were|become|becomes|became)\s+(?:able to (?:obtain|get|receive|apply for|acquire|claim)|entitled to|eligible (?:for|to))\b/g,
    ' eligible for ',
  ],
  [
    /\b(?:have|has|had|get|gets|got|gain|gains|gained)\s+the right to(?: (?:apply for|obtain|receive|claim))?\b/g,
    ' eligible for ',
  ],
  [/\b(?:can|could|may) (?:apply for|obtain|claim)\b/g, ' eligible for '],
];

const STOP = new Set([
  ...eng,
  'also',
  'would',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'will',
  'can',
  'said',
  'says',
  'say',
  'told',
  'according',
  'reported',
  'reports',
  'however',
  'now',
  'new',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
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
  'last',
  'year',
  'years',
  'month',
  'months',
  'day',
  'days',
  'week',
  'weeks',
  'since',
  'still',
  'even',
  'just',
  'well',
  'many',
  'much',
  'like',
  'mr',
  'mrs',
  'ms',
  'per',
  'percent',
  'us',
  'its',
  'it',
  'while',
  'whose',
  'among',
  'within',
  // Negation, numbers and dates are read as features of their own, not as topic words.
  'not',
  'no',
  'nor',
  'neither',
  'never',
  'does',
  'doing',
  'done',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'dozen',
  'dozens',
  'tens',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tomorrow',
  'instead',
  'when',
  'whether',
  'whom',
  'why',
  'yet',
  'whose',
  'although',
  'though',
  'unless',
  'until',
  'upon',
  'via',
  'per',
  'also',
  'already',
  'both',
  'either',
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
  return (
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .match(/[a-z][a-z']*/g) ?? []
  );
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
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'dozen',
  'half',
  'quarter',
  'first',
  'second',
  'third',
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'hour',
  'hours',
  'minute',
  'minutes',
  'decade',
  'decades',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tomorrow',
]);

/** A term and the words of the text it comes from ("sign_up" from words `start`, `start + 1`: "signed up"). */
interface ReadTerm {
  term: string;
  start: number;
  parts: number;
  /** TERM_* bits: how this occurrence was written. */
  bits: number;
}

/**
 * How a term is written in a statement, one bit each (several occurrences add up), stored as one
 * character per term (termFlag): written in lowercase somewhere (a common word); written in
 * lowercase exactly as the term, not inflected ("council", not "posted" for "post"); a word of a
 * name after its first word ("council" of "the Constitutional Council", "canal" of "Suez Canal").
 */
export const TERM_COMMON = 1;
export const TERM_AS_WRITTEN = 2;
export const TERM_NAME_TAIL = 4;
/** The bits of a name word, by the occurrence: a name's word, and one after its first word. */
const NAME = 1;
const TAIL = 2;

/** The words of a text and which of them are names (NAME / TAIL per word). */
interface Words {
  lower: string[];
  /** Per word: 0 a common word, NAME a word kept as written, NAME | TAIL one after another name word. */
  name: Uint8Array;
  /** Per word: written in lowercase. */
  lowercase: Uint8Array;
}

/** How a text is read (see normalizeTerms). */
export interface ReadContext {
  /** The text continues a sentence (a clause after the first): its first word is no sentence opener. */
  midSentence?: boolean;
  /** Read the text as a headline-like line: no word is a name by its capital (set from the whole sentence). */
  headline?: boolean;
}

/**
 * The share of a line's content words (not stop words, two letters or more) written with a capital
 * from which it is headline-like (title case: "Container Ship Runs Aground, Blocks Suez Canal"),
 * where capitals tell no names. Chosen on data: of 1,135 statements (the hand pairs and the
 * suez-2021 corpus) none reached 0.85 (the most, 0.80, "Democratic Senator Marcus Hale defeated
 * Republican Dana Whitfield in Tuesday's runoff"); title-case headlines have 1.0. A line of one
 * content word is not judged ("Ever freed"); one of two both capitalised ("The Ships QUEUED") is
 * shouted or a bare name, either way no sentence whose capitals tell names.
 */
const HEADLINE_CAPITAL_SHARE = 0.85;
const MIN_HEADLINE_WORDS = 2;

/** Whether a text is a headline-like line (see HEADLINE_CAPITAL_SHARE). */
export function isHeadlineLike(text: string): boolean {
  let content = 0;
  let capital = 0;
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length < 2 || STOP.has(w.toLowerCase())) continue;
    content++;
    if (isCapital(w.charCodeAt(0))) capital++;
  }
  return isHeadlineShare(content, capital);
}

/** The headline rule on a line's counts: content words, and how many of them are capitalised. */
function isHeadlineShare(content: number, capitals: number): boolean {
  return content >= MIN_HEADLINE_WORDS && capitals >= content * HEADLINE_CAPITAL_SHARE;
}

const WORD = /[A-Za-z][A-Za-z']*/g;

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Codes of what may end a sentence, open a quote or a bracket, or close one after a sentence's end. */
const ENDS = new Set([...'.!?:'].map((c) => c.charCodeAt(0)));
const OPENING = new Set([...'"“‘(['].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'"\'”’)]'].map((c) => c.charCodeAt(0)));
/** "U.S. Navy", "Mr. Smith": a full stop after one to three letters written with a capital is an abbreviation, no end of sentence. */
const ABBREVIATION = /^[A-Z][A-Za-z]{0,2}$/;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

/**
 * Whether the text between two words (`from` to `to`) opens a sentence: it ends (spaces aside) with
 * an opening quote or bracket, or with an end of sentence or a colon (and closing quotes). Read
 * by character codes, no string cut: this runs for every word of every statement.
 */
function opensSentence(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  if (k < from) return false;
  if (OPENING.has(text.charCodeAt(k))) return true;
  while (k >= from && CLOSING.has(text.charCodeAt(k))) k--;
  return k >= from && ENDS.has(text.charCodeAt(k));
}

/** Whether the text between two words is spaces only (one name's words). */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/**
 * The words of a text, lowercased, with which are names. A word written with a capital is a name
 * word (kept as written, not lemmatized: "Rose", "Banks", "Ever Given") unless it opens the
 * sentence (or a quote, or follows a colon), where any word is capitalised; a sentence opener is a
 * name word still when the next word is one too ("Rose Delgado will join"), and an acronym is one
 * anywhere ("NATO said"). In a headline-like line (see HEADLINE_CAPITAL_SHARE) no word is a name
 * by its capital.
 */
function readWords(text: string, context: ReadContext): Words {
  const matches: RegExpExecArray[] = [...text.matchAll(WORD)];
  const count = matches.length;
  const lower = new Array<string>(count);
  const name = new Uint8Array(count);
  const lowercase = new Uint8Array(count);
  // Per word: written with a capital, opens a sentence, follows the word before after spaces only.
  const capital = new Uint8Array(count);
  const opener = new Uint8Array(count);
  const spaced = new Uint8Array(count);
  let content = 0;
  let capitals = 0;
  let prevEnd = 0;
  for (let i = 0; i < count; i++) {
    const m = matches[i]!;
    const w = m[0];
    const l = w.toLowerCase();
    lower[i] = l;
    const isCap = isCapital(w.charCodeAt(0));
    if (isCap) capital[i] = 1;
    else lowercase[i] = 1;
    if (w.length >= 2 && !STOP.has(l)) {
      content++;
      if (isCap) capitals++;
    }
    if (i === 0) opener[i] = context.midSentence ? 0 : 1;
    else if (onlySpaces(text, prevEnd, m.index)) spaced[i] = 1;
    else if (
      opensSentence(text, prevEnd, m.index) &&
      !(text.charCodeAt(prevEnd) === 46 /* . */ && ABBREVIATION.test(matches[i - 1]![0]))
    )
      opener[i] = 1;
    prevEnd = m.index + w.length;
  }
  const headline = context.headline ?? isHeadlineShare(content, capitals);
  if (headline) return { lower, name, lowercase };
  for (let i = 0; i < count; i++) {
    if (!capital[i]) continue;
    // A sentence opener is a name word only before another capitalised word of the same run, or as an acronym.
    if (opener[i] && !isAcronym(matches[i]![0]) && !(i + 1 < count && capital[i + 1] && spaced[i + 1])) continue;
    name[i] = NAME;
  }
  // A name word right after another (a space between, no possessive, not a stop word): a later word of one name.
  for (let i = 1; i < count; i++) {
    if (name[i] && name[i - 1] && spaced[i] && !STOP.has(lower[i - 1]!) && !lower[i - 1]!.endsWith("'s"))
      name[i] = NAME | TAIL;
  }
  return { lower, name, lowercase };
}

function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && /^[A-Z]+$/.test(word);
}

/** The term of a word: a name word as written (possessive dropped), else its lemma. */
function termOf(bare: string, name: number): string {
  return name ? intern(bare) : canonicalTerm(bare);
}

/** The bits (TERM_*) of a one-word occurrence. */
function wordBits(words: Words, i: number, bare: string, term: string): number {
  if (words.name[i]) return words.name[i]! & TAIL ? TERM_NAME_TAIL : 0;
  if (!words.lowercase[i]) return 0;
  return TERM_COMMON | (bare === term ? TERM_AS_WRITTEN : 0);
}

/**
 * The text's terms in order, with repeats: the longest WordNet collocation at each word, by the
 * words as written ("armed forces") or by their lemmas ("took part" -> "take part"), else the
 * word's lemma when it is not a stop word. Name words (see readWords) are read as written: no
 * lemma, in a collocation or alone.
 */
function readTerms(words: Words): ReadTerm[] {
  const count = words.lower.length;
  const bare = new Array<string>(count);
  // Per word, computed once (each was asked for by every span that holds the word): whether it is
  // part of a value, and whether it or its lemma starts a collocation. Same reading as before, fewer strings.
  const value = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const w = words.lower[i]!;
    const b = w.charCodeAt(w.length - 1) === 39 || w.endsWith("'s") ? w.replace(/'s?$/, '') : w;
    bare[i] = b;
    if (VALUE_WORDS.has(b)) value[i] = 1;
  }
  const lemma = (k: number): string => (words.name[k] ? bare[k]! : lemmaOf(bare[k]!));
  const out: ReadTerm[] = [];
  for (let i = 0; i < count; i++) {
    let joined: string | null = null;
    let parts = 0;
    const first = bare[i]!;
    const opens = FIRST_WORDS.has(first) || FIRST_WORDS.has(lemma(i));
    for (let n = Math.min(MAX_PARTS, count - i); opens && n >= 2 && !joined; n--) {
      // "two years", "one day", "May Day": numbers, units of time and dates are read as values, not topic words.
      let hasValue = false;
      for (let k = i; k < i + n; k++) if (value[k]) hasValue = true;
      if (hasValue) continue;
      const written = joinWords(bare, i, n);
      if (JOINED.has(written)) joined = written;
      else {
        // By lemmas only where English inflects a collocation: its first word as a verb ("took
        // part", "signed up") or its last as a plural ("criminal records"); "police forced" is
        // no "police force". A name word has no lemma.
        let lemmas = lemma(i);
        for (let k = i + 1; k < i + n; k++) {
          const w = bare[k]!;
          lemmas += '_' + (k === i + n - 1 && w.endsWith('s') ? lemma(k) : w);
        }
        if (JOINED.has(lemmas)) joined = lemmas;
      }
      if (joined) parts = n;
    }
    if (joined) {
      let allLower = true;
      for (let k = i; k < i + parts; k++) if (!words.lowercase[k]) allLower = false;
      const asName = words.name[i]! !== 0;
      out.push({
        term: intern(joined),
        start: i,
        parts,
        bits: allLower
          ? TERM_COMMON | (joined === joinWords(bare, i, parts) ? TERM_AS_WRITTEN : 0)
          : asName && words.name[i]! & TAIL
            ? TERM_NAME_TAIL
            : 0,
      });
      // Its head word counts too: a compound's last word ("service contracts" still shares
      // "contract" with "contracts"), a phrasal verb's verb ("signed up" shares "sign"; "took part"
      // is no "part"). Only the head, and none for a name ("Vladimir Putin"): a shared name counts once.
      const head = VERBAL.has(joined) ? i : i + parts - 1;
      if (!NAMES.has(joined) && bare[head]!.length >= 2 && !STOP.has(bare[head]!)) {
        // A common collocation's head is a common word even in a name ("the Russian Armed Forces": "force").
        const term = canonicalTerm(bare[head]!);
        out.push({ term, start: head, parts: 1, bits: wordBits(words, head, bare[head]!, term) });
      }
      i += parts - 1;
      continue;
    }
    if (first.length < 2 || STOP.has(first) || STOP.has(words.lower[i]!)) continue;
    const term = termOf(first, words.name[i]!);
    out.push({ term, start: i, parts: 1, bits: wordBits(words, i, first, term) });
  }
  return out;
}

function joinWords(bare: string[], start: number, parts: number): string {
  let s = bare[start]!;
  for (let k = start + 1; k < start + parts; k++) s += '_' + bare[k]!;
  return s;
}

/** A text with the general folds of PHRASES made (any case: "In order to" opens sentences). */
function foldPhrases(text: string): string {
  let out = text.replace(/[’‘]/g, "'");
  for (const [re, by] of PHRASES_ANY_CASE) out = out.replace(re, by);
  return out;
}

const PHRASES_ANY_CASE: Array<[RegExp, string]> = PHRASES.map(([re, by]) => [new RegExp(re.source, 'gi'), by]);

/** The distinct content terms of a text, in order of first occurrence (see the top of this file). */
export function normalizeTerms(text: string, context: ReadContext = {}): string[] {
  return [...new Set(readTerms(readWords(foldPhrases(text), context)).map((t) => t.term))];
}

/** A statement's terms (normalizeTerms), which of them are names, and per term its TERM_* bits. */
export interface StatementTerms {
  terms: string[];
  /** The terms read from name words (see readWords), in order. */
  names: string[];
  /** Per term, one character: '0' + its TERM_* bits (termBits reads it). */
  flags: string;
}

/** Reads a statement's terms with how each is written (see StatementTerms). */
export function readStatementTerms(text: string, context: ReadContext = {}): StatementTerms {
  const words = readWords(foldPhrases(text), context);
  const read = readTerms(words);
  const bits = new Map<string, number>();
  const names = new Set<string>();
  for (const t of read) {
    bits.set(t.term, (bits.get(t.term) ?? 0) | t.bits);
    if (words.name[t.start]) names.add(t.term);
  }
  const terms = [...bits.keys()];
  return {
    terms,
    names: [...names],
    flags: terms.map((t) => String.fromCharCode(FLAG_OFFSET + bits.get(t)!)).join(''),
  };
}

const FLAG_OFFSET = 0x30;

/** The TERM_* bits of the term at `index` in a flag string of readStatementTerms ('1' of older engines: common). */
export function termBits(flags: string, index: number): number {
  return index < 0 || index >= flags.length ? 0 : flags.charCodeAt(index) - FLAG_OFFSET;
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
  const plain = text.replace(/[’‘]/g, "'");
  const words = plain.match(WORD) ?? [];
  for (const { term, start, parts } of readTerms(readWords(plain, {}))) {
    if (!found.has(term))
      found.set(
        term,
        words
          .slice(start, start + parts)
          .map((w) => w.replace(/'s?$/, ''))
          .join(' '),
      );
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
