/**
 * The most frequent function words of languages written in the Latin script, as news text
 * uses them: in English news about a third of all words are among its list (23–39% on the 25
 * real pages of ../shared, the eval articles and the test pages; 4% on the German test page). Words shared by several languages ("de", "la", "in")
 * count for each of them; the share of the language's own list decides.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the of and to in is that for was on with by as are he said has have at from be this an it which were not but his they their will been had who would its',
  de: 'der die und das ist nicht mit den von zu sich des auf für im dem ein eine auch es wurde werden hat sind nach bei aus wie noch oder sie er wir einer dass über zum zur vor',
  fr: 'le la les des et est une un du dans que qui pour pas par sur au avec ce il elle sont ont été mais plus aux se sa son ses cette leur selon',
  es: 'el la los las del y que en es un una por con para se no al lo como más fue su sus ha pero este esta entre sobre también según',
  it: 'il di che e la gli per non con del della sono è da nel si ha anche ma dei delle alla questo una un più stato',
  pt: 'o os as do da dos das que em um uma para com não por no na se foi ao mais é seu sua também pelo pela',
  nl: 'de het een en van is dat op te niet met voor zijn die er ook aan bij werd wordt naar om hij maar heeft',
  pl: 'i w na z że do nie się to jest o jak po od za przez dla jego co ale już tak',
  sv: 'och att det som en på är av för med till den har inte om ett han var de sig',
};

/** Function words of Cyrillic-script languages, to tell Russian from Ukrainian. */
const CYRILLIC_WORDS: Record<string, string> = {
  ru: 'и в не на что с по это как он из за от к для о его был но также который',
  uk: 'і в не на що з та у до це як він від за для його був але також який',
};

/** Scripts that name one language (or a close family the reader would call by that name); Cyrillic does not. */
const SCRIPTS: Array<[RegExp, string]> = [
  [/\p{Script=Cyrillic}/gu, 'cyrillic'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Armenian}/gu, 'hy'],
  [/\p{Script=Georgian}/gu, 'ka'],
];

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD_LISTS = toSets(FUNCTION_WORDS);
const CYRILLIC_LISTS = toSets(CYRILLIC_WORDS);
/** Fewer letters or words than these, and the text cannot tell: the page's `lang` attribute decides. */
const MIN_LETTERS = 60;
const MIN_WORDS = 20;
/** Words needed before a text with (almost) no English function words is called another language. */
const MIN_WORDS_UNKNOWN = 50;
/** Share of a language's function words from which the text is taken to be in it. */
const MIN_SHARE = 0.15;
/** Below this share of English function words, a Latin-script text is not English. */
const NOT_ENGLISH = 0.05;
/** Characters read: the beginning of an article says its language. */
const MAX_CHARACTERS = 20_000;

/**
 * The language of a text, from its script and its function words: a BCP-47 primary code
 * ("en", "de", "ru", "zh"), "und" when it is surely not English but the language is not one
 * recognised here, or null when the text is too short to tell (then the page's own `lang`
 * attribute is all there is). Pages often omit or misstate `lang`; the text does not.
 */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, MAX_CHARACTERS);
  const letters = count(sample, /\p{L}/gu);
  if (letters < MIN_LETTERS) return null;
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (count(sample, /\p{Script=Latin}/gu) < letters / 2) return scriptLanguage(sample, words);
  if (words.length < MIN_WORDS) return null;
  const shares = Object.entries(WORD_LISTS).map(([lang, list]) => [lang, share(words, list)] as const);
  const english = shares.find(([lang]) => lang === 'en')![1];
  const [best, bestShare] = shares.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (best === 'en' && english >= MIN_SHARE) return 'en';
  if (bestShare >= MIN_SHARE) return best;
  return english < NOT_ENGLISH && words.length >= MIN_WORDS_UNKNOWN ? 'und' : null;
}

/** A text mostly in another script than Latin: the script says the language, or Cyrillic's function words do. */
function scriptLanguage(sample: string, words: string[]): string {
  // Japanese mixes kana with Han characters: kana say Japanese.
  const kana = count(sample, KANA);
  if (kana > 0 && kana >= count(sample, /\p{Script=Han}/gu) / 10) return 'ja';
  let best = 'und';
  let most = 0;
  for (const [script, lang] of SCRIPTS) {
    const n = count(sample, script);
    if (n > most) [best, most] = [lang, n];
  }
  if (best !== 'cyrillic') return best;
  const [language, languageShare] = Object.entries(CYRILLIC_LISTS)
    .map(([lang, list]) => [lang, share(words, list)] as const)
    .reduce((a, b) => (b[1] > a[1] ? b : a));
  return languageShare >= MIN_SHARE ? language : 'und';
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function share(words: string[], list: Set<string>): number {
  return words.filter((w) => list.has(w)).length / words.length;
}

function toSets(lists: Record<string, string>): Record<string, Set<string>> {
  return Object.fromEntries(Object.entries(lists).map(([lang, words]) => [lang, new Set(words.split(' '))]));
}
