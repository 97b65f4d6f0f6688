import collocationList from '../../corpus/collocations.json';

/**
 * The WordNet collocations the term layer joins into one term, as WordNet writes them
 * ("armed_forces", "sign_up", "criminal_record"); built with the lexicon by scripts/build-lexicon.ts.
 * The lexicon's words are followed by these.
 */
export const COLLOCATIONS: readonly string[] = collocationList.collocations;

/** The collocations with a verb sense ("sign_up", "take_part"): phrasal verbs, read as one term. */
export const VERBAL_COLLOCATIONS: readonly string[] = collocationList.verbal;

/** The collocations that are names in WordNet ("vladimir_putin", "soviet_union"): one term, no head word. */
export const NAME_COLLOCATIONS: readonly string[] = collocationList.names;
