import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../lib/claims/analyse-statement';
import { compareSlots } from '../../lib/match/compare-slots';
import { formatFinding } from '../../lib/explain/format-finding';
import { formatReasons } from '../../lib/explain/format-reasons';
import { loadWordVectors } from '../../node/load-word-vectors';

const vectors = loadWordVectors();
const related = (a: string, b: string) => vectors.similarity(a, b);

// One formatter writes every finding a reader sees: words as a reader writes them, never stems
// or lemmas ("men", not "man"; "ships", not "ship"). Cases from several stories.
describe("formatFinding: typed findings in a reader's words", () => {
  it.each([
    [
      'A decree signed on January 12 allows foreigners to join.',
      'The January 2 decree allows foreigners to join.',
      '2015-01-20',
      /different date: 12 January 2015 vs 2 January 2015/,
    ],
    [
      'The decree allows foreigners aged 20 to 40 to sign up.',
      'The decree allows foreigners aged 18-30 to sign up.',
      '2015-01-20',
      /aged 20–40 vs aged 18–30/,
    ],
    [
      'The order drafts 160,000 men into the army.',
      'The order drafts 150,000 men into the army.',
      '2025-04-01',
      /160,000 men vs 150,000 men/,
    ],
    [
      'About 425 ships were waiting on Monday.',
      'There were 422 ships waiting to pass on Monday.',
      '2021-03-29',
      /ships/,
    ],
    [
      'Turnout rose to 64 percent in the runoff.',
      'Turnout rose to 58 percent in the runoff.',
      '2022-12-07',
      /64% vs 58%/,
    ],
    [
      'The quake killed 1,240 people, officials said.',
      'The quake killed 1,480 people, officials said.',
      '2023-03-15',
      /1,240 people vs 1,480 people/,
    ],
  ])('%s / %s', (page, source, date, want) => {
    const findings = compareSlots(analyseStatement(page, date), analyseStatement(source, date), related);
    expect(findings.length).toBeGreaterThan(0);
    const text = findings.map((f) => formatFinding(f)).join('; ');
    expect(text).toMatch(want);
    expect(text).not.toMatch(/\b(?:man|ship|person)\b/);
  });

  // A bound or hedge is written once, before the figure and its currency sign.
  it.each([
    [
      'The backlog was 422 ships at either end.',
      'There are more than 160 ships waiting at either end.',
      '2021-03-29',
      '422 ships vs over 160 ships',
    ],
    [
      'The fund lost over $2 billion last year.',
      'The fund lost $1.5 billion last year.',
      '2023-02-01',
      'over $2 billion vs $1.5 billion',
    ],
    [
      'Around 300 homes were evacuated after the derailment.',
      'Some 2,000 homes were evacuated after the derailment.',
      '2023-02-06',
      'about 300 homes vs about 2,000 homes',
    ],
  ])('%s / %s', (page, source, date, want) => {
    const text = compareSlots(analyseStatement(page, date), analyseStatement(source, date), related)
      .map((f) => formatFinding(f))
      .join('; ');
    expect(text).toContain(want);
    expect(text).not.toMatch(/about over|\$over|\$about/);
  });

  // Times of day as written, tied to no sentence words ("on the", "at"): agreeing, differing (an election, a quake, a port, a wildfire).
  it.each([
    [
      'The AP called the race at 10:45 p.m. on Tuesday.',
      'The AP declared Hale the winner shortly before 11 p.m. Tuesday.',
      '2022-12-07',
      'same time: 10:45 p.m. / shortly before 11 p.m.',
    ],
    [
      'A magnitude 5.8 aftershock struck on Thursday afternoon.',
      'The aftershock hit shortly before dawn on Thursday.',
      '2023-03-17',
      'different time: afternoon vs shortly before dawn',
    ],
    [
      'The ship hit the cranes at 07:30 on 2 May.',
      'The ship hit the cranes at 7:30 a.m. on Monday.',
      '2022-05-03',
      'same time: 07:30 / 7:30 a.m.',
    ],
    [
      'The fire started in the afternoon.',
      'The blaze was first reported in the afternoon.',
      '2021-08-06',
      'same time: afternoon',
    ],
    [
      'The quake struck at 4:17 a.m. local time on Tuesday.',
      'The quake hit at 9:40 a.m. on Tuesday.',
      '2023-03-15',
      'different time: 4:17 a.m. local time vs 9:40 a.m.',
    ],
  ])('%s / %s', (page, source, date, want) => {
    expect(
      compareSlots(analyseStatement(page, date), analyseStatement(source, date), related).map((f) => formatFinding(f)),
    ).toContain(want);
  });

  it('writes a possible update with both outlets and years', () => {
    const [finding] = compareSlots(
      analyseStatement('Applicants aged 20 to 40 may join.', '2024-01-01'),
      analyseStatement('Foreigners aged 18-30 may join.', '2015-01-01'),
      related,
    );
    expect(
      formatReasons([
        { kind: 'possible-update', finding: finding!, pageYear: '2024', sourceYear: '2015', sourceOutlet: 'RFE/RL' },
      ]),
    ).toBe('aged 20 to 40 (page, 2024) vs aged 18-30 (RFE/RL, 2015): possibly an update');
  });
});
