import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../lib/claims/analyse-statement';
import { readEventFrame } from '../../lib/events/read-event-frame';
import { compareEventFrames } from '../../lib/events/compare-event-frames';
import { findKeyNames } from '../../lib/events/find-key-names';
import { canonicalTerm } from '../../lib/text/normalize-terms';

const frame = (text: string, published: string) =>
  readEventFrame({ index: 0, text, features: analyseStatement(text, published) });

describe('readEventFrame', () => {
  it.each([
    // seed story (Russia recruiting foreigners)
    [
      'On July 8, Putin signed a decree letting foreigners serve during mobilization.',
      '2022-07-10',
      'sign',
      '2022-07-08',
    ],
    ['Back on March 31, Putin signed off on a conscription order for 160,000 men.', '2022-04-02', 'sign', '2022-03-31'],
    ['A decree signed on January 12 allows foreigners to join the Russian army.', '2015-02-01', 'sign', '2015-01-12'],
    // Suez story
    [
      'The Ever Given first got wedged in the canal on Tuesday March 23, meaning no ships could pass.',
      '2021-03-29',
      'wedged',
      '2021-03-23',
    ],
    [
      'Overall, 422 vessels passed through since the tanker was freed on March 29, after blocking the canal.',
      '2021-04-03',
      'free',
      '2021-03-29',
    ],
    [
      'Egyptian authorities had seized the 200,000-tonne MV Ever Given in April and lodged a claim.',
      '2021-05-24',
      'seized',
      '2021-04',
    ],
    // other stories, written for this test
    ['The train derailed on February 3 near the state line.', '2023-02-10', 'derail', '2023-02-03'],
    // The date goes with the nearest verb: the evacuation is on Monday, not the order.
    ['Officials ordered residents to evacuate on Monday, March 6.', '2023-03-08', 'evacuate', '2023-03-06'],
    ['The jury convicted the former mayor on June 14.', '2024-06-20', 'convict', '2024-06-14'],
  ])('%s → %s on %s', (text, published, act, iso) => {
    const dated = frame(text, published).dated.find((d) => d.date.iso === iso);
    expect(dated?.act).toBe(canonicalTerm(act));
  });

  it.each([
    [
      'The ship, which Leth Agencies identified as Xin Hai Tong 23, a 190-metre bulk carrier, was freed.',
      ['leth agencies', 'xin hai tong 23'],
    ],
    [
      'Earlier this month, President Abdel Fattah al-Sisi approved massive expansion of the canal.',
      ['abdel fattah al-sisi'],
    ],
    [
      'The Swiss bank said Tuesday that Credit Suisse lost money on Archegos Capital Management.',
      ['swiss', 'credit suisse', 'archegos capital management'],
    ],
    ['Traffic resumed on the Suez Canal waterway on Monday.', ['suez canal']],
  ])('names in %s', (text, names) => {
    expect(findKeyNames(text)).toEqual(names);
  });
});

describe('compareEventFrames', () => {
  it.each([
    // Two acts of one kind months apart: two decrees, not a misreported date.
    [
      'On July 8, Putin signed a decree letting foreigners serve during mobilization.',
      '2022-07-10',
      'Back on March 31, Putin signed off on a conscription order.',
      '2022-04-02',
      'different',
      'same-act-other-date',
    ],
    // One act, a day misreported: the conflict stands.
    [
      'A decree signed on January 12 allows foreigners to join the Russian army.',
      '2015-02-01',
      'The January 2 decree allows foreigners aged 18-30 to sign up.',
      '2015-01-20',
      'same',
      'same-act',
    ],
    // Dates of different acts of one story: grounding and refloating.
    [
      'The Ever Given first got wedged in the canal on Tuesday March 23.',
      '2021-03-29',
      'The tanker was freed on March 29.',
      '2021-04-03',
      'different',
      'other-act',
    ],
    [
      'The ship was seized in April.',
      '2021-05-24',
      'It blocked the canal for almost a week in March.',
      '2021-04-14',
      'different',
      'other-act',
    ],
    // An election: the vote and the count are different acts; two votes a year apart are two elections.
    [
      'Voters cast their ballots on November 5.',
      '2024-11-06',
      'Officials certified the results on December 2.',
      '2024-12-03',
      'different',
      'other-act',
    ],
    [
      'The parliament elected a new speaker on October 3, 2023.',
      '2023-10-04',
      'The parliament elected a new speaker on January 7, 2023.',
      '2023-01-08',
      'different',
      'same-act-other-date',
    ],
    // A trial: the verdict given on the same day by two outlets.
    [
      'The jury convicted the former mayor on June 14.',
      '2024-06-20',
      'The former mayor was convicted on June 14.',
      '2024-06-15',
      'same',
      'same-act',
    ],
    // An earthquake: struck on one day, reported a day off.
    [
      'The earthquake struck on February 6.',
      '2023-02-08',
      'The quake struck on February 7, officials said.',
      '2023-02-08',
      'same',
      'same-act',
    ],
  ])('%s | %s', (a, pa, b, pb, relation, kind) => {
    const result = compareEventFrames(frame(a, pa), frame(b, pb));
    expect(result.relation).toBe(relation);
    expect(result.evidence.map((e) => e.kind)).toContain(kind);
  });
});
