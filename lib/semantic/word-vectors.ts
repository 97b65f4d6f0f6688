/**
 * Word similarity from a small local asset: one int8 row of GloVe-derived vectors per lemma
 * (lemmaOf; built by scripts/build-word-vectors.ts into corpus/word-vectors.{bin,json}), rows in
 * general-English frequency order. Pure: the caller
 * reads the two files (node:fs in Node, fetch in the extension) and hands over their contents.
 */

export interface WordVectors {
  /** Number of dimensions of every row. */
  dims: number;
  /** Whether the asset has a row for this lemma. */
  has(stem: string): boolean;
  /**
   * The lemma's general-English frequency rank (0 = most frequent, from GloVe's corpus order), or
   * null when unknown: a rarity figure for weighting a pair of sentences without a corpus.
   */
  rank(stem: string): number | null;
  /** Cosine of two lemmas' vectors in [-1, 1]; 1 when a === b (even if unknown), else 0 when either is unknown. */
  similarity(a: string, b: string): number;
  /** The stem's quantised row (a view into the asset, do not modify), or null when unknown. */
  vector(stem: string): Int8Array | null;
}

/**
 * Wraps the asset's stems (row order) and int8 rows (`stems.length * dims` values, row i = stem i).
 * Cosine uses each row's own quantised norm, so quantisation's scale (127) cancels out and
 * similarity(x, x) is exactly 1. Throws when the sizes do not match.
 */
export function createWordVectors(stems: string[], data: Int8Array, dims: number): WordVectors {
  if (!Number.isInteger(dims) || dims <= 0)
    throw new Error(`word vectors: dims must be a positive integer, got ${dims}`);
  if (data.length !== stems.length * dims) {
    throw new Error(
      `word vectors: ${stems.length} stems × ${dims} dims needs ${stems.length * dims} values, got ${data.length}`,
    );
  }
  const offsets = new Map<string, number>();
  stems.forEach((stem, row) => offsets.set(stem, row * dims));
  if (offsets.size !== stems.length) throw new Error('word vectors: duplicate stems in the asset');

  // 1 / ‖row‖ per row, so a cosine is one int dot product and one multiplication.
  const inverseNorms = new Float64Array(stems.length);
  for (let row = 0; row < stems.length; row++) {
    let sum = 0;
    for (let i = row * dims, end = i + dims; i < end; i++) sum += data[i]! * data[i]!;
    inverseNorms[row] = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  }

  return {
    dims,
    has: (stem) => offsets.has(stem),
    rank(stem) {
      const offset = offsets.get(stem);
      return offset === undefined ? null : offset / dims;
    },
    similarity(a, b) {
      if (a === b) return 1;
      const oa = offsets.get(a);
      const ob = offsets.get(b);
      if (oa === undefined || ob === undefined) return 0;
      let dot = 0;
      for (let i = 0; i < dims; i++) dot += data[oa + i]! * data[ob + i]!;
      // Clamped: rounding can put two parallel rows a hair above 1.
      return Math.max(-1, Math.min(1, dot * inverseNorms[oa / dims]! * inverseNorms[ob / dims]!));
    },
    vector(stem) {
      const offset = offsets.get(stem);
      return offset === undefined ? null : data.subarray(offset, offset + dims);
    },
  };
}

/**
 * Weighted mean of the unit vectors of the known stems (e.g. weights = idf), L2-normalised.
 * A stem listed twice counts twice. Null when no stem is known or all known weights are 0.
 */
export function statementVector(
  stems: string[],
  weights: (stem: string) => number,
  wv: WordVectors,
): Float32Array | null {
  const sum = new Float64Array(wv.dims);
  let any = false;
  for (const stem of stems) {
    const row = wv.vector(stem);
    const weight = row ? weights(stem) : 0;
    if (!row || !(weight > 0)) continue;
    let norm = 0;
    for (let i = 0; i < row.length; i++) norm += row[i]! * row[i]!;
    if (norm === 0) continue;
    const scale = weight / Math.sqrt(norm);
    for (let i = 0; i < row.length; i++) sum[i] = sum[i]! + row[i]! * scale;
    any = true;
  }
  if (!any) return null;
  let norm = 0;
  for (let i = 0; i < sum.length; i++) norm += sum[i]! * sum[i]!;
  if (norm === 0) return null;
  const out = new Float32Array(wv.dims);
  const inverse = 1 / Math.sqrt(norm);
  for (let i = 0; i < sum.length; i++) out[i] = sum[i]! * inverse;
  return out;
}

/** Cosine of two vectors of the same length; 0 when either is all zeros. Throws on a length mismatch. */
export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length) throw new Error(`cosine: vectors of length ${a.length} and ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}
