import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../lib/text/segment-sentences';
import { parseNumber } from '../../lib/claims/parse-number';
import { parseDates } from '../../lib/claims/parse-dates';
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
    ['30,000', [30000, 30000]],
    ['five', [5, 5]],
    ['forty-five', [45, 45]],
    ['1.5 million', [1.5e6, 1.5e6]],
    ['a dozen', [12, 12]],
    ['six million', [6e6, 6e6]],
    ['tens of thousands', [1e4, 99_999]],
    ['banana', null],
    // Words every JavaScript object has are not numbers.
    ['constructor', null],
    ['five constructor', null],
    ['3 constructor', null],
    ['tostring', null],
    ['__proto__', null],
  ])('%s', (text, want) => expect(parseNumber(text)).toEqual(want));
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
    // A weekday is the latest such day up to the article's (news reports what happened), the next
    // one in a statement about what is to come; its part of the day or hour keeps it that day.
    ['The ship was freed on Monday evening', '2021-03-30', [['2021-03-29', 'day']]],
    ['The blaze was first reported on the afternoon of Aug. 3.', '2021-08-07', [['2021-08-03', 'day']]],
    ['Polls closed on the evening of 14 May.', '2023-05-16', [['2023-05-14', 'day']]],
    ['The quake struck on Friday at 4:17 a.m.', '2023-11-07', [['2023-11-03', 'day']]],
    ['Whitfield conceded on Sunday night', '2022-12-08', [['2022-12-04', 'day']]],
    ['The train derailed Friday', '2023-02-06', [['2023-02-03', 'day']]],
    ['Talks will resume on Thursday', '2021-03-30', [['2021-04-01', 'day']]],
    ['The vote was held on Tuesday', '2021-03-30', [['2021-03-30', 'day']]],
    // Spans are gaps, not dates; the day beside one is still read.
    ['Cases have risen 47 percent in two weeks', '2021-12-13', []],
    ['He was freed three days before returning home', '2023-05-08', []],
    ['The terminal reopened six weeks after the collision', '2022-06-13', []],
    ['The fire burned for five days', '2021-08-09', []],
    ['Whitfield conceded on Thursday, two days after the vote', '2022-12-09', [['2022-12-08', 'day']]],
    ['The plane landed three days ago', '2023-03-15', [['2023-03-12', 'day']]],
  ])('%s (published %s)', (text, ref, want) => expect(read(text, ref)).toEqual(want));
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
