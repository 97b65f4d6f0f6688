import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../lib/claims/analyse-statement';
import { formatFinding } from '../../lib/explain/format-finding';
import { compareSlots } from '../../lib/match/compare-slots';

/** [page sentence, page date, source sentence, source date] -> findings as "same|differs: text". */
const find = (p: string, pd: string, s: string, sd: string) =>
  compareSlots(analyseStatement(p, pd), analyseStatement(s, sd)).map((f) => `${f.same ? 'same' : 'differs'}: ${formatFinding(f)}`);

describe('compareSlots', () => {
  it.each([
    ['signed on Jan. 2', '2015-02', 'The January 2 decree', '2015-01', ['same: same date: 2 January 2015']],
    ['signed on January 12', '2015-01-09', 'The January 2 decree', '2015-01', ['differs: different date: 12 January 2015 vs 2 January 2015']],
    // the source is more precise: it confirms the page's month
    ['announced in September 2022', '2024-01-04', 'the order from September 21, 2022', '2025', ['same: same date: September 2022']],
    // the page is more precise: a month in the source is no evidence for the day
    ['signed on January 12', '2015-01-09', 'the ministry last month announced', '2015-02', []],
    ['signed on Jan. 4', '2024-01-04', 'the decree published on Thursday', '2024-01', ['same: same day: Jan. 4 was a Thursday']],
    // weekdays placed by their articles' dates: the same day, or two days, of inferred strength
    ['Traffic resumed on Monday', '2021-03-29', 'Convoys resumed on Monday evening', '2021-03-30', ['same: same date: 29 March 2021']],
    ['Whitfield conceded on Thursday', '2022-12-09', 'Whitfield conceded late on Tuesday night', '2022-12-08', ['differs: different date: 8 December 2022 vs 6 December 2022']],
    ['The debate on Sunday will go ahead', '2022-12-02', 'The debate on Sunday has been postponed', '2022-12-02', []],
    ['The train derailed on Friday', '2023-02-10', 'The train derailed on Feb. 3', '2023-02-05', []],
    ['The train derailed on Friday night', '2023-02-06', 'The derailment on Feb. 3 forced evacuations', '2023-02-05', ['same: same day: Feb. 3 was a Friday']],
    ['aged 20 to 40', '2015', 'aged 18-30', '2015', ['differs: aged 20–40 vs aged 18–30']],
    ['30,000 rubles a month, about $500', '2015', 'The average monthly salary is $500', '2015', ['same: same amount: $500 a month']],
    ['45,000 rubles a month', '2015', '30,000 rubles ($500) a month', '2015', ['differs: 45,000 RUB a month vs 30,000 RUB a month']],
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
    ['The four survivors are in critical condition.', 'Two of the four survivors have been discharged from hospital.', []],
    ['Only one of the three spoke to reporters.', 'All three spoke briefly to reporters.', ['differs: 1 vs 3']],
    ['The five defendants appeared in court.', 'Three of the five defendants appeared in court.', []],
    // A part against "all" of its set is a different figure (air crash).
    ['The plane crashed, killing 44 of the 48 people on board.', 'All 48 people on board were killed.', ['differs: 44 people vs 48 people']],
  ])('%s vs %s', (p, s, want) => expect(same(p, s)).toEqual(want));
});

describe('compareSlots: the two levels of a change', () => {
  it.each([
    // The level reached against the level reached, the start against the start (markets, elections, a strike).
    ['Net income slipped to $1.1 billion from $1.3 billion.', 'Net income climbed to $1.3 billion from $1.1 billion.', ['differs: $1.1 billion vs $1.3 billion', 'differs: $1.3 billion vs $1.1 billion']],
    ['Turnout rose to 64 percent from 58 percent.', 'Turnout fell to 58 percent from 64 percent.', ['differs: 64% vs 58%', 'differs: 58% vs 64%']],
    ['Membership grew to 12,000 workers from 9,000 workers.', 'Membership grew to 12,000 workers from 9,000 workers.', ['same: same number: 12,000 workers', 'same: same number: 9,000 workers']],
  ])('%s vs %s', (p, s, want) => expect(find(p, '2023-01-01', s, '2023-01-01')).toEqual(want));
});
