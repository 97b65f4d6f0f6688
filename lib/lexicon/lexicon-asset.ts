/** Levels of hypernyms searched: "ship" -> "vessel" is 1, "dog" -> "domestic animal" -> "animal" is 2. */
export const HYPER_LEVELS = 3;

/** Version of corpus/lexicon.json's format (scripts/build-lexicon.ts writes it). */
export const LEXICON_VERSION = 2;

/**
 * The pruned WordNet lexicon as shipped. Lists of numbers are strings: each list's numbers in base
 * 36, ',' between numbers, ';' between lists (list i belongs to word i, or to synset i).
 */
export interface LexiconAsset {
  version: number;
  /** Lemmas, sorted; collocations with '_' ("armed_forces", "sign_up"). */
  words: string[];
  /** Per word: its first senses (synset numbers), a few per part of speech. */
  senses: string;
  /** Per synset: its hypernyms' synset numbers (within a few levels of a kept sense). */
  hypernyms: string;
  /** Per synset, one character: its part of speech ('n' noun, 'v' verb, 'a' adjective, 'r' adverb). */
  pos: string;
  /** Per word: the words WordNet derives from or to it ("decide" / "decision"). */
  derived: string;
  /** Per word: its antonyms, directly or through an adjective satellite's head. */
  antonyms: string;
}
