import { detectStanceNegation } from './stance-negation';
import { tokenizeWords } from '../text/normalize-terms';
import { segmentSentences } from '../text/segment-sentences';
import { CUE_WORDS } from './cue-words';
import { getStanceTerms } from './get-stance-terms';
import type { StanceVocabulary } from './create-stance-vocabulary';

/** A sparse vector: parallel arrays of dimension indices and values. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

/** A term-weight map with unit L2 norm (TF-IDF), for cosines with a headline. */
export type WeightMap = Map<string, number>;

/** What the features need to know about one headline (computed once per headline). */
export interface PreparedHeadline {
  terms: string[];
  termSet: Set<string>;
  bigrams: Set<string>;
  /** L2-normalised term counts over the vocabulary's TF dimensions. */
  tf: SparseVector;
  tfidf: WeightMap;
  /** idf of each distinct term (for idf-weighted overlap). */
  idfOf: Map<string, number>;
  /** Count of each cue word (CUE_WORDS order). */
  cues: Float32Array;
  numbers: Set<string>;
  negated: boolean;
  question: boolean;
  quoted: boolean;
}

export interface PreparedSentence {
  tfidf: WeightMap;
  termSet: Set<string>;
  cues: Float32Array;
  negated: boolean;
  numbers: Set<string>;
}

/** What the features need to know about one body (computed once per body, reused for every headline). */
export interface PreparedBodyText {
  tf: SparseVector;
  tfidf: WeightMap;
  termSet: Set<string>;
  bigrams: Set<string>;
  /** Terms and bigrams of the lead (first two sentences), where a story states its claim. */
  leadTerms: Set<string>;
  leadBigrams: Set<string>;
  leadTfidf: WeightMap;
  sentences: PreparedSentence[];
  /** Cue counts over the whole body. */
  cues: Float32Array;
  numbers: Set<string>;
  wordCount: number;
}

const CUE_INDEX = new Map(CUE_WORDS.map((w, i) => [w, i]));
const NUMBER = /\d+(?:[.,]\d+)*/g;

function countCues(words: string[]): Float32Array {
  const cues = new Float32Array(CUE_WORDS.length);
  for (const w of words) {
    // "isn't", "didn't": the contraction is a 'not'.
    const i = CUE_INDEX.get(/n't$/.test(w) ? 'not' : w);
    if (i !== undefined) cues[i]!++;
  }
  return cues;
}

function getNumbers(text: string): Set<string> {
  return new Set((text.match(NUMBER) ?? []).map((n) => n.replace(/,/g, '').replace(/\.0+$/, '')));
}

function getBigrams(terms: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < terms.length; i++) out.add(`${terms[i - 1]} ${terms[i]}`);
  return out;
}

function getTf(vocab: StanceVocabulary, terms: string[]): SparseVector {
  const counts = new Map<number, number>();
  for (const t of terms) {
    const i = vocab.index.get(t);
    if (i !== undefined && i < vocab.tfSize) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const indices = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const values = Float32Array.from(indices, (i) => counts.get(i)!);
  const norm = Math.hypot(...values) || 1;
  for (let k = 0; k < values.length; k++) values[k]! /= norm;
  return { indices, values };
}

function idfOf(vocab: StanceVocabulary, term: string): number {
  const i = vocab.index.get(term);
  return i === undefined ? vocab.unknownIdf : vocab.idf[i]!;
}

function getTfidf(vocab: StanceVocabulary, terms: string[]): WeightMap {
  const weights: WeightMap = new Map();
  for (const t of terms) weights.set(t, (weights.get(t) ?? 0) + idfOf(vocab, t));
  let sum = 0;
  for (const v of weights.values()) sum += v * v;
  const norm = Math.sqrt(sum) || 1;
  for (const [t, v] of weights) weights.set(t, v / norm);
  return weights;
}

/** Cosine of two unit-norm weight maps (iterates the smaller). */
export function cosine(a: WeightMap, b: WeightMap): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, v] of small) dot += v * (large.get(t) ?? 0);
  return dot;
}

/** Headline → terms, TF and TF-IDF vectors, cue counts, numbers, negation (once per headline). */
export function prepareHeadline(vocab: StanceVocabulary, text: string): PreparedHeadline {
  const terms = getStanceTerms(text);
  const termSet = new Set(terms);
  return {
    terms,
    termSet,
    bigrams: getBigrams(terms),
    tf: getTf(vocab, terms),
    tfidf: getTfidf(vocab, terms),
    idfOf: new Map([...termSet].map((t) => [t, idfOf(vocab, t)])),
    cues: countCues(tokenizeWords(text)),
    numbers: getNumbers(text),
    negated: detectStanceNegation(text) !== null,
    question: text.includes('?'),
    quoted: /['‘’"“”]/.test(text),
  };
}

/** Body → TF and TF-IDF vectors, lead, per-sentence TF-IDF and cues (once per body). */
export function prepareBodyText(vocab: StanceVocabulary, text: string): PreparedBodyText {
  const sentenceTexts = segmentSentences(text);
  const sentences: PreparedSentence[] = sentenceTexts.map((s) => {
    const terms = getStanceTerms(s);
    return {
      tfidf: getTfidf(vocab, terms),
      termSet: new Set(terms),
      cues: countCues(tokenizeWords(s)),
      negated: detectStanceNegation(s) !== null,
      numbers: getNumbers(s),
    };
  });
  const terms = getStanceTerms(text);
  const leadText = sentenceTexts.slice(0, 2).join(' ');
  const leadTerms = getStanceTerms(leadText);
  const words = tokenizeWords(text);
  return {
    tf: getTf(vocab, terms),
    tfidf: getTfidf(vocab, terms),
    termSet: new Set(terms),
    bigrams: getBigrams(terms),
    leadTerms: new Set(leadTerms),
    leadBigrams: getBigrams(leadTerms),
    leadTfidf: getTfidf(vocab, leadTerms),
    sentences,
    cues: countCues(words),
    numbers: getNumbers(text),
    wordCount: words.length,
  };
}
