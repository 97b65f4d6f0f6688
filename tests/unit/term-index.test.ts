import { describe, expect, it } from 'vitest';
import {
  addAllToTermIndex,
  addToTermIndex,
  createTermIndex,
  postingIds,
  queryTermIndex,
  removeFromTermIndex,
} from '../../lib/match/term-index';
import { toCorpusStatement } from '../../lib/corpus/analyse-source';
import { findStatements } from '../../lib/statements/find-statements';

describe('term index', () => {
  it('keeps every id of a term past its first allocation, in order', () => {
    const index = createTermIndex();
    for (let id = 0; id < 3000; id++) addToTermIndex(index, id, id % 3 === 0 ? ['decre', 'citizen'] : ['decre']);
    expect(Array.from(postingIds(index.postings.get('decre')!))).toEqual(Array.from({ length: 3000 }, (_, i) => i));
    expect(postingIds(index.postings.get('citizen')!).length).toBe(1000);
  });

  it('adds many statements at once as one by one: the same postings and lengths, onto what is there', () => {
    const batches = [
      [['decre', 'citizen', 'decre'], ['army'], []],
      [['army', 'decre'], ['citizen', 'citizen', 'army'], ['new']],
    ];
    const one = createTermIndex();
    const all = createTermIndex();
    let id = 0;
    for (const batch of batches) {
      const entries = batch.map((terms) => ({ id: id++, terms }));
      for (const e of entries) addToTermIndex(one, e.id, e.terms);
      addAllToTermIndex(all, entries);
      const read = (index: typeof one) =>
        [...index.postings].map(([term, list]) => [term, Array.from(postingIds(list))]).sort();
      expect(read(all)).toEqual(read(one));
      expect(Array.from(all.lengths.subarray(0, id))).toEqual(Array.from(one.lengths.subarray(0, id)));
    }
    expect(Array.from(postingIds(all.postings.get('army')!))).toEqual([1, 3, 4]);
  });

  it.each([
    // [statements' terms, query, expected ranking]
    [
      [['a', 'b', 'c'], ['a'], ['b', 'c']],
      ['b', 'c'],
      [2, 0],
    ], // both share b and c: the shorter first
    [
      [
        ['a', 'b'],
        ['a', 'b', 'x', 'y', 'z', 'w'],
      ],
      ['a', 'b'],
      [0, 1],
    ], // the shorter statement shares more of itself
    [[['a'], ['b']], ['q'], []],
  ] as Array<[string[][], string[], number[]]>)('ranks %j for %j', (statements, query, expected) => {
    const index = createTermIndex();
    statements.forEach((terms, id) => addToTermIndex(index, id, terms));
    expect(queryTermIndex(index, query, () => 1, 10)).toEqual(expected);
  });

  it.each([1, 5, 30, 500])('returns the same best %i as ranking every candidate would', (limit) => {
    const index = createTermIndex();
    const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f'];
    // 300 statements with overlapping term sets of different lengths: many ties, many scores.
    for (let id = 0; id < 300; id++)
      addToTermIndex(
        index,
        id,
        vocabulary.filter((_, t) => (id * 7 + t * 3) % (t + 2) !== 0),
      );
    const weight = (t: string) => 1 + vocabulary.indexOf(t);
    const query = ['a', 'c', 'f'];
    const everyScore = Array.from({ length: 300 }, (_, id) => {
      const terms = vocabulary.filter((_, t) => (id * 7 + t * 3) % (t + 2) !== 0);
      const shared = query.filter((t) => terms.includes(t)).reduce((sum, t) => sum + weight(t), 0);
      return [id, shared / Math.sqrt(Math.max(1, terms.length))] as const;
    }).filter(([, score]) => score > 0);
    const expected = everyScore
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, limit)
      .map(([id]) => id);
    expect(queryTermIndex(index, query, weight, limit)).toEqual(expected);
  });

  it('skips removed ids and resets its scores between queries', () => {
    const index = createTermIndex();
    ['a b', 'a', 'b'].forEach((s, id) => addToTermIndex(index, id, s.split(' ')));
    removeFromTermIndex(index, [1]);
    expect(queryTermIndex(index, ['a'], () => 1, 10)).toEqual([0]);
    expect(queryTermIndex(index, ['b'], () => 1, 10)).toEqual([2, 0]);
  });
});

describe('toCorpusStatement', () => {
  it('keeps every feature of the analysed statement and adds the source id', () => {
    const [st] = findStatements(
      ['Only men aged 18 to 30 could not apply for the $500 grant on Jan. 2, 2015, officials said.'],
      '2015-01-03',
    );
    expect(st).toBeDefined();
    expect(toCorpusStatement(st!, 'src-1')).toEqual({ ...st, sourceId: 'src-1' });
  });
});
