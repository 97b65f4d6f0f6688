import { describe, expect, it } from 'vitest';
import { createGetMessage, loadMessages } from '../../node/load-messages';
import {
  ENGLISH_COUNTED,
  ENGLISH_PHRASES,
  ENGLISH_TEMPLATES,
  englishOrdinal,
  fillTemplate,
  scaleWordOf,
  type CountedKey,
  type PhraseValues,
} from '../../lib/explain/reason-phrases';
import { formatNumber } from '../../lib/explain/format-number';
import { formatLocaleDate } from '../../lib/explain/format-locale-date';

/** A message key of lib's phrasebook as the browser names it: "same.money" is why_same_money. */
const messageKey = (key: string) => `why_${key.replaceAll('.', '_')}`;

// lib/explain/reason-phrases.ts is the one source of the English: locales/en.yml must say the same.
describe('the English of the why line', async () => {
  const messages = await loadMessages('en');
  // As the browser reads it: "$$" is a dollar sign.
  const getMessage = createGetMessage(messages, 'en-GB');

  it.each(Object.entries(ENGLISH_TEMPLATES))('locales/en.yml has why.%s as lib writes it', (key, template) => {
    expect(getMessage(messageKey(key))).toBe(template);
  });

  it.each(Object.entries(ENGLISH_COUNTED))('locales/en.yml has the two forms of why.%s', (key, [one, other]) => {
    expect(getMessage(messageKey(key))).toBe(`${one} | ${other}`);
  });

  it('locales/en.yml has no why message lib does not write', () => {
    const lib = new Set([...Object.keys(ENGLISH_TEMPLATES), ...Object.keys(ENGLISH_COUNTED)].map(messageKey));
    expect(Object.keys(messages).filter((k) => k.startsWith('why_') && !lib.has(k))).toEqual([]);
  });
});

describe('numbers, dates and places in a series', async () => {
  // German scale words from locales/de.yml ("1 Million", "2 Millionen").
  const german = await loadMessages('de');
  const germanCounted = (key: CountedKey, count: number, values: PhraseValues) =>
    fillTemplate(german[messageKey(key)]!.message.split(' | ')[count === 1 ? 0 : 1]!, values);

  it.each([
    [9.6e9, '9.6 billion', '9,6 Milliarden'],
    [1e9, '1 billion', '1 Milliarde'],
    [2e6, '2 million', '2 Millionen'],
    [1e6, '1 million', '1 Million'],
    [1.25e12, '1.25 trillion', '1,25 Billionen'],
    [9600, '9,600', '9.600'],
    [160_000, '160,000', '160.000'],
    [3.5, '3.5', '3,5'],
    [1_234_567, '1,234,567', '1.234.567'],
  ])('%d: "%s", German "%s"', (n, english, inGerman) => {
    expect(ENGLISH_PHRASES.number(n)).toBe(english);
    expect(formatNumber(n, 'de-DE', scaleWordOf(germanCounted))).toBe(inGerman);
  });

  it.each([
    ['2015-01-02', '2 January 2015', '2. Januar 2015'],
    ['2021-03', 'March 2021', 'März 2021'],
    ['2015', '2015', '2015'],
  ])('%s: "%s", German "%s"', (iso, english, inGerman) => {
    expect(ENGLISH_PHRASES.date(iso)).toBe(english);
    expect(formatLocaleDate(iso, 'de-DE')).toBe(inGerman);
  });

  it.each([
    [1, 'first'],
    [9, 'ninth'],
    [20, 'twentieth'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
    [113, '113th'],
    [112, '112th'],
  ])('%d is "%s"', (n, word) => expect(englishOrdinal(n)).toBe(word));
});
