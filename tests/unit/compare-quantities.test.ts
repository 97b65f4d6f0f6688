import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../lib/claims/parse-quantities';
import { compareQuantities } from '../../lib/match/compare-quantities';

/** A stand-in for word vectors: a few pairs of general English near-synonyms. */
const NEAR: Array<[string, string]> = [
  ['ship', 'vessel'],
  ['people', 'resident'],
  ['troop', 'people'],
  ['trade', 'commerce'],
  ['vote', 'ballot'],
  ['death', 'kill'],
];
const related = (a: string, b: string) =>
  NEAR.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? 0.8 : 0;
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
    // A bound on a precise figure is a count that reached it; one on a round figure reaches far.
    ['At least 1,240 people were killed', '1,480 people were confirmed dead', 'different'],
    ['more than a million customers lost power', 'about 1.1 million customers were without power', 'compatible-bound'],
    ['over 30 ports are affected', '32 ports are affected', 'compatible-bound'],
    ['more than 2,350 votes separated them', '2,900 votes separated them', 'different'],
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
    expect(
      compareQuantities(first('$9 billion a day'), first('an estimated $9.6bn a day'), related)?.relativeDifference,
    ).toBeCloseTo(0.0625, 3);
  });

  it('is less sure of the same measure when one side gives no rate', () => {
    const both = compareQuantities(first('$4 billion a day'), first('$4 billion a day'), related)!;
    const one = compareQuantities(first('$4 billion'), first('$4 billion a day'), related)!;
    expect(one.perMissing).toBe(true);
    expect(one.sameMeasure).toBeLessThan(both.sameMeasure);
  });
});

/** A stand-in for WordNet: a few kinds of person, one verb that is a kind of another, and pairs of kinds of one thing. */
const KINDS: Record<string, string[]> = {
  person: [
    'resident',
    'worker',
    'georgian',
    'voter',
    'firefighter',
    'passenger',
    'doctor',
    'nurse',
    'national',
    'foreigner',
  ],
  hurt: ['injure'],
};
const SIBLINGS: Array<[string, string]> = [
  ['sheep', 'goat'],
  ['car', 'truck'],
  ['doctor', 'nurse'],
  ['house', 'apartment'],
  ['national', 'foreigner'],
];
const lexical = (a: string, b: string) =>
  KINDS[a]?.includes(b)
    ? 'hyponym'
    : KINDS[b]?.includes(a)
      ? 'hypernym'
      : SIBLINGS.some(([x, y]) => (x === a && y === b) || (x === b && y === a))
        ? 'sibling'
        : null;
/** Vectors put kinds of one thing as near as synonyms (sheep / goat 0.85). */
const nearKinds = (a: string, b: string) =>
  SIBLINGS.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? 0.85 : related(a, b);
const compareWith = (page: string, source: string) => {
  const c = compareQuantities(first(page), first(source), related, lexical);
  return c ? c.relation : null;
};

describe('compareQuantities: whose figure, and of what', () => {
  it.each([
    // Different named holders of the same kind of figure (elections, sports, public health, markets).
    ['Hale received about 1.82 million votes.', 'Whitfield received 1,721,000 votes.'],
    ['Varga has scored five league goals.', 'Lindqvist scored five goals.'],
    ['Case numbers have fallen by 60 percent.', 'Hospital admissions fell 60 percent.'],
    ['Net income slipped to $1.1 billion.', 'Northwind spent $1.1 billion on network upgrades.'],
    // People counted for different things (storms, wildfires).
    [
      'About 4,000 people remain in state shelters.',
      'About 4,000 utility workers from 20 states have arrived to restore power.',
    ],
    ['At least 430 residents were evacuated.', 'About 430 firefighters are battling the blaze.'],
  ])('%s vs %s: not compared', (page, source) => expect(compareWith(page, source)).toBeNull());

  it.each([
    // Two kinds of one thing, however near their vectors (livestock shipping, a quake, a flood).
    ['The ship was carrying 14,000 sheep.', 'The ship was carrying 14,000 goats.'],
    ['The flood damaged 300 cars.', 'The flood damaged 300 trucks.'],
    ['The quake destroyed 40 houses in the town.', 'The quake destroyed 40 apartments in the town.'],
  ])('%s vs %s: two kinds of one thing, not compared', (page, source) =>
    expect(compareQuantities(first(page), first(source), nearKinds, lexical)).toBeNull(),
  );

  it.each([
    // People: one group named by two nouns WordNet keeps apart (a crash), still one count.
    ['Among the passengers were 15 foreign nationals.', 'Fifteen foreigners were among the passengers.', 'equal'],
  ])('%s vs %s: %s', (page, source, want) =>
    expect(compareQuantities(first(page), first(source), nearKinds, lexical)?.relation ?? null).toBe(want),
  );

  it.each([
    // The same holder, or one side a description ("the authority") of the other's name.
    ['Hale won 51.4 percent of the vote.', 'The certified results give Hale 50.9 percent.', 'different'],
    ['Egypt is seeking $600 million in compensation.', 'The authority is seeking $600 million.', 'equal'],
    // People named by different nouns, with clauses that say the same (elections, ports, disasters).
    [
      'A record 1.9 million people voted early.',
      'More than 1.9 million Georgians cast early ballots.',
      'compatible-bound',
    ],
    ['Three dockworkers were injured.', 'Three port workers were hurt.', 'equal'],
    ['Some 2,000 residents were evacuated.', 'About 2,000 people were evacuated.', 'equal'],
    // The same ship named and described (shipping), the level reached on both sides (markets).
    ['the fully laden 220,000-ton vessel', 'The 200,000-ton Ever Given is an ultra large container ship.', 'different'],
    ['Net income slipped to $1.1 billion from $1.3 billion.', 'Net income was $1.1 billion.', 'equal'],
  ])('%s vs %s: %s', (page, source, want) => expect(compareWith(page, source)).toBe(want));

  it.each([
    // A bracketed equivalent in the other side's unit is compared as written (shipping, weather, hiking).
    ['a 5,000-kilometer (3,100-mile) detour', 'adds about 3,500 miles to the journey', 'different'],
    ['a 5,000-kilometer (3,100-mile) detour', 'a detour of 3,100 miles', 'equal'],
    ['winds reached 160 km/h (100 mph)', 'winds of about 120 mph', 'different'],
  ])('%s vs %s: %s', (page, source, want) => expect(compareWith(page, source)).toBe(want));

  it.each([
    // A figure inside the other's range has no gap (storm losses, a trial's damages, a fundraising).
    ['insured losses at about $20 billion', 'insured losses of between $18 billion and $25 billion'],
    ['damages of $3 million', 'damages of $2 million to $5 million'],
    ['a turnout of 61 percent', 'a turnout of 55 to 65 percent'],
  ])('%s vs %s: no gap', (page, source) =>
    expect(compareQuantities(first(page), first(source), related)?.relativeDifference).toBe(0),
  );
});

describe('compareQuantities: places in a series', () => {
  // Pairs the word vectors and WordNet relate ("action"/"protest" 0.5; "quarterly" is derived from "quarter").
  const NEAR_SERIES: Array<[string, string]> = [
    ['action', 'protest'],
    ['quarter', 'quarterly'],
  ];
  const near = (a: string, b: string) =>
    NEAR_SERIES.some(([x, y]) => (x === a && y === b) || (x === b && y === a)) ? 0.5 : related(a, b);
  const relation = (page: string, source: string) => {
    const c = compareQuantities(first(page), first(source), near);
    return c ? c.relation : null;
  };
  it.each([
    // Protests, a bank's run of increases, a company's losses, talks, a derailment, a league table.
    [
      'Thursday was the ninth day of nationwide action.',
      'It was the tenth day of protests since January 19.',
      'different',
    ],
    ['Thursday was the ninth day of nationwide action.', 'Unions held their ninth national day of protest.', 'equal'],
    [
      'It was the third straight quarter of losses.',
      "It was the company's fourth consecutive quarterly loss.",
      'different',
    ],
    ['The second round of talks ended.', 'The third round of talks ended.', 'different'],
    ['A failed bearing on the 17th car caused it.', 'The bearing on the 17th car failed.', 'equal'],
    [
      'The pause ended a run of ten consecutive rate increases.',
      'The ECB raised rates again, its eleventh increase in a row.',
      'different',
    ],
    ['Riverside are fourth in the league.', 'Riverside sit second in the table.', 'different'],
    // Not one series: other ranked nouns, other series, another holder, a place against a count.
    ['It was the ninth day of the strike.', 'It was the ninth round of talks.', null],
    ['The second round of talks ended.', 'The third round of voting ended.', null],
    ["Varga is Riverside's fourth summer signing.", "Okafor became Riverside's fifth signing of the summer.", null],
    ['It was the tenth day of protests.', 'Protests have lasted ten days.', null],
    ['Before their first birthday, babies ate peanuts.', 'Before the first wave of mobilization, he said so.', null],
  ])('%s ~ %s', (page, source, want) => expect(relation(page, source)).toBe(want));
});
