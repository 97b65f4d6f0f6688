import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../lib/text/segment-sentences';
import { parseQuantities } from '../../lib/claims/parse-quantities';
import { parseNumber } from '../../lib/claims/parse-number';
import { parseDates } from '../../lib/claims/parse-dates';
import { detectNegation } from '../../lib/claims/detect-negation';
import { normalizeTerms } from '../../lib/text/normalize-terms';

describe('segmentSentences', () => {
  it.each([
    ['Putin signed it on Jan. 2, five years later. It took effect.', 2],
    ['In the U.S., foreigners can only join with a green card. Others cannot.', 2],
    ['Mr. Smith said 3.5 times more. Dr. Jones agreed.', 2],
    ['One. Two! Three?', 3],
  ])('%s -> %i sentences', (text, n) => expect(segmentSentences(text)).toHaveLength(n));
});

describe('parseNumber', () => {
  it.each([
    ['30,000', [30000, 30000]], ['five', [5, 5]], ['forty-five', [45, 45]], ['1.5 million', [1.5e6, 1.5e6]],
    ['a dozen', [12, 12]], ['six million', [6e6, 6e6]], ['tens of thousands', [1e4, 99_999]], ['banana', null],
    // Words every JavaScript object has are not numbers.
    ['constructor', null], ['five constructor', null], ['3 constructor', null], ['tostring', null], ['__proto__', null],
  ])('%s', (text, want) => expect(parseNumber(text)).toEqual(want));
});

describe('parseQuantities', () => {
  const read = (text: string) => parseQuantities(text).map((q) => [q.kind, q.low, q.high, q.unit, q.per, q.approximate]);
  it.each([
    ['foreigners aged 18-30 may serve', [['age', 18, 30, 'year', '', false]]],
    ['applicants aged 20 to 40 may apply', [['age', 20, 40, 'year', '', false]]],
    ['those between 18 and 35 years old', [['age', 18, 35, 'year', '', false]]],
    ['five-year service contracts', [['duration', 5, 5, 'year:service:contract', '', false]]],
    ['ten-year contracts', [['duration', 10, 10, 'year:contract', '', false]]],
    ['30,000 rubles ($500) a month', [['money', 30000, 30000, 'RUB', 'month', false], ['money', 500, 500, 'USD', 'month', false]]],
    ['The average monthly salary is $500.', [['money', 500, 500, 'USD', 'month', false]]],
    ['an order for 160,000 men', [['count', 160000, 160000, 'man', '', false]]],
    ['some 100,000 migrants were ready', [['count', 100000, 100000, 'migrant', '', true]]],
    ['an estimated 300,000-odd troops', [['count', 300000, 300000, 'troop', '', true]]],
    ['as tens of thousands of Central Asians do each year', [['count', 10000, 99999, 'central:asian', 'year', false]]],
    ['around 30,000 to 40,000 new troops each month', [['count', 30000, 40000, 'troop', 'month', true]]],
    ['turnout rose to 64 percent', [['percent', 64, 64, '%', '', false]]],
    ['five years ago, in 2010', []],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it('does not read a date as a count when the date span is skipped', () => {
    expect(parseQuantities('The January 2 decree', [{ start: 4, end: 13 }])).toEqual([]);
  });
});

describe('parseDates', () => {
  const read = (text: string, ref: string | null) => parseDates(text, ref).map((d) => [d.iso, d.precision]);
  it.each([
    ['signed into force on Jan. 2', '2015-02', [['2015-01-02', 'day']]],
    ['The January 2 decree', '2015-01', [['2015-01-02', 'day']]],
    ['the ministry last month announced', '2015-02', [['2015-01', 'month']]],
    ['a decree signed on January 12', '2015-01-09', [['2015-01-12', 'day']]],
    ['an order from September 21, 2022', '2025', [['2022-09-21', 'day']]],
    ['announced in September 2022', '2024-01-04', [['2022-09', 'month']]],
    ['posted on the website in 2010', '2015-01', [['2010', 'year']]],
    ['until now, foreigners could not', '2015-01', []],
    ['published on Thursday', '2024-01-05', [['2024-01-04', 'day']]],
    ['published on Thursday', '2024-01', [['2024-01', 'month']]],
  ])('%s (published %s)', (text, ref, want) => expect(read(text, ref)).toEqual(want));
});

describe('detectNegation', () => {
  it.each([
    ['Foreign servicemen will not be allowed to take part in armed conflicts.', 'not'],
    ["Conscripts aren't sent into combat.", "n't"],
    ['Migrants are barred from serving.', 'barred'],
    ['The draft decree was never signed.', 'never'],
    ['They speak Russian and have no criminal record.', null],
    ['Not only soldiers but also their families are covered.', null],
  ])('%s -> %s', (text, cue) => expect(detectNegation(text)).toBe(cue));
});

describe('normalizeTerms folds general wordings of one thing', () => {
  // Story vocabulary ("armed forces" = "military", "sign up" = "enlist") is no longer folded here:
  // the lexicon relates those terms (tests/unit/normalize-terms.test.ts).
  it.each([
    ['they came in order to vote', 'they came to vote'],
    ['until now the canal was open', 'previously the canal was open'],
    ['the ships queued', 'the ship queues'],
  ])('%s = %s', (a, b) => expect(normalizeTerms(a)).toEqual(normalizeTerms(b)));

  it('keeps a draft decree apart from the draft', () => {
    expect(normalizeTerms('a draft decree')).not.toContain('conscript');
  });
});
