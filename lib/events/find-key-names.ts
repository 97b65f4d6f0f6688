import { eng } from 'stopword';

/**
 * Capitalised words that are not names: function words at the start of a sentence or a quote,
 * titles, months and weekdays (dates are read as dates), and the words that open a sentence in
 * news ("Earlier", "Overall"). General English, not any story's vocabulary.
 */
const NOT_NAMES = new Set([
  ...eng,
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'president',
  'prime',
  'minister',
  'chairman',
  'chief',
  'ceo',
  'head',
  'lt',
  'gen',
  'col',
  'sgt',
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
  'earlier',
  'later',
  'overall',
  'meanwhile',
  'however',
  'typically',
  'last',
  'next',
  'this',
  'that',
  'back',
  'now',
]);
/** Lowercase words that join the parts of one name: "Bank of America", "Abdel Fattah al-Sisi". */
const JOINERS = new Set(['of', 'de', 'da', 'del', 'der', 'van', 'von', 'al', 'el', 'bin', 'la', 'le', 'and']);

const TOKEN = /[A-Za-z][\w'’.-]*[\w]|[A-Za-z]|\d+/g;

/**
 * Names a sentence mentions, as lowercase keys: runs of capitalised words (with an inner "of",
 * "al-" and a trailing number: "Xin Hai Tong 23", "Bank of America"), acronyms ("SCA"), a leading
 * "The"/"MV" dropped. A lone capitalised word that opens the sentence is not taken: it is
 * capitalised for its position ("Traffic resumed ..."). Possessive "'s" is dropped.
 */
export function findKeyNames(text: string): string[] {
  const names: string[] = [];
  let run: string[] = [];
  let runStart = -1;
  let pendingJoiner: string[] = [];
  const flush = () => {
    while (run.length > 0 && NOT_NAMES.has(run[0]!.toLowerCase())) {
      run.shift();
      runStart = -2;
    }
    if (run.length > 0 && !(run.length === 1 && runStart === 0 && !isAcronym(run[0]!)))
      names.push(run.join(' ').toLowerCase());
    run = [];
    pendingJoiner = [];
  };
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0].replace(/['’]s$/, '');
    const start = m.index!;
    const gap = text.slice(prevEnd, start);
    prevEnd = start + m[0].length;
    // Punctuation other than a space (or a hyphen inside "al-Sisi") ends a name.
    if (run.length > 0 && /[^\s-]/.test(gap)) flush();
    const capital = /^(?:(?:al|el|bin|ibn)-)?[A-Z]/.test(raw);
    const lower = raw.toLowerCase();
    if (capital && !(NOT_NAMES.has(lower) && run.length === 0 && !isAcronym(raw))) {
      if (run.length === 0) runStart = sentenceStart(text, start) ? 0 : start;
      run.push(...pendingJoiner, raw);
      pendingJoiner = [];
    } else if (
      run.length > 0 &&
      /^\d+$/.test(raw) &&
      !/\d/.test(run[run.length - 1]!) &&
      !(run.length === 1 && runStart === 0)
    ) {
      // A number right after a name is part of it ("Xin Hai Tong 23", "Apollo 11").
      run.push(raw);
      flush();
    } else if (run.length > 0 && JOINERS.has(raw) && pendingJoiner.length === 0) {
      pendingJoiner = [raw];
    } else if (run.length > 0) {
      flush();
    }
    if (m[0].endsWith("'s") || m[0].endsWith('’s')) flush();
  }
  flush();
  return [...new Set(names.map((n) => n.replace(/^(?:mv|ms|the)\s+/, '')).filter((n) => n.length > 1))];
}

function isAcronym(word: string): boolean {
  return /^[A-Z]{2,6}$/.test(word);
}

/** Whether the word at `start` opens the sentence (or a quote inside it). */
function sentenceStart(text: string, start: number): boolean {
  return (
    /(?:^|[.!?:]\s+|["“‘(]\s*)$/.test(text.slice(Math.max(0, start - 4), start)) || /^\s*$/.test(text.slice(0, start))
  );
}

/**
 * A name's word as compared: as written, as the statements' terms keep names ("banks" of "Dana
 * Banks" is no "bank" of "Bank of America"), but a plural demonym as its singular ("russians" ->
 * "russian", then isDemonymOf).
 */
function nameWord(word: string): string {
  return /^[a-z]+(?:an|ian)s$/.test(word) ? intern(word.slice(0, -1)) : word;
}

/** Whether two name keys name the same thing: equal, or one's words all in the other ("ever given", "panamanian-flagged ever given"), words compared as canonical terms. */
export function isSameName(a: string, b: string): boolean {
  if (a === b) return true;
  // Memoised: a page's names meet each candidate source's names, page after page.
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let same = SAME_NAMES.get(key);
  if (same === undefined) {
    // Word by word through the term function: "Russians" and "Russian" and "Russia" are one name.
    const wa = wordsOf(a);
    const wb = wordsOf(b);
    const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    same = short.every((w) => long.some((x) => x === w || isDemonymOf(x, w) || isDemonymOf(w, x)));
    if (SAME_NAMES.size > 100_000) SAME_NAMES.clear();
    SAME_NAMES.set(key, same);
  }
  return same;
}

const SAME_NAMES = new Map<string, boolean>();
/** One string per name word: name keys repeat over a corpus's statements. */
const NAME_WORD_STRINGS = new Map<string, string>();
function intern(word: string): string {
  let known = NAME_WORD_STRINGS.get(word);
  if (known === undefined) {
    if (NAME_WORD_STRINGS.size > 50_000) NAME_WORD_STRINGS.clear();
    NAME_WORD_STRINGS.set(word, (known = word));
  }
  return known;
}
const NAME_WORDS = new Map<string, string[]>();

function wordsOf(name: string): string[] {
  let words = NAME_WORDS.get(name);
  if (!words) {
    if (NAME_WORDS.size > 50_000) NAME_WORDS.clear();
    NAME_WORDS.set(name, (words = name.split(' ').map(nameWord)));
  }
  return words;
}

/**
 * Whether `adjective` is the demonym of the place `place` by English's regular suffixes ("russian"
 * of "russia", "ukrainian" of "ukraine", "egyptian" of "egypt", "chinese" of "china", "iraqi" of
 * "iraq"): the same name for the events' purpose. Irregular ones ("french") are not read.
 */
function isDemonymOf(adjective: string, place: string): boolean {
  // Cheap tests first: called for every pair of name words.
  if (
    adjective.length <= place.length - 2 ||
    adjective.length > place.length + 4 ||
    adjective.charCodeAt(0) !== place.charCodeAt(0)
  )
    return false;
  const stem = place.replace(/[aeiy]$/, '');
  if (stem.length < 3 || !adjective.startsWith(stem)) return false;
  return (
    /^(?:n|an|ian|ean|ese|i|ish)$/.test(adjective.slice(stem.length)) ||
    /^(?:n|an|ian|ese|i)$/.test(adjective.slice(place.length))
  );
}
