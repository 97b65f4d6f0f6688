import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../lib/claims/analyse-statement';
import { formatFinding } from '../../lib/explain/format-finding';
import { compareSlots } from '../../lib/match/compare-slots';

/** [page sentence, page date, source sentence, source date] -> findings as "same|differs: text". */
const find = (p: string, pd: string, s: string, sd: string) =>
  compareSlots(analyseStatement(p, pd), analyseStatement(s, sd)).map(
    (f) => `${f.same ? 'same' : 'differs'}: ${formatFinding(f)}`,
  );

describe('compareSlots', () => {
  it.each([
    ['signed on Jan. 2', '2015-02', 'The January 2 decree', '2015-01', ['same: same date: 2 January 2015']],
    [
      'signed on January 12',
      '2015-01-09',
      'The January 2 decree',
      '2015-01',
      ['differs: different date: 12 January 2015 vs 2 January 2015'],
    ],
    // the source is more precise: it confirms the page's month
    [
      'announced in September 2022',
      '2024-01-04',
      'the order from September 21, 2022',
      '2025',
      ['same: same date: September 2022'],
    ],
    // the page is more precise: a month in the source is no evidence for the day
    ['signed on January 12', '2015-01-09', 'the ministry last month announced', '2015-02', []],
    [
      'signed on Jan. 4',
      '2024-01-04',
      'the decree published on Thursday',
      '2024-01',
      ['same: same day: Jan. 4 was a Thursday'],
    ],
    // weekdays placed by their articles' dates: the same day, or two days, of inferred strength
    [
      'Traffic resumed on Monday',
      '2021-03-29',
      'Convoys resumed on Monday evening',
      '2021-03-30',
      ['same: same date: 29 March 2021'],
    ],
    [
      'Whitfield conceded on Thursday',
      '2022-12-09',
      'Whitfield conceded late on Tuesday night',
      '2022-12-08',
      ['differs: different date: 8 December 2022 vs 6 December 2022'],
    ],
    ['The debate on Sunday will go ahead', '2022-12-02', 'The debate on Sunday has been postponed', '2022-12-02', []],
    ['The train derailed on Friday', '2023-02-10', 'The train derailed on Feb. 3', '2023-02-05', []],
    [
      'The train derailed on Friday night',
      '2023-02-06',
      'The derailment on Feb. 3 forced evacuations',
      '2023-02-05',
      ['same: same day: Feb. 3 was a Friday'],
    ],
    ['aged 20 to 40', '2015', 'aged 18-30', '2015', ['differs: aged 20–40 vs aged 18–30']],
    [
      '30,000 rubles a month, about $500',
      '2015',
      'The average monthly salary is $500',
      '2015',
      ['same: same amount: $500 a month'],
    ],
    [
      '45,000 rubles a month',
      '2015',
      '30,000 rubles ($500) a month',
      '2015',
      ['differs: 45,000 RUB a month vs 30,000 RUB a month'],
    ],
    ['ten-year contracts', '2015', 'five-year service contracts', '2015', ['differs: 10 years vs 5 years']],
    // a yearly flow and a stock of people are not compared
    ['tens of thousands of Central Asians do each year', '2015', 'six million Central Asian migrants', '2024', []],
    // counts of different things are not compared
    ['some 100,000 migrants were ready', '2015', 'an order for 160,000 men', '2025', []],
    // a price without a period agrees with a monthly one but cannot conflict with it
    ['the tax cuts cost $250 billion', '2018', 'the monthly salary is $500', '2015', []],
  ])('%s (%s) vs %s (%s)', (p, pd, s, sd, want) => expect(find(p, pd, s, sd)).toEqual(want));
});

describe('compareSlots: a part and its set', () => {
  const same = (p: string, s: string) => find(p, '2023-01-01', s, '2023-01-01');
  it.each([
    // The set a part is taken of is presupposed: no confirmation of it, and the part is no rival figure (air crash, hostages, a trial).
    [
      'The four survivors are in critical condition.',
      'Two of the four survivors have been discharged from hospital.',
      [],
    ],
    ['Only one of the three spoke to reporters.', 'All three spoke briefly to reporters.', ['differs: 1 vs 3']],
    ['The five defendants appeared in court.', 'Three of the five defendants appeared in court.', []],
    // A part against "all" of its set is a different figure (air crash).
    [
      'The plane crashed, killing 44 of the 48 people on board.',
      'All 48 people on board were killed.',
      ['differs: 44 people vs 48 people'],
    ],
    // A count found in a sample is a part of what a total counts (a fish kill, a bird survey, a
    // flood's damaged homes); two counts of samples, or two totals, are compared.
    ['The sample found 2,938 dead fish and other aquatic species.', 'The spill killed about 3,500 fish.', []],
    ['Volunteers sampling the marsh counted 410 dead birds.', 'Officials said 12,000 birds died.', []],
    [
      'Inspectors sampled 200 homes and found 37 with flood damage.',
      'About 1,100 homes were damaged by the flood.',
      [],
    ],
    [
      'Crews sampling the creek counted 400 fish.',
      'Crews sampling the creek counted 900 fish.',
      ['differs: 400 fish vs 900 fish'],
    ],
    [
      'The spill killed about 3,500 fish.',
      'The spill killed about 43,700 fish.',
      ['differs: about 3,500 fish vs about 43,700 fish'],
    ],
    // A share from a sample estimates the whole: compared as any share (a poll, an election).
    [
      'In a sample of 1,000 voters, 52 percent backed the measure.',
      'The measure passed with 48 percent.',
      ['differs: 52% vs 48%'],
    ],
  ])('%s vs %s', (p, s, want) => expect(same(p, s)).toEqual(want));
});

describe('compareSlots: the two levels of a change', () => {
  it.each([
    // The level reached against the level reached, the start against the start (markets, elections, a strike).
    [
      'Net income slipped to $1.1 billion from $1.3 billion.',
      'Net income climbed to $1.3 billion from $1.1 billion.',
      ['differs: $1.1 billion vs $1.3 billion', 'differs: $1.3 billion vs $1.1 billion'],
    ],
    [
      'Turnout rose to 64 percent from 58 percent.',
      'Turnout fell to 58 percent from 64 percent.',
      ['differs: 64% vs 58%', 'differs: 58% vs 64%'],
    ],
    [
      'Membership grew to 12,000 workers from 9,000 workers.',
      'Membership grew to 12,000 workers from 9,000 workers.',
      ['same: same number: 12,000 workers', 'same: same number: 9,000 workers'],
    ],
  ])('%s vs %s', (p, s, want) => expect(find(p, '2023-01-01', s, '2023-01-01')).toEqual(want));
});

describe('compareSlots: times of day', () => {
  it.each([
    // Overlapping times agree, next to the day that agrees (election, port collision, derailment, hostages).
    [
      'The AP called the race at 10:45 p.m. on Tuesday.',
      '2022-12-07',
      'The AP declared Hale the winner shortly before 11 p.m. Tuesday.',
      '2022-12-07',
      ['same: same date: 6 December 2022', 'same: same time: 10:45 p.m. / shortly before 11 p.m.'],
    ],
    [
      'The collision happened at about 7:30 a.m. on Monday.',
      '2022-05-03',
      'The ship hit the cranes at 07:30 on 2 May.',
      '2022-05-04',
      ['same: same day: 2 May was a Monday', 'same: same time: about 7:30 a.m. / 07:30'],
    ],
    [
      'The derailment happened at 11:40 p.m. on Sept. 11.',
      '2022-09-12',
      'Twenty-two cars derailed on Sunday night.',
      '2022-09-13',
      ['same: same day: Sept. 11 was a Sunday', 'same: same time: 11:40 p.m. / night'],
    ],
    [
      'The workers were flown out on Monday evening.',
      '2023-05-09',
      'A plane took the workers out on Monday night.',
      '2023-05-09',
      ['same: same date: 8 May 2023', 'same: same time: evening / night'],
    ],
    // Times that cannot be one, on the same day: the time differs in place of the day (quake, crash).
    [
      'A magnitude 5.8 aftershock struck on Thursday afternoon.',
      '2023-03-17',
      'The aftershock hit shortly before dawn on Thursday.',
      '2023-03-17',
      ['differs: different time: afternoon vs shortly before dawn'],
    ],
    [
      'The plane crashed at 10:50 a.m.',
      '2022-10-18',
      'The plane crashed at 3:15 p.m.',
      '2022-10-18',
      ['differs: different time: 10:50 a.m. vs 3:15 p.m.'],
    ],
    // No day on one side: the times are compared alone (a trial).
    [
      'The jury returned its verdict at about 3 p.m.',
      '2023-11-03',
      'The jury returned its verdict on Thursday afternoon.',
      '2023-11-03',
      ['same: same time: about 3 p.m. / afternoon'],
    ],
    // A differing time on different days is no finding of its own: the day differs (a strike).
    [
      'Dockworkers walked out at 6 a.m. on Monday.',
      '2023-07-05',
      'Dockworkers walked out at 10 p.m. on Tuesday.',
      '2023-07-05',
      ['differs: different date: 3 July 2023 vs 4 July 2023'],
    ],
    // Round the clock past midnight: "midnight" and one minute before it are one time (a strike deadline passed).
    [
      'The strike began at midnight on Sunday.',
      '2023-07-05',
      'The strike began at 11:59 p.m. on Sunday.',
      '2023-07-05',
      ['same: same date: 2 July 2023', 'same: same time: midnight / 11:59 p.m.'],
    ],
    // A partial overlap is neither ("late afternoon" / "evening"): only the day agrees (markets).
    [
      'Shares slid late on Friday afternoon.',
      '2023-03-11',
      'Shares slid on Friday evening.',
      '2023-03-11',
      ['same: same date: 10 March 2023'],
    ],
    // Zones are not converted: another stated zone is not compared; a zone on one side may agree, never differ (quake, markets).
    [
      'The quake struck at 19:40 GMT on Friday.',
      '2023-03-18',
      'The quake struck at 14:40 EDT on Friday.',
      '2023-03-18',
      ['same: same date: 17 March 2023'],
    ],
    [
      'The quake struck at 19:40 GMT on Friday.',
      '2023-03-18',
      'The quake struck at 7:40 p.m. on Friday.',
      '2023-03-18',
      ['same: same date: 17 March 2023', 'same: same time: 19:40 GMT / 7:40 p.m.'],
    ],
    [
      'The quake struck at 19:40 GMT on Friday.',
      '2023-03-18',
      'The quake struck at 9:40 p.m. on Friday.',
      '2023-03-18',
      ['same: same date: 17 March 2023'],
    ],
    // A bracketed equivalent in another zone does not conflict with a time in that zone.
    [
      'The quake struck at 6 p.m. local time (noon EDT) on Friday.',
      '2023-03-18',
      'The quake struck at noon on Friday.',
      '2023-03-18',
      ['same: same date: 17 March 2023'],
    ],
  ])('%s (%s) vs %s (%s)', (p, pd, s, sd, want) => expect(find(p, pd, s, sd)).toEqual(want));
});
