import { isObject } from './read-source-meta';
import {
  addAllToTermIndex,
  checkPackedTermIndex,
  createTermIndex,
  packTermIndex,
  type PackedTermIndex,
} from '../match/term-index';
import { indexTerms } from './load-corpus';
import { sampleShingles } from './sample-shingles';
import type { CorpusStatement } from '../types';

/** A source as addSources takes it (update-corpus.ts's CorpusSource), of which these need the statements. */
type Source = { statements: readonly CorpusStatement[] };

/**
 * What addSources computes from the statements it adds (their term index, the terms' counts for
 * the IDF, each source's shingle sample), made ahead of time and stored with the start-up snapshot,
 * so that a start with 10,000 sources reads it instead of computing it: the term index alone was
 * about 0.7 s of a 2.1–2.8 s start in Chromium's service worker, and the allocations it made a
 * good part of the 0.4 s of garbage collection. Typed arrays and a few strings: IndexedDB stores
 * and reads those back as whole buffers.
 */
export interface PreparedIndexes {
  /** How many sources and statements it was made from (it fits those sources only). */
  sources: number;
  statements: number;
  /** The statements' term index, ids counted from the first statement of the first source. */
  terms: PackedTermIndex;
  /** How often each term of `terms` occurs among the statements' canonical terms (what the IDF counts). */
  counts: Int32Array;
  /** Each source's shingle sample, one after the other, and where each starts (sources + 1 entries). */
  samples: Uint32Array;
  sampleStarts: Int32Array;
}

/** PreparedIndexes checked against the sources they are for, with the terms unpacked. */
export interface CheckedIndexes extends PreparedIndexes {
  termList: string[];
}

/** The indexes addSources would build for `sources`, in this order. */
export function prepareIndexes(sources: readonly Source[]): PreparedIndexes {
  const index = createTermIndex();
  const entries: Array<{ id: number; terms: string[] }> = [];
  const counts = new Map<string, number>();
  const samples: Uint32Array[] = [];
  for (const { statements } of sources) {
    for (const st of statements) {
      entries.push({ id: entries.length, terms: indexTerms(st.features) });
      for (const t of st.features.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    samples.push(sampleShingles(statements));
  }
  addAllToTermIndex(index, entries);
  const terms = packTermIndex(index, entries.length);
  const sampleStarts = new Int32Array(samples.length + 1);
  samples.forEach((s, i) => (sampleStarts[i + 1] = sampleStarts[i]! + s.length));
  const joined = new Uint32Array(sampleStarts[samples.length]!);
  samples.forEach((s, i) => joined.set(s, sampleStarts[i]));
  return {
    sources: sources.length,
    statements: entries.length,
    terms,
    counts: Int32Array.from([...index.postings.keys()], (t) => counts.get(t) ?? 0),
    samples: joined,
    sampleStarts,
  };
}

/**
 * `value` as the prepared indexes of `sources`, when it has their shape and their counts of
 * sources and statements; null otherwise (it comes back from storage).
 */
export function checkPreparedIndexes(value: unknown, sources: readonly Source[]): CheckedIndexes | null {
  if (!isObject(value) || !isObject(value.terms)) return null;
  const { counts, samples, sampleStarts } = value;
  let statements = 0;
  for (const s of sources) statements += s.statements.length;
  if (value.sources !== sources.length || value.statements !== statements) return null;
  if (!(counts instanceof Int32Array) || !(samples instanceof Uint32Array) || !(sampleStarts instanceof Int32Array))
    return null;
  if (sampleStarts.length !== sources.length + 1 || sampleStarts[0] !== 0) return null;
  if (sampleStarts[sources.length] !== samples.length) return null;
  for (let i = 0; i < sources.length; i++) if (sampleStarts[i + 1]! < sampleStarts[i]!) return null;
  const terms = value.terms as unknown as PackedTermIndex;
  const termList = checkPackedTermIndex(terms, statements);
  if (!termList || counts.length !== termList.length) return null;
  return { sources: sources.length, statements, terms, counts, samples, sampleStarts, termList };
}
