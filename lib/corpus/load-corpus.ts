import MiniSearch from 'minisearch';
import { eng } from 'stopword';
import { addAllToTermIndex, createTermIndex, type TermIndex } from '../match/term-index';
import type { WordVectors } from '../semantic/word-vectors';
import type { LexicalRelation, Lexicon } from '../lexicon/load-lexicon';
import type { StanceModel } from '../stance/stance-model';
import type { PreparedStanceBody } from '../stance/predict-stance';
import type { TermWeights } from '../match/align-statements';
import { addAllToCopyIndex, createCopyIndex, type CopyIndex } from './copy-index';
import { findCopyGroups, joinCopyGroups } from './find-copy-groups';
import { sampleShingles } from './sample-shingles';
import type { AnalysedCorpus, CorpusStatement, SourceMeta, StatementFeatures } from '../types';
import { buildEventProfile, type EventProfile } from '../events/build-event-profile';
import { shareEmptyLists } from './analyse-source';

const SEARCH_STOP = new Set(eng);

/** The analysed corpus in memory, with its search index. */
export interface Corpus {
  sources: Map<string, SourceMeta>;
  /**
   * Statements by their id in `index` (their position here). A source removed after loading
   * leaves its positions empty: the index has discarded those ids, and they are never reused.
   */
  statements: Array<CorpusStatement | undefined>;
  bySource: Map<string, CorpusStatement[]>;
  /**
   * Full-text index over statement texts, for the reader's searches (ids are positions in
   * `statements`). Built on the first search (getSearchIndex): comparing pages never needs it, and
   * for a large corpus it is the second-largest structure in memory.
   */
  index: MiniSearch<IndexedStatement> | null;
  /** Canonical terms and dates to statement ids, for finding a page statement's candidates. */
  terms: TermIndex;
  /** In how many corpus statements a canonical term occurs. */
  df: (term: string) => number;
  /** How many statements the corpus has now (removed sources leave holes in `statements`). */
  size: number;
  /** Inverse document frequency of a canonical term over the corpus statements. */
  idf: (term: string) => number;
  /** Word vectors for near-synonyms, when loaded (the engine works without them, on exact terms). */
  vectors: WordVectors | null;
  /** The pruned WordNet lexicon, when loaded: synonyms and derived forms count as near-synonyms, antonyms as opposites. */
  lexicon: Lexicon | null;
  /** The learned stance model (FNC-1), when loaded, and each source's document prepared for it once. */
  stance: StanceModel | null;
  stanceBodies: Map<string, PreparedStanceBody>;
  /** How alignment weighs terms in this corpus. */
  weights: TermWeights;
  /** Each source's shingle sample and the copy groups among sources (lib/corpus/copy-index.ts). */
  copies: CopyIndex;
  /**
   * The independent voice a source speaks with: the representative id of its group of copies of
   * one text (its earliest published member), or its own id when it is a copy of nothing.
   */
  voiceOf: (sourceId: string) => string;
  /**
   * What event each source reports (lib/events), read on first use by getEventProfile (a page meets
   * only its candidates' sources; reading all 10,000 of a large corpus at load would cost seconds).
   */
  events: Map<string, EventProfile>;
}

export interface IndexedStatement {
  id: number;
  text: string;
}

/**
 * What a statement is found by: its canonical terms and its dates as tokens ("d20150102"),
 * so a statement giving the same day is retrieved even when it shares few words.
 */
export function indexTerms(features: StatementFeatures): string[] {
  return [
    ...features.terms,
    ...features.dates
      .filter((d) => d.weekday === null && d.precision !== 'time')
      .map((d) => `d${d.iso.replace(/-/g, '')}`),
  ];
}

/** The index entry of the statement at position `id` of `Corpus.statements`. */
export function toIndexed(st: CorpusStatement, id: number): IndexedStatement {
  return { id, text: st.text };
}

/** The reader's search index, built from the current statements on first use. */
export function getSearchIndex(corpus: Corpus): MiniSearch<IndexedStatement> {
  if (!corpus.index) {
    const index = createSearchIndex();
    corpus.statements.forEach((st, id) => {
      if (st) index.add(toIndexed(st, id));
    });
    corpus.index = index;
  }
  return corpus.index;
}

function createSearchIndex(): MiniSearch<IndexedStatement> {
  return new MiniSearch<IndexedStatement>({
    fields: ['text'],
    storeFields: [],
    // Stop words are half of all tokens and no reader searches for them: leaving them out
    // halves the index (measured: 184 -> ~100 MB for 150,000 statements).
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return SEARCH_STOP.has(lower) ? null : lower;
    },
    searchOptions: { prefix: true, fuzzy: 0.2 },
  });
}

/** Builds the in-memory corpus and its search index from the shipped asset (which it does not modify, but for sharing its statements' empty lists). */
export function loadCorpus(
  asset: AnalysedCorpus,
  vectors: WordVectors | null = null,
  stance: StanceModel | null = null,
  lexicon: Lexicon | null = null,
): Corpus {
  const sources = new Map(asset.sources.map((s) => [s.id, s]));
  const bySource = new Map<string, CorpusStatement[]>();
  for (const st of asset.statements) {
    shareEmptyLists(st);
    const list = bySource.get(st.sourceId) ?? [];
    list.push(st);
    bySource.set(st.sourceId, list);
  }
  // A copy: sources added later append to it, and the asset stays as shipped.
  const statements: Corpus['statements'] = [...asset.statements];
  const terms = createTermIndex();
  addAllToTermIndex(
    terms,
    asset.statements.map((st, id) => ({ id, terms: indexTerms(st.features) })),
  );
  const corpus: Corpus = {
    sources,
    statements,
    bySource,
    index: null,
    terms,
    df: () => 0,
    size: 0,
    idf: () => 0,
    vectors,
    lexicon,
    stance,
    stanceBodies: new Map(),
    weights: { idf: () => 0 },
    copies: createCopyIndex(),
    voiceOf: (id) => corpus.copies.voices.get(id) ?? id,
    events: new Map(),
  };
  addAllToCopyIndex(
    corpus.copies,
    [...bySource].map(([id, list]) => [id, sampleShingles(list)]),
  );
  updateTermWeights(corpus);
  updateCopyGroups(corpus);
  return corpus;
}

/** The event profile of one source: its statements, its date and its headline. */
export function sourceEventProfile(meta: SourceMeta | undefined, statements: CorpusStatement[]): EventProfile {
  return buildEventProfile(statements, meta?.published ?? null, meta?.headline ?? '');
}

/** A source's event profile, read once and kept in `corpus.events`; undefined for an unknown source. */
export function getEventProfile(corpus: Corpus, sourceId: string): EventProfile | undefined {
  let profile = corpus.events.get(sourceId);
  const statements = corpus.bySource.get(sourceId);
  if (!profile && statements)
    corpus.events.set(sourceId, (profile = sourceEventProfile(corpus.sources.get(sourceId), statements)));
  return profile;
}

/**
 * Recomputes which sources are copies of one text (findCopyGroups over `corpus.copies`), each
 * group represented by its earliest published source (then the smaller id). Called on loading
 * and after sources are added or removed.
 */
export function updateCopyGroups(corpus: Pick<Corpus, 'copies' | 'sources'>): void {
  corpus.copies.voices = findCopyGroups(corpus.copies, copyOrder(corpus));
}

/**
 * After sources were only added (none removed or replaced since the groups were made): joins the
 * new ones to the groups (joinCopyGroups), the same groups as updateCopyGroups makes at the cost
 * of the new sources' look-ups; falls back to updateCopyGroups when that cannot be told (see joinCopyGroups).
 */
export function addToCopyGroups(corpus: Pick<Corpus, 'copies' | 'sources'>, added: readonly string[]): void {
  if (!joinCopyGroups(corpus.copies, added, copyOrder(corpus))) updateCopyGroups(corpus);
}

/** Groups are represented by their earliest published source, then the smaller id. */
function copyOrder(corpus: Pick<Corpus, 'sources'>): (a: string, b: string) => number {
  const published = (id: string) => corpus.sources.get(id)?.published ?? '9999';
  return (a, b) => published(a).localeCompare(published(b)) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The statements added to and removed from a corpus whose weights were computed before. */
export interface TermWeightChange {
  added: readonly CorpusStatement[];
  removed: readonly CorpusStatement[];
  /** How often each term occurs among the added statements' terms, when known (prepareIndexes): not counted again. */
  addedCounts?: { terms: readonly string[]; counts: Int32Array };
}

/** Each corpus's term counts, kept so that a change of a few sources updates them (updateTermWeights). */
const documentFrequencies = new WeakMap<Corpus, Map<string, number>>();

/**
 * Recomputes document frequencies and the IDF over the corpus's current statements (those of `bySource`) and the
 * alignment weights that use it. Called on loading and after sources are added or removed; given
 * the `change`, it updates the counts of the last call instead of counting every statement again.
 */
export function updateTermWeights(corpus: Corpus, change?: TermWeightChange): void {
  let df = documentFrequencies.get(corpus);
  let n = corpus.size;
  if (df && change) {
    // One page remembered in a corpus of 10,000 articles: counting its statements' terms, not
    // every statement's again (a quarter of a second each time).
    for (const st of change.removed) for (const t of st.features.terms) df.set(t, (df.get(t) ?? 0) - 1);
    const known = change.addedCounts;
    if (known) {
      for (let i = 0; i < known.terms.length; i++) {
        const term = known.terms[i]!;
        if (known.counts[i]) df.set(term, (df.get(term) ?? 0) + known.counts[i]!);
      }
    } else for (const st of change.added) for (const t of st.features.terms) df.set(t, (df.get(t) ?? 0) + 1);
    n += change.added.length - change.removed.length;
  } else {
    df = new Map<string, number>();
    n = 0;
    for (const list of corpus.bySource.values()) {
      for (const st of list) for (const t of st.features.terms) df.set(t, (df.get(t) ?? 0) + 1);
      n += list.length;
    }
    documentFrequencies.set(corpus, df);
  }
  const counts = df;
  // Memoised: alignment asks for the same terms' weights thousands of times a page.
  const idfs = new Map<string, number>();
  const idf = (term: string) => {
    let w = idfs.get(term);
    if (w === undefined) idfs.set(term, (w = Math.log(1 + n / (1 + (counts.get(term) ?? 0)))));
    return w;
  };
  const vectors = corpus.vectors;
  corpus.df = (term) => counts.get(term) || 0;
  corpus.size = n;
  corpus.idf = idf;
  // The similarity memo does not depend on the corpus's statements: keep it across updates.
  corpus.weights = {
    idf,
    similarity: corpus.weights.similarity ?? (vectors ? cachedSimilarity(vectors) : undefined),
    relation: corpus.weights.relation ?? (corpus.lexicon ? cachedRelation(corpus.lexicon) : undefined),
  };
}

/** WordNet relations with a memo (a hypernym look-up walks a few levels); nested maps, as below. */
function cachedRelation(lexicon: Lexicon): (a: string, b: string) => LexicalRelation | null {
  const memo = new Map<string, Map<string, LexicalRelation | null>>();
  return (a, b) => {
    let row = memo.get(a);
    if (!row) memo.set(a, (row = new Map()));
    let relation = row.get(b);
    if (relation === undefined) row.set(b, (relation = lexicon.relation(a, b)));
    return relation;
  };
}

/**
 * Word similarity with a memo: a page's terms meet the same corpus terms again and again.
 * Nested maps, so a look-up allocates no key string.
 */
function cachedSimilarity(vectors: WordVectors): (a: string, b: string) => number {
  const memo = new Map<string, Map<string, number>>();
  return (a, b) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    let row = memo.get(x);
    if (!row) memo.set(x, (row = new Map()));
    let sim = row.get(y);
    if (sim === undefined) row.set(y, (sim = vectors.similarity(x, y)));
    return sim;
  };
}
