import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../lib/corpus/analyse-source';
import { checkStoredRecord, checkStoredText } from '../../utils/source-store/read-stored-source';
import { sourceText, toFormat1 } from './fixtures/raw-databases';

const { meta, paragraphs } = sourceText(1);
const statements = analyseSource(meta, paragraphs);
const record = { meta, statements, analysedBy: '1.0.0', addedAt: 5 };
const withFeatures = (change: object) => statements.map((st) => ({ ...st, features: { ...st.features, ...change } }));

describe('checkStoredRecord', () => {
  it.each([
    ['a schema-2 record', record, meta.id, { meta, statements, analysedBy: '1.0.0', addedAt: 5 }],
    [
      'a schema-1 record: its text comes with it',
      { ...record, paragraphs },
      meta.id,
      { meta, statements, analysedBy: '1.0.0', addedAt: 5, paragraphs },
    ],
    [
      'no analysedBy or addedAt (older record): analysed again, listed first',
      { meta, statements },
      meta.id,
      { meta, statements, analysedBy: '', addedAt: 0 },
    ],
    [
      'statements in analysed-statement format 1',
      { ...record, statements: toFormat1(statements) },
      meta.id,
      { meta, statements: null, analysedBy: '1.0.0', addedAt: 5 },
    ],
    ['statements not a list', { ...record, statements: {} }, meta.id, { statements: null }],
    [
      'a statement of another source',
      { ...record, statements: [{ ...statements[0], sourceId: 'user-0000000000000000' }] },
      meta.id,
      { statements: null },
    ],
    [
      'a statement without its text',
      { ...record, statements: [{ ...statements[0], text: 7 }] },
      meta.id,
      { statements: null },
    ],
    [
      'terms that are not a list',
      { ...record, statements: withFeatures({ terms: 'armi' }) },
      meta.id,
      { statements: null },
    ],
    [
      'a negation that is not text',
      { ...record, statements: withFeatures({ negation: 1 }) },
      meta.id,
      { statements: null },
    ],
    ['no features', { ...record, statements: [{ ...statements[0], features: null }] }, meta.id, { statements: null }],
    ['paragraphs that are not text: left out', { ...record, paragraphs: [1, 2] }, meta.id, { meta, statements }],
    ['addedAt not a number', { ...record, addedAt: 'yesterday' }, meta.id, { addedAt: 0 }],
  ])('%s', (_, value, key, expected) => {
    const checked = checkStoredRecord(value, key);
    expect(checked).toHaveProperty('record');
    expect((checked as { record: object }).record).toMatchObject(expected);
    if (!('paragraphs' in expected)) expect((checked as { record: object }).record).not.toHaveProperty('paragraphs');
  });

  it.each([
    ['garbage', 'garbage', meta.id, 'not a source record ("garbage")'],
    ['null', null, meta.id, 'not a source record (null)'],
    ['a list', [record], meta.id, 'not a source record (a list)'],
    ['a shipped source’s id', record, 'src-a', 'not the id of one of your sources ("src-a")'],
    ['a number as key', record, 7, 'not the id of one of your sources (7)'],
    ['no description', { ...record, meta: undefined }, meta.id, 'meta: expected an object, got nothing'],
    ['no outlet', { ...record, meta: { ...meta, outlet: '' } }, meta.id, 'meta.outlet: expected text, got ""'],
    [
      'a date that is not one',
      { ...record, meta: { ...meta, published: 'Tuesday' } },
      meta.id,
      'meta.published: expected an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got "Tuesday"',
    ],
    [
      'an address that is not a web address',
      { ...record, meta: { ...meta, url: 'javascript:alert(1)' } },
      meta.id,
      'meta.url: expected an http(s) address, got "javascript:alert(1)"',
    ],
  ])('refuses %s', (_, value, key, problem) => {
    expect(checkStoredRecord(value, key)).toEqual({ problem });
  });
});

describe('checkStoredText', () => {
  it.each([
    ['its text', { id: meta.id, paragraphs }, paragraphs],
    ['another source’s text', { id: 'user-0000000000000000', paragraphs }, null],
    ['no text', undefined, null],
    ['an empty text', { id: meta.id, paragraphs: [] }, null],
    ['paragraphs that are not text', { id: meta.id, paragraphs: ['One.', 2] }, null],
  ])('%s', (_, value, expected) => expect(checkStoredText(value, meta.id)).toEqual(expected));
});
