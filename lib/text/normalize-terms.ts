import { stemmer } from 'stemmer';
import { eng } from 'stopword';

/**
 * Turns a sentence into canonical content terms: phrases folded to one word, stop words and
 * numbers dropped, Porter stems, and stems of near-synonyms folded to one stem, so that
 * "foreign nationals may sign up for the armed forces" and "foreigners can enlist in the military"
 * share their terms. The thesaurus is small on purpose: general news vocabulary, not sentences.
 */
const PHRASES: Array<[RegExp, string]> = [
  [/\bforeign (?:nationals?|citizens?)\b/g, 'foreigners'],
  [/\bnon-(?:russians?|citizens?|nationals?)\b/g, 'foreigner'],
  [/\barmed forces\b/g, 'military'],
  [/\b(?:sign(?:s|ed|ing)? up|join(?:s|ed|ing)? (?:the|its|their) ranks)\b/g, 'enlist'],
  [/\b(?:take|takes|took|taking|taken) part in\b/g, 'participate in'],
  [/\bin order to\b/g, 'to'],
  [/\b(?:so far|as well as|as well|at least|at the same time|for example|in fact)\b/g, ' '],
  // A "draft decree" is a proposal, not conscription; an "issued decree" was signed.
  [/\bdraft (decree|law|bill|order|resolution|legislation)\b/g, 'proposed $1'],
  [/\bissu(?:e|es|ed|ing) (?:a|an|the|its|his|new|\s)*(decree|order|edict)/g, 'signed a $1'],
  // What is signed into force or into law is a decree, whatever the reporter calls it.
  [/\b(?:policy|policies|measures?|bill|rules?|changes?)\s+into\s+(?:force|law|effect)\b/g, 'decree'],
  [/\binto force\b/g, ''],
  [/\bmartial law\b/g, 'martiallaw'],
  [/\bcriminal records?\b/g, 'criminalrecord'],
  [/\b(?:military|service) members\b/g, 'soldiers'],
  // Paraphrases of time: "until now" = "previously".
  [/\b(?:until now|up to now|before now|previously|formerly|hitherto|in the past)\b/g, ' previously '],
  // Paraphrases of avoiding: "without triggering X" = "avoid X" = "avoid anything resembling X".
  [/\bwithout (?:triggering|causing|resorting to|declaring|announcing|launching|provoking|ordering)\b/g, ' avoid '],
  [/\b(avoid(?:s|ed|ing)?) (?:anything|any|something) (?:resembling|like)\b/g, ' $1 '],
  // Paraphrases of entitlement: "will be able to obtain", "will have the right to apply for", "will be eligible for".
  [/\b(?:be|is|are|was|were|become|becomes|became)\s+(?:able to (?:obtain|get|receive|apply for|acquire|claim)|entitled to|eligible (?:for|to))\b/g, ' eligible for '],
  [/\b(?:have|has|had|get|gets|got|gain|gains|gained)\s+the right to(?: (?:apply for|obtain|receive|claim))?\b/g, ' eligible for '],
  [/\b(?:can|could|may) (?:apply for|obtain|claim)\b/g, ' eligible for '],
  // Regions named by their countries: a source's "Armenia and Kazakhstan" are "former Soviet countries".
  [/\bformer soviet (?:union|countries|republics|states|nations|bloc)\b/g, ' formersoviet '],
  [/\b(armenia|azerbaijan|belarus|estonia|georgia|kazakhstan|kyrgyzstan|latvia|lithuania|moldova|tajikistan|turkmenistan|uzbekistan)(?:ns?|is|s)?\b/g, '$1 formersoviet'],
];

/** Stem → canonical stem. Groups of words a reporter uses interchangeably for one thing. */
const SYNONYMS: Record<string, string> = {
  armi: 'militari', forc: 'militari',
  troop: 'soldier', servicemen: 'soldier', serviceman: 'soldier', fighter: 'soldier', servicememb: 'soldier',
  draft: 'conscript', conscript: 'conscript',
  countrywid: 'nationwid', nationwid: 'nationwid', mass: 'nationwid',
  enabl: 'allow', permit: 'allow', let: 'allow',
  join: 'enlist', joiner: 'enlist', enlist: 'enlist', recruit: 'enlist',
  wage: 'salari', pai: 'salari', salari: 'salari', earn: 'salari',
  citizenship: 'citizen', natur: 'citizen', entitl: 'elig', qualifi: 'elig',
  decre: 'decre', order: 'decre', edict: 'decre',
  sign: 'sign',
  particip: 'particip', engag: 'particip',
  relat: 'rel', famili: 'rel', rel: 'rel',
  monthli: 'month',
  ukrainian: 'ukrain',
  russian: 'russia',
};

const STOP = new Set([
  ...eng,
  'also', 'would', 'could', 'may', 'might', 'must', 'shall', 'will', 'can', 'said', 'says', 'say', 'told',
  'according', 'reported', 'reports', 'however', 'now', 'new', 'one', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'last', 'year', 'years', 'month', 'months',
  'day', 'days', 'week', 'weeks', 'since', 'still', 'even', 'just', 'well', 'many', 'much', 'like',
  'mr', 'mrs', 'ms', 'per', 'percent', 'us', 'its', 'it', 'while', 'whose', 'among', 'within',
  'vladimir', 'president', // "Russian President Vladimir Putin" names one person, once
  // Negation, numbers and dates are read as features of their own, not as topic words.
  'not', 'no', 'nor', 'neither', 'never', 'does', 'doing', 'done', 'hundred', 'hundreds', 'thousand', 'thousands',
  'million', 'millions', 'billion', 'billions', 'dozen', 'dozens', 'tens', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'instead', 'when', 'whether', 'whom', 'why', 'yet', 'whose',
  'although', 'though', 'unless', 'until', 'upon', 'via', 'per', 'also', 'already', 'both', 'either',
]);

/** Lowercased words of a text (letters and apostrophes), hyphenated words split. */
export function tokenizeWords(text: string): string[] {
  return text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z']*/g) ?? [];
}

/** Canonical stem of one lowercase word (after stop-word removal). */
export function canonicalStem(word: string): string {
  let known = STEMS.get(word);
  if (known === undefined) {
    const stem = stemmer(word.replace(/'s?$/, ''));
    // hasOwn: a word like 'constructor' must not find Object.prototype's members in the table.
    known = intern(Object.hasOwn(SYNONYMS, stem) ? SYNONYMS[stem]! : stem);
    // Bounded: a service worker compares page after page; the vocabulary of news is not.
    if (STEMS.size > 200_000) STEMS.clear();
    STEMS.set(word, known);
  }
  return known;
}

/** Word → canonical stem, memoised: matching stems the same words again for every candidate. */
const STEMS = new Map<string, string>();

/**
 * One string object per distinct term: a corpus of 10,000 articles holds millions of term
 * occurrences but only tens of thousands of distinct terms, and each stemmer call makes a new string.
 */
const TERMS = new Map<string, string>();
function intern(term: string): string {
  const known = TERMS.get(term);
  if (known !== undefined) return known;
  TERMS.set(term, term);
  return term;
}

export function normalizeTerms(text: string): string[] {
  let lower = text.toLowerCase().replace(/[’‘]/g, "'");
  for (const [re, by] of PHRASES) lower = lower.replace(re, by);
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const word of tokenizeWords(lower)) {
    const bare = word.replace(/'s?$/, '');
    if (bare.length < 2 || STOP.has(bare) || STOP.has(word)) continue;
    const term = canonicalStem(bare);
    if (!seen.has(term)) {
      seen.add(term);
      terms.push(term);
    }
  }
  return terms;
}

const PHRASE_WORDS: Record<string, string> = { martiallaw: 'martial law', criminalrecord: 'criminal record' };

/** The words of `text` a reader would recognise for the given canonical terms, in term order. */
export function surfaceWords(text: string, terms: string[]): string[] {
  const wanted = new Set(terms);
  const found = new Map<string, string>();
  for (const word of tokenizeWords(text)) {
    const bare = word.replace(/'s?$/, '');
    const term = canonicalStem(bare);
    if (wanted.has(term) && !found.has(term)) found.set(term, bare);
  }
  return terms.map((t) => found.get(t) ?? (Object.hasOwn(PHRASE_WORDS, t) ? PHRASE_WORDS[t]! : t));
}

/** Whether a lowercase word is a stop word of the engine (dropped from terms). */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}
