// Node-only: what the engine judges a pair of sentences with when there is no corpus around them
// (benchmarks, hand-written pairs, FNC-1 headlines): general-English IDF, word vectors and WordNet.
import type { TermWeights } from '../lib/match/align-statements';
import type { Lexicon } from '../lib/lexicon/load-lexicon';
import type { WordVectors } from '../lib/semantic/word-vectors';
import { generalIdf } from '../lib/semantic/general-idf';
import { loadWordVectors } from './load-word-vectors';
import { loadLexiconFile } from './load-lexicon-file';

export interface PairEngine {
  weights: TermWeights;
  lexicon: Lexicon;
  vectors: WordVectors;
}

let engine: PairEngine | null = null;

export function loadPairEngine(): PairEngine {
  if (!engine) {
    const vectors = loadWordVectors();
    const lexicon = loadLexiconFile();
    engine = {
      weights: {
        idf: generalIdf(vectors),
        similarity: (a, b) => vectors.similarity(a, b),
        relation: (a, b) => lexicon.relation(a, b),
      },
      lexicon,
      vectors,
    };
  }
  return engine;
}
