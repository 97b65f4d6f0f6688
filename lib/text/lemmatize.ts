import lemmatize from 'wink-lemmatizer';
import baseForms from 'wink-lexicon/src/wn-words.js';

/**
 * The lemma (dictionary form) of one lowercase word, without part-of-speech tags: "ships" -> "ship",
 * "queued" -> "queue", "signed" -> "sign", "was" -> "be", "news" -> "news". wink-lemmatizer
 * (WordNet's morphy rules and exception lists) gives a noun, a verb and an adjective reading; the
 * choice between them, with no tagger, is:
 * 1. an irregular verb form is that verb ("was" -> "be", "rose" -> "rise", "found" -> "find", "left" -> "leave"):
 *    in news the past tense is far more common than the noun or adjective spelled the same;
 * 2. else a regular verb reading ("signed" -> "sign", "building" -> "build", "lives" -> "live"), as
 *    the Porter stems before it merged them, then a noun reading ("children" -> "child", "forces" -> "force");
 * 3. an irregular plural that WordNet also lists as a word of its own stays ("data", not "datum";
 *    "people", not "person");
 * 4. an adjective reading only when the word is no WordNet base form itself: "largest" -> "large",
 *    but "number" stays (not "numb") and "better", "lower", "higher" stay: a comparative is kept
 *    apart from its positive because the claims read direction ("higher" vs "lower") from it,
 *    and "better" -> "good" would make every "better" match every "good".
 * Words the lemmatizer does not know (names, misspellings) come back as they are.
 */
export function lemmaOf(word: string): string {
  let lemma = LEMMAS.get(word);
  if (lemma === undefined) {
    lemma = chooseLemma(word);
    // Bounded: a service worker lemmatizes page after page; the words of the web are not bounded.
    if (LEMMAS.size >= MAX_MEMO) LEMMAS.clear();
    LEMMAS.set(word, lemma);
  }
  return lemma;
}

const MAX_MEMO = 100_000;
const LEMMAS = new Map<string, string>();

/** Whether WordNet lists the word as a base form (any part of speech). Own keys only: "constructor". */
function isBaseForm(word: string): boolean {
  return Object.hasOwn(baseForms, word);
}

function chooseLemma(word: string): string {
  if (word.length < 3 || !/^[a-z][a-z'-]*$/.test(word)) return word;
  const verb = lemmatize.verb(word);
  if (verb !== word) return verb;
  const noun = lemmatize.noun(word);
  if (noun !== word) {
    // morphy's regular rules only strip suffixes; a noun reading without a suffix stripped came from its exception list.
    const irregular =
      !noun.length || !word.startsWith(noun.slice(0, Math.max(1, noun.length - 2))) || !/(?:s|es|ies|men)$/.test(word);
    if (irregular && isBaseForm(word)) return word;
    return noun;
  }
  if (!isBaseForm(word)) return lemmatize.adjective(word);
  return word;
}
