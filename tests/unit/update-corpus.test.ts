import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../lib/corpus/analyse-source';
import { loadCorpus, updateTermWeights } from '../../lib/corpus/load-corpus';
import { addSources, removeSources } from '../../lib/corpus/update-corpus';
import { searchCorpus } from '../../lib/search/search-corpus';
import { retrieveCandidates } from '../../lib/match/retrieve-candidates';
import { analyseStatement } from '../../lib/claims/analyse-statement';
import type { AnalysedCorpus, SourceMeta } from '../../lib/types';

const metaA: SourceMeta = {
  id: 'src-a',
  outlet: 'Outlet A',
  headline: 'A',
  published: '2015-01-05',
  publishedHow: 'byline',
};
const metaU: SourceMeta = {
  id: 'user-0123456789abcdef',
  outlet: 'Reader',
  headline: 'U',
  published: '2015-01-07',
  publishedHow: 'byline',
};
const asset: AnalysedCorpus = {
  version: 1,
  sources: [metaA],
  statements: analyseSource(metaA, [
    'A decree signed on January 2 allows foreigners to join the army.',
    'Applicants must speak Russian and have no criminal record.',
  ]),
};
const userStatements = analyseSource(metaU, [
  'Volunteers from abroad receive a salary of 30,000 rubles a month.',
  'The army signs foreigners for five years.',
]);

describe('analyseSource', () => {
  it('finds the statements in page order, tagged with the source', () => {
    expect(userStatements.map((s) => [s.sourceId, s.index])).toEqual([
      [metaU.id, 0],
      [metaU.id, 1],
    ]);
  });
});

describe('statements share one frozen empty list', () => {
  // Most corpus statements give no date, figure or negated clause: one list for all of them.
  it('when analysed, loaded from storage, or added', () => {
    const stored = JSON.parse(JSON.stringify(asset)) as AnalysedCorpus;
    const corpus = loadCorpus(stored);
    addSources(corpus, [{ meta: metaU, statements: JSON.parse(JSON.stringify(userStatements)) }]);
    const empties = corpus.statements
      .flatMap((st) => [st!.features.quantities, st!.features.negatedTerms])
      .filter((l) => l.length === 0);
    expect(empties.length).toBeGreaterThan(2);
    expect(new Set(empties).size).toBe(1);
    expect(Object.isFrozen(empties[0])).toBe(true);
    expect(
      new Set(
        analyseSource(metaA, [
          'The army recruited foreign volunteers for its reserve units.',
          'The navy opened its academy to applicants from neighbouring countries.',
        ]).map((st) => st.features.dates),
      ).size,
    ).toBe(1);
  });
});

describe('adding and removing sources of a loaded corpus', () => {
  it('a new source is searched, retrieved and weighed at once; the asset stays as shipped', () => {
    const corpus = loadCorpus(asset);
    const idfBefore = corpus.idf('army');
    expect(searchCorpus(corpus, 'rubles')).toEqual([]);
    addSources(corpus, [{ meta: metaU, statements: userStatements }]);
    expect(searchCorpus(corpus, 'rubles')).toMatchObject([{ sourceId: metaU.id, outlet: 'Reader', sourceIndex: 0 }]);
    expect(corpus.bySource.get(metaU.id)).toHaveLength(2);
    expect(corpus.df('army')).toBe(2);
    expect(corpus.idf('army')).not.toBe(idfBefore);
    expect(asset.statements).toHaveLength(2);
    const probe = {
      index: 0,
      text: 'x',
      features: analyseStatement('Foreigners can sign army contracts for five years.', '2015-01-09'),
    };
    expect(retrieveCandidates(probe, corpus, new Set()).map((s) => s.sourceId)).toContain(metaU.id);
  });

  it('a removed source is found no more; the others keep their ids', () => {
    const corpus = loadCorpus(asset);
    addSources(corpus, [{ meta: metaU, statements: userStatements }]);
    expect(removeSources(corpus, [metaA.id, 'unknown'])).toEqual([metaA.id]);
    expect(searchCorpus(corpus, 'criminal record')).toEqual([]);
    expect(searchCorpus(corpus, 'rubles')).toHaveLength(1);
    expect([...corpus.sources.keys()]).toEqual([metaU.id]);
    expect(corpus.df('decre')).toBe(0);
    expect(corpus.statements.filter(Boolean)).toHaveLength(2);
  });

  it('adding a source again replaces it; a shipped source comes back after removal', () => {
    const corpus = loadCorpus(asset);
    addSources(corpus, [{ meta: metaU, statements: userStatements }]);
    addSources(corpus, [{ meta: { ...metaU, outlet: 'Renamed' }, statements: userStatements }]);
    expect(searchCorpus(corpus, 'rubles')).toMatchObject([{ outlet: 'Renamed' }]);
    removeSources(corpus, [metaA.id]);
    addSources(corpus, [{ meta: metaA, statements: asset.statements }]);
    expect(searchCorpus(corpus, 'criminal record')).toHaveLength(1);
  });

  it('keeps the term weights a count from scratch gives, through adds, replacements and removals', () => {
    const corpus = loadCorpus(asset);
    const terms = [...new Set([...asset.statements, ...userStatements].flatMap((st) => st.features.terms))];
    const weights = () => terms.map((t) => [t, corpus.df(t), corpus.idf(t)]);
    const fromScratch = () => {
      const again = { ...corpus };
      updateTermWeights(again);
      return [terms.map((t) => [t, again.df(t), again.idf(t)]), again.size];
    };
    const steps = [
      () => addSources(corpus, [{ meta: metaU, statements: userStatements }]),
      () => addSources(corpus, [{ meta: metaU, statements: userStatements.slice(0, 1) }]),
      () => removeSources(corpus, [metaA.id]),
      () => addSources(corpus, [{ meta: metaA, statements: asset.statements }]),
      () => removeSources(corpus, [metaU.id, metaA.id]),
    ];
    for (const step of steps) {
      step();
      expect([weights(), corpus.size]).toEqual(fromScratch());
    }
    expect(corpus.size).toBe(0);
  });

  it('refuses statements that belong to another source', () => {
    expect(() => addSources(loadCorpus(asset), [{ meta: metaU, statements: asset.statements }])).toThrow(
      /belongs to "src-a"/,
    );
  });
});
