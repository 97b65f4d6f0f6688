import { describe, expect, it } from 'vitest';
import { judgePair, type PairContext } from '../../lib/judge-pair';
import { isOpenQuestion } from '../../lib/claims/detect-open-question';
import { analyseStatement } from '../../lib/claims/analyse-statement';
import { alignStatements } from '../../lib/match/align-statements';
import { loadPairEngine } from '../../node/load-pair-engine';

const { weights, lexicon } = loadPairEngine();
const sameStory = (date: string): PairContext => ({ pageDate: date, sourceDate: date, lexicon, storySimilarity: 0.4 });

// When wording states the same claim: cases written for this table from several kinds of story
// (a flood, a shipwreck, a mine accident, an election, a takeover, a court case, a protest).
describe('isOpenQuestion: a matter said to be still unknown', () => {
  it.each([
    ['The cause of the collapse is under investigation.', true],
    ['Police said the motive was not yet known.', true],
    ['It is unclear whether the dam was inspected last year.', true],
    ['Officials said it was too early to say how many homes were lost.', true],
    ['The number of voters who switched sides remains to be seen.', true],
    ['Investigators are trying to determine why the ferry capsized.', true],
    ['The collapse was caused by a gas leak, police said.', false],
    ['The takeover was approved by shareholders on Monday.', false],
    ['The judge said the evidence was clear.', false],
  ])('%s -> %s', (text, open) => expect(isOpenQuestion(text)).toBe(open));
});

describe('the judge on wording that does or does not state one claim', () => {
  it.each([
    // a short paraphrase with no shared word: WordNet carries it whole
    [
      'no injuries / nobody hurt',
      'No injuries were reported after the mine flooded.',
      'Nobody was hurt in the flooding, the mine operator said.',
      'corroborates',
    ],
    [
      'no deaths / nobody died',
      'No deaths have been reported.',
      'Nobody has died in the floods, the mayor said.',
      'corroborates',
    ],
    // roles swapped between two parties: a conflict; a passive names the doer after the verb
    [
      'roles swapped',
      'Mayor Lena Ortiz defeated challenger Paul Brandt in the vote.',
      'Brandt defeated Ortiz, ending her second term as mayor.',
      'conflicts',
    ],
    [
      'passive, same roles',
      'Mayor Lena Ortiz defeated challenger Paul Brandt in the vote.',
      'Brandt was defeated by Ortiz in the vote for mayor.',
      'corroborates',
    ],
    [
      'reciprocal predicate',
      'Chancellor Weber met President Duarte in Lisbon on Friday.',
      'Duarte met Weber in Lisbon on Friday to discuss trade.',
      'corroborates',
    ],
    // an open question against a firm claim: neither confirms it
    [
      'open question vs firm claim',
      'Police believe the warehouse fire was caused by faulty wiring.',
      'The cause of the warehouse fire is under investigation.',
      'related',
    ],
    // a shared name that is two things named after one place
    [
      'another entity of the same name',
      'The Silver Lake fire more than tripled in size overnight.',
      'Silver Lake Bank more than tripled in size after the merger.',
      'related',
    ],
    [
      'the same name alone',
      'The Silver Lake fire more than tripled in size overnight.',
      'Overnight the Silver Lake fire more than tripled in size, officials said.',
      'corroborates',
    ],
    // "without" negates what follows
    [
      'without vs in a vote',
      'The council passed the budget without a vote of its members.',
      'The council passed the budget in a vote of its members.',
      'conflicts',
    ],
  ] as const)('%s', (_, page, source, stance) => {
    expect(judgePair(page, source, weights, undefined, sameStory('2023-05-10')).stance).toBe(stance);
  });
});

describe('alignStatements: the claim score weighs the page side', () => {
  it.each([
    // the source says more than the page: the page's claim is stated
    [
      'Protesters blocked the main bridge.',
      'Protesters blocked the main bridge for three hours on Saturday, police said.',
    ],
    [
      'The takeover was approved by shareholders.',
      'Shareholders approved the takeover at a meeting in Frankfurt on Tuesday.',
    ],
    ['The ferry sank near the harbour.', 'The ferry sank near the harbour after striking rocks in heavy fog.'],
  ])('%s', (page, source) => {
    const a = analyseStatement(page, null);
    const b = analyseStatement(source, null);
    const forward = alignStatements(a, b, weights);
    const backward = alignStatements(b, a, weights);
    expect(forward.claim).toBeGreaterThan(forward.score);
    expect(backward.claim).toBeLessThan(backward.score);
  });
});
