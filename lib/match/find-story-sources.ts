import type { CorpusStatement, Statement } from '../types';
import type { Corpus } from '../corpus/load-corpus';
import { generalIdf } from '../semantic/general-idf';

/** A corpus source that reports the page's story, with how closely the two documents' words agree. */
export interface StorySource {
  sourceId: string;
  /** IDF-weighted cosine of the two documents' terms, 0..1. */
  similarity: number;
}

/** Sources voted for by the page statements' candidates that are weighed as documents. */
const MAX_VOTED = 12;
/** Candidates of each statement that vote for their source (1 / rank each). */
const VOTERS = 10;

/**
 * The sources that report the same story as the page: what a short statement leaves out ("the
 * 220,000-ton vessel"), its document says. Each page statement's best candidates vote for their
 * sources; the most voted are weighed as whole documents (IDF-weighted cosine of their terms
 * against the page's), best first. Cheap at any corpus size: it reads the candidate lists the
 * comparison has already retrieved and the terms of at most MAX_VOTED sources.
 */
export function findStorySources(
  statements: Statement[],
  candidates: CorpusStatement[][],
  corpus: Corpus,
): StorySource[] {
  const votes = new Map<string, number>();
  for (const list of candidates) {
    list.slice(0, VOTERS).forEach((c, rank) => votes.set(c.sourceId, (votes.get(c.sourceId) ?? 0) + 1 / (rank + 1)));
  }
  const voted = [...votes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_VOTED)
    .map(([id]) => id);
  const page = termVector(statements, corpus);
  return voted
    .map((sourceId) => ({ sourceId, similarity: cosine(page, sourceVector(sourceId, corpus)) }))
    .sort((a, b) => b.similarity - a.similarity);
}

/**
 * Document similarity of two sets of statements (the same measure as findStorySources): for two
 * articles known only by a few sentences (a headline and a lead), as the hand-written pairs are.
 */
export function documentSimilarity(
  a: readonly Statement[],
  b: readonly Statement[],
  corpus: Pick<Corpus, 'idf' | 'vectors'>,
): number {
  return cosine(termVector(a, corpus), termVector(b, corpus));
}

interface TermVector {
  weights: Map<string, number>;
  norm: number;
}

function termVector(statements: readonly Statement[], corpus: Pick<Corpus, 'idf' | 'vectors'>): TermVector {
  const idf = generalIdfOf(corpus);
  const counts = new Map<string, number>();
  for (const st of statements) for (const t of st.features.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const weights = new Map<string, number>();
  let sum = 0;
  for (const [t, n] of counts) {
    // Log-scaled counts: a word the article repeats is its subject, but not ten times over.
    // Rarity in general English, not in the corpus: in a reader's corpus of one story, the
    // story's own words ("canal", "derailment") are in every source and would weigh nothing.
    const w = (1 + Math.log(n)) * idf(t);
    weights.set(t, w);
    sum += w * w;
  }
  return { weights, norm: Math.sqrt(sum) };
}

/** A source's term vector, computed once per corpus state (the IDF changes when sources do). */
function sourceVector(sourceId: string, corpus: Corpus): TermVector {
  let cache = vectors.get(corpus);
  if (!cache || cache.idf !== corpus.idf) vectors.set(corpus, (cache = { idf: corpus.idf, bySource: new Map() }));
  let v = cache.bySource.get(sourceId);
  if (!v) cache.bySource.set(sourceId, (v = termVector(corpus.bySource.get(sourceId) ?? [], corpus)));
  return v;
}

const generalIdfs = new WeakMap<object, (term: string) => number>();
function generalIdfOf(corpus: Pick<Corpus, 'idf' | 'vectors'>): (term: string) => number {
  const key = corpus.vectors ?? corpus;
  let idf = generalIdfs.get(key);
  if (!idf) generalIdfs.set(key, (idf = corpus.vectors ? generalIdf(corpus.vectors) : corpus.idf));
  return idf;
}

const vectors = new WeakMap<Corpus, { idf: Corpus['idf']; bySource: Map<string, TermVector> }>();

function cosine(a: TermVector, b: TermVector): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size < b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) dot += w * (large.weights.get(t) ?? 0);
  return dot / (a.norm * b.norm);
}
