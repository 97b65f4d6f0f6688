import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../lib/claims/analyse-statement';
import { detectScope } from '../../lib/claims/detect-scope';
import { findAntonyms } from '../../lib/claims/find-antonyms';
import { detectNegation } from '../../lib/claims/detect-negation';
import { alignStatements } from '../../lib/match/align-statements';
import { compareSlots } from '../../lib/match/compare-slots';
import { judgeStance, type JudgeInput } from '../../lib/match/judge-stance';
import { normalizeTerms } from '../../lib/text/normalize-terms';
import { splitClauses } from '../../lib/text/split-clauses';
import { segmentSentences } from '../../lib/text/segment-sentences';
import { loadWordVectors } from '../../node/load-word-vectors';
import { loadLexiconFile } from '../../node/load-lexicon-file';

const vectors = loadWordVectors();
const lexicon = loadLexiconFile();
const weights = { idf: () => 2, similarity: (a: string, b: string) => vectors.similarity(a, b) };

/** Judges two sentences the way the engine does, with a flat IDF, so only the evidence decides. */
function judge(page: string, pageDate: string, source: string, sourceDate: string) {
  const p = analyseStatement(page, pageDate);
  const s = analyseStatement(source, sourceDate);
  const months = Math.abs(
    Number(pageDate.slice(0, 4)) * 12 +
      Number(pageDate.slice(5, 7) || 6) -
      Number(sourceDate.slice(0, 4)) * 12 -
      Number(sourceDate.slice(5, 7) || 6),
  );
  const alignment = alignStatements(p, s, weights);
  const input: JudgeInput = {
    page: p,
    source: s,
    alignment,
    slots: compareSlots(p, s),
    differentPeriod: months > 24,
    samePeriod: months <= 2,
    pageYear: pageDate.slice(0, 4),
    sourceYear: sourceDate.slice(0, 4),
    sourceOutlet: 'Outlet',
    sharedWords: alignment.shared,
    idf: weights.idf,
    monthsApart: months,
    pageText: page,
    sourceText: source,
  };
  return judgeStance(input);
}

describe('paraphrases fold to the same terms', () => {
  it.each([
    ['they will be able to obtain citizenship', 'they will have the right to apply for citizenship'],
    ['they are eligible for citizenship', 'they can apply for citizenship'],
    ['without triggering mass conscription', 'to avoid anything resembling countrywide conscription'],
    ['until now foreigners could not serve', 'previously foreigners could not serve'],
  ])('%s ~ %s', (a, b) => {
    const ta = normalizeTerms(a);
    const tb = new Set(normalizeTerms(b));
    expect(ta.filter((t) => tb.has(t)).length / ta.length).toBeGreaterThanOrEqual(0.66);
  });

  it('does not read a region into the countries named (that was one story)', () => {
    expect(normalizeTerms('men in Armenia and Kazakhstan')).toEqual(['man', 'armenia', 'kazakhstan']);
  });
});

describe('alignment', () => {
  it.each([
    // a claim inside a longer sentence still lines up, clause to clause
    [
      'Foreigners must speak Russian and have no criminal record.',
      'The ministry said last month that foreigners could enlist, a move aimed at migrants, but its ranks are open to all foreigners provided they speak Russian and have clean criminal records.',
      0.4,
    ],
    // near-synonyms from the word vectors count
    ['The army raised soldier wages in the region.', 'The military raised troop salaries in the region.', 0.6],
  ])('%s ~ %s >= %d', (a, b, min) => {
    expect(
      alignStatements(analyseStatement(a, '2015'), analyseStatement(b, '2015'), weights).score,
    ).toBeGreaterThanOrEqual(min);
  });

  it.each([
    // a name is not the common word it resembles
    [
      'Since joining The Post, he has covered economics and foreign policy.',
      'A draft decree permitting foreign soldiers was posted on the website.',
    ],
    // same topic words scattered over unrelated claims
    [
      'Tax issues always loom large for investors.',
      'The issue of foreign fighters has been frequently raised in Russia.',
    ],
  ])('%s is not the same fact as %s', (a, b) => {
    expect(alignStatements(analyseStatement(a, '2015'), analyseStatement(b, '2015'), weights).score).toBeLessThan(0.4);
  });
});

describe('judgeStance: each kind of evidence, with its reason', () => {
  it.each([
    // value conflicts
    [
      'Applicants aged 20 to 40 may sign contracts with the army.',
      '2015-01',
      'Applicants aged 18-30 may sign contracts with the army.',
      '2015-01',
      'conflicts',
      /aged 20–40 vs aged 18–30/,
    ],
    [
      'Russia is recruiting up to 40,000 troops a month.',
      '2025-06',
      'Russia is recruiting up to 40,000 troops a month, officials said.',
      '2025-06',
      'corroborates',
      /same number/,
    ],
    [
      'The order drafts 160,000 men into the army this spring.',
      '2025-04',
      'The order drafts 150,000 men into the army this spring.',
      '2025-04',
      'conflicts',
      /160,000 men vs 150,000 men/,
    ],
    // a figure that changed over the years: a conflict named as a possible update, with both years
    [
      'Foreigners sign one-year contracts with the army.',
      '2023-05',
      'Foreigners sign five-year contracts with the army.',
      '2015-01',
      'conflicts',
      /one-year \(page, 2023\) vs five-year \(Outlet, 2015\): possibly an update/,
    ],
    // a different date ten years apart is a different event
    [
      'Putin signed the decree on Jan. 4.',
      '2024-01-04',
      'Putin signed the decree on Jan. 2.',
      '2015-01',
      'related',
      /different events/,
    ],
    // dates months apart in one news cycle are different events too
    [
      'Putin signed the decree on March 31.',
      '2025-05',
      'Putin signed the decree on September 21, 2022.',
      '2025-05',
      'related',
      /different events/,
    ],
    // the same kind of act reported a year apart may be another act
    [
      'Putin signed a decree allowing foreign nationals to serve in the military.',
      '2025-03',
      'Putin signed a decree allowing foreign nationals to serve in the military.',
      '2024-01',
      'related',
      /months apart/,
    ],
    // polarity
    [
      'Foreign servicemen will not be allowed to take part in armed conflicts.',
      '2015-01',
      'Foreign servicemen are allowed to take part in armed conflicts.',
      '2015-01',
      'conflicts',
      /negated: 'not'/,
    ],
    [
      'Migrants are barred from serving in the army reserve units.',
      '2015-01',
      'Migrants are allowed to serve in the army reserve units.',
      '2015-01',
      'conflicts',
      /negated: 'barred'/,
    ],
    [
      'The government decided to increase the military budget for reserve units.',
      '2015-01',
      'The government decided to reduce the military budget for reserve units.',
      '2015-01',
      'conflicts',
      /opposite: 'increase' vs 'reduce'/,
    ],
    [
      'Only citizens of former Soviet republics may join the army reserve units.',
      '2015-01',
      'All foreigners may join the army reserve units, officials said.',
      '2015-01',
      'conflicts',
      /exclusive claim/,
    ],
    // a negated side clause does not negate the claim, but wording alone then confirms nothing
    [
      'The draft decree permitting foreign soldiers was posted on the ministry website, but never signed.',
      '2015-01',
      'The draft decree permitting foreign soldiers was posted on the ministry website.',
      '2015-01',
      'related',
      /negated/,
    ],
  ])('%s (%s) / %s (%s) -> %s', (page, pd, source, sd, stance, why) => {
    const result = judge(page, pd, source, sd);
    expect(result?.stance).toBe(stance);
    expect(result?.why).toMatch(why);
  });
});

describe('claim readers', () => {
  it.each([
    ['Only citizens of former Soviet republics may join.', 'exclusive'],
    ['Its ranks are open to all foreigners.', 'universal'],
    ['They are eligible only if they speak Russian.', null],
    ['Not only soldiers but their families are covered.', null],
    ['All of this depends on who you fight for.', null],
  ])('scope of %s -> %s', (text, kind) => expect(detectScope(text)?.kind ?? null).toBe(kind));

  it.each([
    [
      ['increase', 'budget'],
      ['reduce', 'budget'],
      ['increase', 'reduce'],
    ],
    [
      ['include', 'child'],
      ['exclude', 'child'],
      ['include', 'exclude'],
    ],
    [
      ['price', 'rise'],
      ['price', 'fall'],
      ['rise', 'fall'],
    ],
    [
      ['defendant', 'guilty'],
      ['defendant', 'innocent'],
      ['guilty', 'innocent'],
    ],
    [
      ['canal', 'open'],
      ['canal', 'close'],
      ['open', 'close'],
    ],
    [['increase', 'reduce'], ['reduce'], null],
    [['budget'], ['budget'], null],
  ])('antonyms %j / %j -> %j', (a, b, want) => expect(findAntonyms(a, b, lexicon)).toEqual(want));

  it('without the lexicon, only the general pairs WordNet lacks', () => {
    expect(findAntonyms(['increase', 'budget'], ['reduce', 'budget'])).toEqual(['increase', 'reduce']);
    expect(findAntonyms(['include', 'child'], ['exclude', 'child'])).toBeNull();
  });

  it.each([
    ['There are no restrictions prohibiting citizens from enlisting.', null],
    ['There is no path to citizenship.', 'no'],
  ])('negation parity: %s -> %s', (text, cue) => expect(detectNegation(text)).toBe(cue));

  it.each([
    ['Putin signed it on Jan. 4.', 1],
    ['The U.S. military said so. the rest followed.', 1],
  ])('segments %s into %i', (text, n) => expect(segmentSentences(text)).toHaveLength(n));

  it('splits clauses at "amid" and at "as it"', () => {
    expect(splitClauses('The move comes amid efforts to bolster troops')).toHaveLength(2);
    expect(splitClauses('The Kremlin is keen to avoid conscription as it maintains the line')).toHaveLength(2);
    expect(splitClauses('They served as soldiers')).toHaveLength(1);
  });

  it('does not read the verb "may" as the month', () => {
    expect(analyseStatement('Applicants aged 18-30 may sign contracts.', '2015-01').dates).toEqual([]);
    expect(
      analyseStatement('Applicants aged 18-30 may sign contracts.', '2015-01').quantities.map((q) => [
        q.dimension,
        q.low,
        q.high,
      ]),
    ).toEqual([['age', 18, 30]]);
    expect(analyseStatement('The law took effect in May 2015.', '2015-06').dates.map((d) => d.iso)).toEqual([
      '2015-05',
    ]);
  });

  it('reads relative years against the sentence or the article', () => {
    expect(
      analyseStatement('Putin signed the policy on Jan. 2, five years after the proposal.', '2015-02').dates.map(
        (d) => d.iso,
      ),
    ).toContain('2010');
    expect(
      analyseStatement('The plan was first floated five years ago.', '2015-02-02').dates.map((d) => d.iso),
    ).toEqual(['2010']);
    expect(analyseStatement('The plan was first floated five years ago.', null).dates).toEqual([]);
  });
});
