import { getStanceTerms } from './get-stance-terms';

/** Terms the model knows, most frequent first, with their inverse document frequencies. */
export interface StanceVocabulary {
  /** Terms by descending training frequency; the first `tfSize` are the TF input dimensions. */
  terms: string[];
  /** idf of each term in `terms` (same order). */
  idf: Float32Array;
  /** Number of leading terms used as TF input dimensions (UCL used 5,000). */
  tfSize: number;
  /** idf given to a term outside `terms` (as rare as the rarest known term). */
  unknownIdf: number;
  /** term → position in `terms`. */
  index: Map<string, number>;
}

/** Wraps stored terms and idfs (as in the model asset) with a lookup index. */
export function wrapStanceVocabulary(terms: string[], idf: Float32Array, tfSize: number): StanceVocabulary {
  if (idf.length !== terms.length)
    throw new Error(`stance vocabulary: ${terms.length} terms but ${idf.length} idf values`);
  const index = new Map(terms.map((t, i) => [t, i]));
  let unknownIdf = 0;
  for (const v of idf) unknownIdf = Math.max(unknownIdf, v);
  return { terms, idf, tfSize: Math.min(tfSize, terms.length), unknownIdf, index };
}

/**
 * Learns the vocabulary from training texts (each distinct headline and body once): the `size`
 * most frequent terms (ties by term, so it is deterministic) that occur in at least `minDf`
 * texts, idf = ln((1 + N) / (1 + df)) + 1 as in scikit-learn's smooth idf. `tfTerms`, when
 * given, are put first (in their order) so that they are the TF input dimensions.
 */
export function createStanceVocabulary(
  texts: string[],
  tfSize = 5000,
  size = 20000,
  minDf = 2,
  tfTerms: string[] = [],
): StanceVocabulary {
  const count = new Map<string, number>();
  const df = new Map<string, number>();
  for (const text of texts) {
    const terms = getStanceTerms(text);
    for (const t of terms) count.set(t, (count.get(t) ?? 0) + 1);
    for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const terms = [...count.keys()]
    .filter((t) => (df.get(t) ?? 0) >= minDf)
    .sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, size);
  const first = tfTerms.filter((t) => df.has(t)).slice(0, tfSize);
  const chosen = new Set(first);
  terms.splice(0, terms.length, ...first, ...terms.filter((t) => !chosen.has(t)));
  const n = texts.length;
  const idf = Float32Array.from(terms, (t) => Math.log((1 + n) / (1 + df.get(t)!)) + 1);
  return wrapStanceVocabulary(terms, idf, tfSize);
}
