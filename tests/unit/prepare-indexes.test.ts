import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../lib/corpus/analyse-source';
import { loadCorpus, type Corpus } from '../../lib/corpus/load-corpus';
import { checkPreparedIndexes, prepareIndexes, type PreparedIndexes } from '../../lib/corpus/prepare-indexes';
import { addSources, removeSources, type CorpusSource } from '../../lib/corpus/update-corpus';
import { postingIds, queryTermIndex } from '../../lib/match/term-index';
import type { AnalysedCorpus, SourceMeta } from '../../lib/types';
import { readSeedArticles } from '../../node/story-memory';

const meta = (id: string, outlet: string, published: string): SourceMeta => ({
  id,
  outlet,
  headline: outlet,
  published,
  publishedHow: 'byline',
});
const source = (m: SourceMeta, paragraphs: string[]): CorpusSource => ({
  meta: m,
  statements: analyseSource(m, paragraphs),
});

// The corpus the reader's sources join: a shipped source, so that their ids start above 0.
const shippedMeta = meta('shipped-a', 'Shipped', '2015-01-05');
const shipped: AnalysedCorpus = {
  version: 1,
  sources: [shippedMeta],
  statements: analyseSource(shippedMeta, [
    'A decree signed on January 2 allows foreigners to join the army.',
    'About 50 cars derailed, including 10 carrying hazardous materials.',
  ]),
};

// The reader's sources, of more than one story: the seed articles, a derailment, a grounding, and a
// copy of a seed on another site (so that the copy groups have something to join).
const seeds = readSeedArticles().map((a, i) => source({ ...a.meta, id: `user-seed-${i}` }, a.paragraphs));
const derailment = source(meta('user-derail', 'Local paper', '2023-02-04'), [
  'A Norfolk Southern train of about 150 cars derailed in East Palestine, Ohio, on Friday night.',
  'Officials said 20 of the cars carried hazardous materials, and about 2,000 residents were evacuated.',
]);
const grounding = source(meta('user-suez', 'Shipping daily', '2021-03-25'), [
  'The Ever Given, a 400-metre container ship, ran aground in the Suez Canal on Tuesday.',
  'More than 150 ships were waiting to pass, and the canal authority said dredging would take days.',
]);
const copyMeta = { ...seeds[0]!.meta, id: 'user-seed-copy', outlet: 'Wire copy' };
const copy: CorpusSource = {
  meta: copyMeta,
  statements: seeds[0]!.statements.map((st) => ({ ...st, sourceId: copyMeta.id })),
};

/** What the engine reads of a corpus's indexes: postings, lengths, counts, copy groups, and queries' answers. */
function indexState(corpus: Corpus) {
  const postings = [...corpus.terms.postings]
    .map(([term, list]) => [term, [...postingIds(list)].sort((a, b) => a - b)] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const queries = corpus.statements.map((st) =>
    st ? queryTermIndex(corpus.terms, st.features.terms, corpus.idf, 10) : null,
  );
  return {
    postings,
    lengths: Array.from(corpus.terms.lengths.subarray(0, corpus.statements.length)),
    df: postings.map(([term]) => corpus.df(term)),
    size: corpus.size,
    voices: [...corpus.copies.voices].sort(),
    queries,
  };
}

/** A corpus with `sources` added as start-up adds them, with or without `prepared`; copies, so that nothing is shared between runs. */
function withSources(sources: CorpusSource[], prepared?: unknown): Corpus {
  const corpus = loadCorpus(structuredClone(shipped));
  addSources(corpus, structuredClone(sources), prepared === undefined ? undefined : structuredClone(prepared));
  return corpus;
}

const readers: Array<[string, CorpusSource[]]> = [
  ['the seed articles', seeds],
  ['articles of three stories', [...seeds, derailment, grounding]],
  ['an article and its copy on another site', [seeds[0]!, derailment, copy]],
  ['one article', [grounding]],
];

describe('prepareIndexes', () => {
  it.each(readers)('gives the same indexes as indexing the sources: %s', (_, sources) => {
    const prepared = prepareIndexes(sources);
    expect(checkPreparedIndexes(structuredClone(prepared), sources)).not.toBeNull();
    expect(indexState(withSources(sources, prepared))).toEqual(indexState(withSources(sources)));
  });

  it('leaves an index that later changes update as they update any other', () => {
    const sources = [...seeds, derailment];
    const fromPrepared = withSources(sources, prepareIndexes(sources));
    const indexed = withSources(sources);
    for (const corpus of [fromPrepared, indexed]) {
      addSources(corpus, structuredClone([grounding, copy]));
      removeSources(corpus, [seeds[1]!.meta.id]);
    }
    expect(indexState(fromPrepared)).toEqual(indexState(indexed));
  });

  // What comes back from storage is a copy, not a trusted one: what does not fit is not used.
  const sources = [...seeds, derailment];
  it.each<[string, (p: PreparedIndexes) => unknown]>([
    ['nothing', () => null],
    ['not an object', () => 'indexes'],
    ['one statement more than the sources have', (p) => ({ ...p, statements: p.statements + 1 })],
    ['made for one source more', (p) => ({ ...p, sources: p.sources + 1 })],
    ['an id past the last statement', (p) => (p.terms.ids.fill(p.statements, 0, 1), p)],
    ['a negative id', (p) => (p.terms.ids.fill(-1, 3, 4), p)],
    [
      'a term missing from the terms',
      (p) => ({ ...p, terms: { ...p.terms, terms: p.terms.terms.replace(/\n[^\n]*$/, '') } }),
    ],
    ['counts of another length', (p) => ({ ...p, counts: p.counts.subarray(1) })],
    ['counts stored as a plain array', (p) => ({ ...p, counts: Array.from(p.counts) })],
    ['samples that end before their last source', (p) => ({ ...p, samples: p.samples.subarray(1) })],
    [
      'lengths of another count of statements',
      (p) => ({ ...p, terms: { ...p.terms, lengths: p.terms.lengths.subarray(1) } }),
    ],
  ])('is ignored when it holds %s, and the sources are indexed', (_, tamper) => {
    const tampered = tamper(prepareIndexes(sources));
    expect(checkPreparedIndexes(tampered, sources)).toBeNull();
    expect(indexState(withSources(sources, tampered))).toEqual(indexState(withSources(sources)));
  });

  it('is ignored for other sources than those it was made from', () => {
    const prepared = prepareIndexes([derailment, grounding]);
    expect(checkPreparedIndexes(prepared, [grounding])).toBeNull();
    expect(indexState(withSources([grounding], prepared))).toEqual(indexState(withSources([grounding])));
  });
});
