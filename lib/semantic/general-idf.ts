import type { WordVectors } from './word-vectors';

/**
 * Rarity of a term in general English, for sentence pairs judged without a corpus (benchmarks,
 * a page against a single sentence). The word vectors are in GloVe's frequency order; by Zipf's
 * law a word of rank r is in about 2 of every r sentences, so log(1 + r / 2) is the IDF a large
 * news corpus would give it. Words not in the vocabulary are taken as rare as its last word.
 */
export function generalIdf(vectors: WordVectors | null, vocabulary = 50_000): (term: string) => number {
  const rarest = Math.log(1 + vocabulary / 2);
  return (term) => {
    const rank = vectors?.rank(term) ?? null;
    return rank === null ? rarest : Math.log(1 + (rank + 1) / 2);
  };
}
