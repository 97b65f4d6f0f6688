import MiniSearch from 'minisearch';
import type { WordVectors } from '../semantic/word-vectors';
import type { TermWeights } from '../match/align-statements';
import type { AnalysedCorpus, CorpusStatement, SourceMeta, StatementFeatures } from '../types';

/** The analysed corpus in memory, with its search index. */
export interface Corpus {
  sources: Map<string, SourceMeta>;
  statements: CorpusStatement[];
  bySource: Map<string, CorpusStatement[]>;
  /** Full-text index over statement texts (ids are positions in `statements`). */
  index: MiniSearch<IndexedStatement>;
  /** Inverse document frequency of a canonical term over the corpus statements. */
  idf: (term: string) => number;
  /** Word vectors for near-synonyms, when loaded (the engine works without them, on exact terms). */
  vectors: WordVectors | null;
  /** How alignment weighs terms in this corpus. */
  weights: TermWeights;
}

interface IndexedStatement {
  id: number;
  text: string;
  terms: string;
}

/**
 * What a statement is found by: its canonical terms and its dates as tokens ("d20150102"),
 * so a statement giving the same day is retrieved even when it shares few words.
 */
export function indexTerms(features: StatementFeatures): string[] {
  return [...features.terms, ...features.dates.filter((d) => d.weekday === null).map((d) => `d${d.iso.replace(/-/g, '')}`)];
}

/** Builds the in-memory corpus and its search index from the shipped asset. */
export function loadCorpus(asset: AnalysedCorpus, vectors: WordVectors | null = null): Corpus {
  const sources = new Map(asset.sources.map((s) => [s.id, s]));
  const bySource = new Map<string, CorpusStatement[]>();
  for (const st of asset.statements) {
    const list = bySource.get(st.sourceId) ?? [];
    list.push(st);
    bySource.set(st.sourceId, list);
  }
  const index = new MiniSearch<IndexedStatement>({
    fields: ['text', 'terms'],
    storeFields: [],
    searchOptions: { boost: { terms: 1.5 }, prefix: true, fuzzy: 0.2 },
  });
  index.addAll(asset.statements.map((st, id) => ({ id, text: st.text, terms: indexTerms(st.features).join(' ') })));
  const df = new Map<string, number>();
  for (const st of asset.statements) for (const t of st.features.terms) df.set(t, (df.get(t) ?? 0) + 1);
  const n = asset.statements.length;
  const idf = (term: string) => Math.log(1 + n / (1 + (df.get(term) ?? 0)));
  const weights: TermWeights = { idf, similarity: vectors ? (a, b) => vectors.similarity(a, b) : undefined };
  return { sources, statements: asset.statements, bySource, index, idf, vectors, weights };
}
