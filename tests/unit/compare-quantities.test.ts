import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../lib/claims/parse-quantities';
import { compareQuantities } from '../../lib/match/compare-quantities';

/** A stand-in for word vectors: a few pairs of general English near-synonyms. */
const NEAR: Array<[string, string]> = [['ship', 'vessel'], ['people', 'resident'], ['troop', 'people'], ['trade', 'commerce'], ['vote', 'ballot'], ['death', 'kill']];
const related = (a: string, b: string) => (NEAR.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? 0.8 : 0);
const first = (text: string) => parseQuantities(text)[0]!;
const compare = (page: string, source: string) => {
  const c = compareQuantities(first(page), first(source), related);
  return c ? c.relation : null;
};

describe('compareQuantities', () => {
  it.each([
    // A canal blockage.
    ['the 180,000-ton tanker', 'The 180,000-tonne tanker', 'equal'],
    ['the 180,000-ton tanker', 'The 165,000-tonne tanker', 'different'],
    ['a 300-metre-long tanker', 'the 300-meter-long tanker', 'equal'],
    ['a 984-foot tanker', 'the 300-meter tanker', 'equal'],
    ['about 14% of world trade', 'about 11% of global commerce', 'different'],
    ['more than 14% of world trade', 'about 15% of global trade', 'compatible-bound'],
    ['a queue of 310 ships', 'a queue of around 300 vessels', 'within'],
    ['a queue of 310 ships', 'more than 120 vessels waiting', 'different'],
    ['a queue of 310 ships', 'over 300 vessels waiting', 'compatible-bound'],
    ['$4.2bn of goods a day', '$4.2 billion of goods each day', 'equal'],
    ['more than $4 billion a day', '$4.2bn a day', 'compatible-bound'],
    ['$4 billion a day', 'an estimated $4.6bn a day', 'different'],
    ['for nearly a week', 'for almost a week', 'equal'],
    ['a six-day long effort', 'for almost a week', 'within'],
    ['two-and-a-half days to clear', 'four days to clear', 'different'],
    ['up to 8 days to clear', 'at least 8 days to clear', 'compatible-bound'],
    // The recruitment story.
    ['foreigners aged 18 to 40', 'foreigners aged 18-30', 'different'],
    ['between 20,000 and 30,000 people a month', 'around 20,000 to 30,000 troops each month', 'within'],
    // A derailment.
    ['a 2-mile evacuation radius', 'a 3.2-kilometre evacuation radius', 'within'],
    ['about 2,000 residents evacuated', 'some 2,000 people evacuated', 'equal'],
    // An election and a market.
    ['52.4% of the vote', '52.4% of the ballots', 'equal'],
    ['shares fell 3%', 'shares rose 3%', 'different'],
    // An earthquake.
    ['a depth of 18 km', 'a depth of 11 miles', 'within'],
    ['At least 1,200 people were killed', '1,350 deaths', 'compatible-bound'],
    // Two hedges do not stretch towards each other; one hedge may still cover the other's figure.
    ['about 10% of maritime trade', 'about 12% of global trade', 'different'],
    ['around 2,000 residents evacuated', 'about 2,100 people evacuated', 'within'],
    ['roughly 40 percent of the vote', 'about 46 percent of the vote', 'different'],
    ['about $20 billion of losses', 'some $19 billion of losses', 'within'],
  ])('%s vs %s: %s', (page, source, want) => expect(compare(page, source)).toBe(want));

  it.each([
    // Not the same measure: another dimension, currency, rate, object, or a change against a level.
    ['$4 billion a day', '$4 billion a year'],
    ['4 billion francs', '$4 billion'],
    ['four tugboats', 'two pilots'],
    ['shares fell 3%', 'turnout of 3%'],
    ['a 2-mile radius', '2,000 residents'],
  ])('%s vs %s: not compared', (page, source) => expect(compare(page, source)).toBeNull());

  it('compares a bracketed equivalent when the main units differ', () => {
    const c = compareQuantities(first('30,000 rubles ($400) a month'), first('$400 a month'), related);
    expect(c).toMatchObject({ relation: 'equal', pageValue: { unit: 'USD', low: 400 } });
  });

  it('exposes the relative difference of rounded figures', () => {
    expect(compareQuantities(first('$9 billion a day'), first('an estimated $9.6bn a day'), related)?.relativeDifference).toBeCloseTo(0.0625, 3);
  });

  it('is less sure of the same measure when one side gives no rate', () => {
    const both = compareQuantities(first('$4 billion a day'), first('$4 billion a day'), related)!;
    const one = compareQuantities(first('$4 billion'), first('$4 billion a day'), related)!;
    expect(one.perMissing).toBe(true);
    expect(one.sameMeasure).toBeLessThan(both.sameMeasure);
  });
});
