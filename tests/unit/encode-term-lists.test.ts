import { describe, expect, it } from 'vitest';
import { decodeTermLists, encodeTermFlags, encodeTermLists } from '../../lib/claims/encode-term-lists';

describe('encodeTermLists / decodeTermLists', () => {
  const terms = ['decre', 'allow', 'foreign', 'enlist', 'militari'];
  it.each([
    [
      [
        ['decre', 'allow', 'foreign'],
        ['foreign', 'enlist', 'militari'],
      ],
    ],
    [[['militari']]],
    [[]],
  ])('round trip %j', (lists) => expect(decodeTermLists(terms, encodeTermLists(terms, lists))).toEqual(lists));

  it('leaves out terms the statement does not have', () => {
    expect(decodeTermLists(terms, encodeTermLists(terms, [['decre', 'comet', 'allow']]))).toEqual([['decre', 'allow']]);
  });

  it('is much smaller than the lists as JSON', () => {
    const lists = [terms, terms.slice(1), terms.slice(2)];
    expect(encodeTermLists(terms, lists).length * 4).toBeLessThan(JSON.stringify(lists).length);
  });

  it('reads statements analysed before the encoding (lists stored as arrays)', () => {
    expect(decodeTermLists(terms, [['decre']] as unknown as string)).toEqual([['decre']]);
  });

  it('flags the terms of a subset', () => {
    expect(encodeTermFlags(terms, ['allow', 'militari', 'comet'])).toBe('01001');
  });
});
