import { describe, expect, it } from 'vitest';
import { parseQuantities, UNBOUNDED } from '../../lib/claims/parse-quantities';

const INF = UNBOUNDED;
/** [dimension, low, high, unit, bound, per, object] of each figure, in base units. */
const read = (text: string) =>
  parseQuantities(text).map((q) => [
    q.dimension,
    round(q.low),
    round(q.high),
    q.unit,
    q.bound,
    q.per,
    q.object.join(' '),
  ]);
const round = (n: number) => (n === INF ? INF : Math.round(n * 1000) / 1000);

describe('parseQuantities', () => {
  // Moved from claims.test.ts (the old shape: kind, unit "year:servic:contract", approximate).
  it.each([
    ['foreigners aged 18-30 may serve', [['age', 18, 30, 'year', 'exact', '', '']]],
    ['applicants aged 20 to 40 may apply', [['age', 20, 40, 'year', 'exact', '', '']]],
    ['those between 18 and 35 years old', [['age', 18, 35, 'year', 'exact', '', '']]],
    ['five-year service contracts', [['duration', 1826.25, 1826.25, 'day', 'exact', '', '']]],
    ['30,000 rubles ($500) a month', [['money', 30000, 30000, 'RUB', 'exact', 'month', '']]],
    ['The average monthly salary is $500.', [['money', 500, 500, 'USD', 'exact', 'month', '']]],
    ['an order for 160,000 men', [['count', 160000, 160000, '', 'exact', '', 'man']]],
    ['some 100,000 migrants were ready', [['count', 100000, 100000, '', 'approximate', '', 'migrant']]],
    ['an estimated 300,000-odd troops', [['count', 300000, 300000, '', 'approximate', '', 'troop']]],
    [
      'as tens of thousands of Central Asians do each year',
      [['count', 10000, 99999, '', 'exact', 'year', 'central asian']],
    ],
    ['around 30,000 to 40,000 new troops each month', [['count', 30000, 40000, '', 'approximate', 'month', 'troop']]],
    ['turnout rose to 64 percent', [['percent', 64, 64, '%', 'exact', '', '']]],
    ['five years ago, in 2010', []],
  ])('seed story: %s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    // East Palestine, AP: the hazardous cars are cars.
    [
      'About 50 cars, including 10 carrying hazardous materials, derailed in a fiery crash.',
      [
        ['count', 50, 50, '', 'approximate', '', 'car'],
        ['count', 10, 10, '', 'exact', '', 'car'],
      ],
    ],
    [
      'The bus carried 40 passengers, of whom 12 were hurt.',
      [
        ['count', 40, 40, '', 'exact', '', 'passenger'],
        ['count', 12, 12, '', 'exact', '', 'passenger'],
      ],
    ],
    [
      'Officials counted 300 homes, among them 25 destroyed by the fire.',
      [
        ['count', 300, 300, '', 'exact', '', 'home'],
        ['count', 25, 25, '', 'exact', '', 'home'],
      ],
    ],
    // A noun of its own after "including" is counted as written.
    ['The plan, including 10 new measures, was approved.', [['count', 10, 10, '', 'exact', '', 'measure']]],
  ])('a count that leaves its noun out counts what the count before it counts: %s', (text, want) =>
    expect(read(text)).toEqual(want),
  );

  it.each([
    // An age a rule sets or changes, and the age bound of the people it is for (pensions, masks, voting).
    [
      'The reform raises the retirement age from 62 to 64.',
      [
        ['age', 62, 62, 'year', 'exact', '', ''],
        ['age', 64, 64, 'year', 'exact', '', ''],
      ],
    ],
    ['Parliament lowered the voting age to 16.', [['age', 16, 16, 'year', 'exact', '', '']]],
    ['Children under 5 are exempt from the mandate.', [['age', 0, 5, 'year', 'at most', '', '']]],
    ['The vaccine is offered to people over 65.', [['age', 65, INF, 'year', 'at least', '', '']]],
    ['Children under 5 percent of the intake were sent home.', [['percent', 0, 5, '%', 'at most', '', 'intake']]],
    ['The shelter took in people over 1,000 miles away.', [['length', 1_609_344, INF, 'm', 'at least', '', 'away']]],
  ])('ages of rules: %s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    // Scale abbreviations of wires and headlines after an amount (Reuters' "mln", Asian press "mil").
    ['Egypt slashes Suez Canal blockage compensation to US$550 mil', [['money', 550e6, 550e6, 'USD', 'exact', '', '']]],
    ['Net profit rose to $12 mln in the quarter.', [['money', 12e6, 12e6, 'USD', 'exact', '', '']]],
    ['The fund raised €2 bln from investors.', [['money', 2e9, 2e9, 'EUR', 'exact', '', '']]],
    ['A 3 mil plastic sheet covered the floor.', [['count', 3, 3, '', 'exact', '', 'mil plastic sheet']]],
  ])('scale abbreviations: %s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    // A ship blocking a canal: tonnage, length, trade, queues, money, durations.
    [
      'The 180,000-ton tanker ran aground on Tuesday.',
      [['mass', 180_000_000, 180_000_000, 'kg', 'exact', '', 'tanker']],
    ], // an irregular past form after the noun is the verb
    ['the 300-metre-long freighter', [['length', 300, 300, 'm', 'exact', '', 'freighter']]],
    ['a 350-meter (380-yard) carrier', [['length', 350, 350, 'm', 'exact', '', 'carrier']]],
    ['Roughly 15% of world shipping uses the strait.', [['percent', 15, 15, '%', 'approximate', '', 'world ship']]],
    [
      'About 10% of international maritime trade passes through it.',
      [['percent', 10, 10, '%', 'approximate', '', 'international maritime trade']],
    ],
    ['A queue of more than 200 vessels formed.', [['count', 200, INF, '', 'at least', '', 'vessel']]],
    ['the number of boats waiting had risen to 310 by Friday', [['count', 310, 310, '', 'exact', '', 'boat']]],
    ['It is holding up $4.2bn of goods each day.', [['money', 4.2e9, 4.2e9, 'USD', 'exact', 'day', 'good']]],
    ['That is about $175m an hour.', [['money', 1.75e8, 1.75e8, 'USD', 'approximate', 'hour', '']]],
    ['The port sought US$1.2 billion from the owners.', [['money', 1.2e9, 1.2e9, 'USD', 'exact', '', '']]],
    ['The insurer paid £7bn.', [['money', 7e9, 7e9, 'GBP', 'exact', '', '']]],
    ['Clearing it could take two-and-a-half days.', [['duration', 2.5, 2.5, 'day', 'exact', '', '']]],
    ['The strait was shut for nearly a week.', [['duration', 6.3, 7, 'day', 'approximate', '', '']]],
    ['a five-day long salvage operation', [['duration', 5, 5, 'day', 'exact', '', '']]],
    ['The tug freed it after an hour and 20 minutes.', [['duration', 0.056, 0.056, 'day', 'exact', '', '']]],
    ['The fight happened a week ago.', []],
    // A train derailment: cars, radius, residents, chemicals.
    [
      'About 40 cars derailed and 2,000 residents were evacuated.',
      [
        ['count', 40, 40, '', 'approximate', '', 'car'],
        ['count', 2000, 2000, '', 'exact', '', 'resident'],
      ],
    ],
    [
      'Officials ordered everyone within a 2-mile radius to leave.',
      [['length', 3218.688, 3218.688, 'm', 'exact', '', 'radius']],
    ],
    [
      'The tank cars held 100,000 gallons of vinyl chloride.',
      [['volume', 378541, 378541, 'l', 'exact', '', 'vinyl chloride']],
    ],
    // An election: shares, turnout, seats, votes.
    [
      'She won 52.4% of the vote on a turnout of 61 per cent.',
      [
        ['percent', 52.4, 52.4, '%', 'exact', '', 'vote'],
        ['percent', 61, 61, '%', 'exact', '', ''],
      ],
    ],
    ['The party took 312 seats, up from 288.', [['count', 312, 312, '', 'exact', '', 'seat']]],
    ['Half of voters backed the measure.', [['percent', 50, 50, '%', 'approximate', '', 'voter']]],
    // A market report: prices, changes, rates per unit.
    [
      'Brent crude rose 2.1% to $84.30 a barrel.',
      [
        ['percent', 2.1, 2.1, '%', 'exact', '', ''],
        ['money', 84.3, 84.3, 'USD', 'exact', 'barrel', ''],
      ],
    ],
    ['The company lost 4.4 billion Swiss francs ($4.8 billion).', [['money', 4.4e9, 4.4e9, 'CHF', 'exact', '', '']]],
    // An earthquake: magnitude, depth, toll.
    [
      'A magnitude 6.8 quake struck at a depth of 18 km.',
      [
        ['magnitude', 6.8, 6.8, 'magnitude', 'exact', '', 'quake'],
        ['length', 18000, 18000, 'm', 'exact', '', ''],
      ],
    ],
    ['The death toll rose to 2,950 on Sunday.', [['count', 2950, 2950, '', 'exact', '', 'death']]],
    ['At least 1,200 people were killed.', [['count', 1200, INF, '', 'at least', '', 'people']]],
    // An irregular plural is the head of the counted thing, not a verb ending it.
    ['Some 40 small children were rescued from the rubble.', [['count', 40, 40, '', 'approximate', '', 'small child']]],
    ['The order drafts 160,000 young men into the army.', [['count', 160000, 160000, '', 'exact', '', 'young man']]],
    ['Temperatures fell to 5°C (41°F) overnight.', [['temperature', 5, 5, '°C', 'exact', '', 'overnight']]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    ['5,000-kilometer (3,100-mile)', '3,100-mile', 'm'],
    ['30,000 rubles ($500)', '$500', 'USD'],
  ])('keeps the bracketed figure of %s as its equivalent', (text, equivalent, unit) => {
    const [q, ...rest] = parseQuantities(text);
    expect(rest).toEqual([]);
    expect(q!.equivalent).toMatchObject({ text: equivalent, unit });
  });

  it.each([
    ['Shares of the carmaker fell 3%.', 'down'],
    ['Exports were up 12% on the year.', 'up'],
    ['a 5% drop in sales', 'down'],
    ['Inflation rose to 4%.', undefined],
    ['The blockage is holding up $9 billion a day.', undefined],
  ])('reads the direction of a change: %s', (text, change) => expect(parseQuantities(text)[0]!.change).toBe(change));

  it('reads the terms of the figure’s own clause as its context', () => {
    const [waiting] = parseQuantities(
      'By Wednesday the number of ships waiting to transit had fallen to 292, officials said.',
    );
    expect(waiting!.context).toEqual(expect.arrayContaining(['wait', 'transit']));
    expect(waiting!.context).not.toContain('offici');
  });

  it('does not read a date as a count when the date span is skipped', () => {
    expect(parseQuantities('The January 2 decree', [{ start: 4, end: 13 }])).toEqual([]);
  });

  it('stays linear on long runs of digits and units', () => {
    const text = `${'1'.repeat(20_000)} ${'5 km, '.repeat(5_000)} ${'more than '.repeat(5_000)}$`;
    const started = performance.now();
    parseQuantities(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parseQuantities: what each figure measures', () => {
  const holder = (text: string) =>
    parseQuantities(text).map((q) => [
      q.text,
      q.holder ? `${q.holder.terms.join(' ')}${q.holder.bare ? '' : ' (described)'}` : '',
    ]);
  it.each([
    // Markets: the subject says what an amount measures.
    ['Net income slipped to $1.1 billion.', [['$1.1 billion', 'net income']]],
    ['Quarterly revenue rose 4 percent.', [['4 percent', 'quarterly revenue']]],
    // Elections: the one a share or a vote count belongs to.
    ['Hale received about 1.82 million votes.', [['1.82 million', 'hale']]],
    [
      "Hale won 51.4 percent of the vote to Whitfield's 48.6 percent.",
      [
        ['51.4 percent', 'hale'],
        ['48.6 percent', 'whitfield'],
      ],
    ],
    [
      'The certified results give Hale 50.9 percent and Whitfield 49.1 percent.',
      [
        ['50.9 percent', 'hale'],
        ['49.1 percent', 'whitfield'],
      ],
    ],
    ['Turnout reached 64 percent.', [['64 percent', 'turnout']]],
    // Disasters and shipping: a description is not bare; a verb of saying tells, it does not hold.
    ['The authority is now seeking $600 million.', [['$600 million', 'authority (described)']]],
    ['The ship weighs 152,000 tonnes.', [['152,000 tonnes', 'ship (described)']]],
    ['The interior ministry said 650,000 people marched.', [['650,000', '']]],
    ['At least 14 people were killed.', [['14', '']]],
    // Sports: the player who will miss the weeks.
    ['Varga will miss about four weeks.', [['four weeks', 'varga']]],
  ])('%s', (text, want) => expect(holder(text)).toEqual(want));

  const role = (text: string) => parseQuantities(text).map((q) => [q.text, q.role ?? '', q.partOf ?? null]);
  it.each([
    // A change's two levels (markets, elections).
    [
      'Net income slipped to $1.1 billion from $1.3 billion a year earlier.',
      [
        ['$1.1 billion', 'later', null],
        ['$1.3 billion', 'earlier', null],
      ],
    ],
    [
      'Turnout rose to 64 percent from 58 percent.',
      [
        ['64 percent', 'later', null],
        ['58 percent', 'earlier', null],
      ],
    ],
    [
      'The reform raises the retirement age from 62 to 64.',
      [
        ['62', 'earlier', null],
        ['64', 'later', null],
      ],
    ],
    [
      'About 4,000 utility workers from 20 states have arrived.',
      [
        ['4,000', '', null],
        ['20', '', null],
      ],
    ],
    // A part and its set (air crash, hostages, a trial).
    [
      'Two of the four survivors have been discharged.',
      [
        ['Two', 'part', [4, 4]],
        ['four', 'whole', null],
      ],
    ],
    [
      'Only one of the three spoke to reporters.',
      [
        ['one', 'part', [3, 3]],
        ['three', 'whole', null],
      ],
    ],
    ['All 48 people on board were killed.', [['48', 'all', null]]],
    [
      'The jury convicted three of the five defendants.',
      [
        ['three', 'part', [5, 5]],
        ['five', 'whole', null],
      ],
    ],
  ])('%s', (text, want) => expect(role(text)).toEqual(want));

  it.each([
    // A named ship is what its clause says it is; a thing valued "at" a figure is what it measures.
    [
      'The 200,000-ton Ever Given is classified as an ultra large container ship.',
      [['mass', 200_000_000, 200_000_000, 'kg', 'exact', '', 'ever given ship']],
    ],
    ['Investigators put the spill at 210,000 litres.', [['volume', 210_000, 210_000, 'l', 'exact', '', 'spill']]],
    ['Officials estimated the damage at about $2 billion.', [['money', 2e9, 2e9, 'USD', 'approximate', '', 'damage']]],
    // Not rates: a point in time, a share of a point.
    [
      'Profit rose to $2 billion from $1.5 billion a year earlier.',
      [
        ['money', 2e9, 2e9, 'USD', 'exact', '', ''],
        ['money', 1.5e9, 1.5e9, 'USD', 'exact', '', ''],
      ],
    ],
    ['The bank raised its deposit rate by a quarter point to 4 percent.', [['percent', 4, 4, '%', 'exact', '', '']]],
    // A duration "for" some time is one even before "before"; "a million"; "over" a period after a figure.
    [
      'Jurors deliberated for about five hours before reaching a verdict.',
      [['duration', 0.208, 0.208, 'day', 'approximate', '', '']],
    ],
    ['More than a million customers lost power.', [['count', 1e6, INF, '', 'at least', '', 'customer']]],
    [
      'The deal raises wages by 10 percent over three years.',
      [
        ['percent', 10, 10, '%', 'exact', '', ''],
        ['duration', 1095.75, 1095.75, 'day', 'exact', '', ''],
      ],
    ],
    ['The 366 m vessel docked.', [['length', 366, 366, 'm', 'exact', '', 'vessel']]],
    ['About 4,000 people remain in state shelters.', [['count', 4000, 4000, '', 'approximate', '', 'people']]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    ['The deal raises wages by 10 percent.', 'up'],
    ['The central bank cut rates by 0.5 percentage points.', 'down'],
    ['The four-year deal includes a 19.2 percent wage increase.', 'up'],
    ['The company raised $500 million from investors.', undefined],
  ])('reads a change by a verb that moves its object: %s', (text, change) =>
    expect(parseQuantities(text).find((q) => q.dimension !== 'duration')!.change).toBe(change),
  );
});

describe('parseQuantities: places in a series and spelled-out counts', () => {
  /** [dimension, place or count, object, series] of each figure. */
  const places = (text: string) =>
    parseQuantities(text).map((q) => [q.dimension, q.low, q.object.join(' '), (q.series ?? []).join(' ')]);
  it.each([
    // A strike wave, a bank's rate run, a company's losses, a derailment, a league table, talks, an epidemic.
    ['Thursday was the ninth day of nationwide action since January.', [['ordinal', 9, 'day', 'nationwide action']]],
    ['Unions held their ninth national day of protest on Thursday.', [['ordinal', 9, 'national day', 'protest']]],
    ["It was the bank's tenth consecutive rate increase.", [['ordinal', 10, 'rate increase', '']]],
    ['The ECB raised rates again, its eleventh increase in a row.', [['ordinal', 11, 'increase', '']]],
    ['It was the third straight quarter of losses.', [['ordinal', 3, 'quarter', 'loss']]],
    ["It reported the company's fourth consecutive quarterly loss.", [['ordinal', 4, 'quarterly loss', '']]],
    ['A failed wheel bearing on the 17th car caused the derailment.', [['ordinal', 17, 'car', '']]],
    ['Riverside are fourth in the league.', [['ordinal', 4, 'place', '']]],
    ['She finished in third place.', [['ordinal', 3, 'place', '']]],
    ['The second round of talks ended without a deal.', [['ordinal', 2, 'round', 'talk']]],
    ['Cases have fallen for the second week in a row.', [['ordinal', 2, 'week', '']]],
    ['Protesters took to the streets for a third day.', [['ordinal', 3, 'day', '']]],
    ["The merger creates the country's third-largest wireless carrier.", [['ordinal', 3, 'wireless carrier', 'large']]],
    ['The city marked its 21st consecutive day without rain.', [['ordinal', 21, 'day', '']]],
    // A run said as a count is the place of its last.
    ['The ECB has now raised rates at ten meetings in a row.', [['ordinal', 10, 'meeting', '']]],
    ['The pause ended a run of ten consecutive rate increases.', [['ordinal', 10, 'rate increase', '']]],
    // Spelled-out counts, the teens too ("four" is no prefix of "Fourteen").
    ['Fourteen deaths have been blamed on Corinne so far.', [['count', 14, 'death', '']]],
    [
      'Twenty-two cars derailed and a dozen tankers leaked.',
      [
        ['count', 22, 'car', ''],
        ['count', 12, 'tanker', ''],
      ],
    ],
    ['Sixteen people died.', [['count', 16, 'people', '']]],
  ])('%s', (text, want) => expect(places(text)).toEqual(want));

  it.each([
    // Ordinals that are no place in a count: idioms, names, kinds, periods, dates, "another".
    'It is not the first time Homewell has recalled a product.',
    'At first, nobody noticed the leak.',
    'He was charged with first-degree murder.',
    'The First Minister spoke on Tuesday.',
    'Traffic on Fifth Avenue stopped.',
    'The court said the ban violated the Second Amendment.',
    'The museum covers the Third Reich.',
    'It is the oldest church of the 20th century.',
    'The deal is expected to close in the first half.',
    'Sales fell in the second quarter.',
    'The vote is on June 5th.',
    'The meeting is on the 5th of June.',
    'The first week of June was wet.',
    'Insured losses will be lower, a second modeler said.',
    'Two hostages were freed; the third is still held.',
    'The offer is roughly a third above the closing price.',
    'The fire was first reported on Tuesday.',
    'There was no need for a second wave of mobilization.',
  ])('no place: %s', (text) =>
    expect(parseQuantities(text).filter((q) => q.dimension === 'ordinal' || q.dimension === 'duration')).toEqual([]),
  );

  it('keeps the date a day ordinal is part of out, when parseDates has read it', () => {
    const text = 'The strike began on March 7th, its first day.';
    const at = text.indexOf('March 7th');
    expect(
      parseQuantities(text, [{ start: at, end: at + 'March 7th'.length }]).map((q) => [q.dimension, q.low, q.text]),
    ).toEqual([['ordinal', 1, 'first']]);
  });

  it('says who holds a place only for the subject of a copula', () => {
    expect(parseQuantities("Varga is Riverside's fourth summer signing.")[0]!.holder?.terms).toEqual(['varga']);
    expect(parseQuantities('Unions held their ninth national day of protest.')[0]!.holder).toBeUndefined();
  });
});

// A tally is the votes on each side, two counts of votes: only after a word of voting or ruling.
describe('parseQuantities: tallies of votes', () => {
  it.each([
    [
      'The full court voted 7-4 to uphold the ban.',
      [
        ['count', 7, 7, '', 'exact', '', 'vote'],
        ['count', 4, 4, '', 'exact', '', 'vote'],
      ],
    ], // a ruling
    [
      'The Senate confirmed her by a vote of 52 to 48.',
      [
        ['count', 52, 52, '', 'exact', '', 'vote'],
        ['count', 48, 48, '', 'exact', '', 'vote'],
      ],
    ], // a confirmation
    [
      'The panel ruled 2-1 in favour of the union.',
      [
        ['count', 2, 2, '', 'exact', '', 'vote'],
        ['count', 1, 1, '', 'exact', '', 'vote'],
      ],
    ], // a strike
    [
      'The board split 5-5 on the merger.',
      [
        ['count', 5, 5, '', 'exact', '', 'vote'],
        ['count', 5, 5, '', 'exact', '', 'vote'],
      ],
    ], // a merger
    // not a tally: a range, a score of what the text does not name
    ['foreigners aged 18-30 may serve', [['age', 18, 30, 'year', 'exact', '', '']]],
    ['Riverside won 3-1 on Saturday.', []],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));
});
