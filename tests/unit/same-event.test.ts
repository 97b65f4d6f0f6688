import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStatement } from '../../lib/claims/analyse-statement';
import { buildCorpus } from '../../lib/corpus/build-corpus';
import { readCorpusSources } from '../../node/read-corpus-sources';
import { getEventProfile, loadCorpus } from '../../lib/corpus/load-corpus';
import { buildEventProfile } from '../../lib/events/build-event-profile';
import { compareEventFrames, OTHER_EVENT_MAX } from '../../lib/events/compare-event-frames';
import { readEventFrame } from '../../lib/events/read-event-frame';
import { compareEventProfiles, sameEventScore } from '../../lib/events/same-event-score';
import { findStatements } from '../../lib/statements/find-statements';
import type { Statement } from '../../lib/types';

const root = join(__dirname, '..', '..');
const suezDir = join(root, '..', 'shared', 'stories', 'suez-2021');
const suez = loadCorpus(buildCorpus(readCorpusSources(root, { corpusDir: join(suezDir, 'corpus') })));
const pages = JSON.parse(readFileSync(join(suezDir, 'pages.json'), 'utf8')) as Array<{
  id: string;
  date: string;
  title: string;
  paragraphs: string[];
}>;
const pageOf = (prefix: string) => {
  const p = pages.find((x) => x.id.startsWith(prefix))!;
  const statements = findStatements(p.paragraphs, p.date);
  return { statements, profile: buildEventProfile(statements, p.date, p.title) };
};
/** A page or source made of sentences written for the test (stories that are not in ../shared). */
const written = (published: string, sentences: string[]) => {
  const statements: Statement[] = sentences.map((text, index) => ({
    index,
    text,
    features: analyseStatement(text, published),
  }));
  return { statements, profile: buildEventProfile(statements, published) };
};

describe('sameEventScore', () => {
  const best = (prefix: string) =>
    Math.max(
      ...[...suez.bySource.keys()]
        .map((id) => getEventProfile(suez, id)!)
        .map((s) => sameEventScore(pageOf(prefix).profile, s, suez.idf)),
    );
  it.each([
    ['p01', 'same story (consistent)', 'above'],
    ['p04', 'same story (update)', 'above'],
    ['p05', 'same story (settlement)', 'above'],
    ['p06', 'another grounding two years later (Xin Hai Tong 23)', 'below'],
    ['p07', 'unrelated (Credit Suisse)', 'below'],
  ])('Suez %s, %s: %s OTHER_EVENT_MAX against its best source', (prefix, _what, side) => {
    expect(best(prefix) > OTHER_EVENT_MAX).toBe(side === 'above');
  });

  it("names the other ship as the page's own", () => {
    const evidence = compareEventProfiles(pageOf('p06').profile, getEventProfile(suez, 's05-bloomberg')!, suez.idf);
    expect(evidence.sharedNames).toContain('ever given');
    expect(evidence.monthsApart).toBeGreaterThan(24);
  });

  it.each([
    // An election: two reports of one count against a report of another country's vote.
    [
      [
        'Labour won 412 seats in the general election, Keir Starmer said on Friday.',
        'Keir Starmer will become prime minister.',
      ],
      ['Keir Starmer led Labour to 411 seats in the general election.', 'Keir Starmer thanked voters.'],
      'above',
    ],
    [
      [
        'Labour won 412 seats in the general election, Keir Starmer said on Friday.',
        'Keir Starmer will become prime minister.',
      ],
      [
        'Emmanuel Macron called a snap election after the European vote.',
        'Emmanuel Macron said the National Rally had won.',
      ],
      'below',
    ],
  ])('written stories: %j vs %j → %s', (a, b, side) => {
    const score = sameEventScore(written('2024-07-05', a).profile, written('2024-07-05', b).profile);
    expect(score > OTHER_EVENT_MAX).toBe(side === 'above');
  });
});

describe('compareEventFrames with the documents', () => {
  const p06 = pageOf('p06');
  const p07 = pageOf('p07');
  const frameWith = (page: ReturnType<typeof pageOf>, pagePart: string, sourceId: string, sourcePart: string) => {
    const st = page.statements.find((s) => s.text.includes(pagePart))!;
    const source = suez.bySource.get(sourceId)!.find((s) => s.text.includes(sourcePart))!;
    const profile = getEventProfile(suez, sourceId)!;
    return compareEventFrames(readEventFrame(st), readEventFrame(source), {
      pageProfile: page.profile,
      sourceProfile: profile,
      sameEvent: sameEventScore(page.profile, profile, suez.idf),
    });
  };
  it.each([
    // The other ship's grounding is not the Ever Given's.
    [p06, 'a 190-metre bulk carrier', 's04-reuters', '400-meter-long', 'different'],
    [p06, 'three Egyptian tugboats', 's01-medialine', 'seven tug boats', 'different'],
    // Its background lines are about the Ever Given.
    [p06, '220,000 tonne container ship Ever Given', 's05-bloomberg', '400-meter-long Ever Given', 'same'],
    [p06, 'The operation to free the Ever Given', 's02-bbc', 'southern tip of Africa', 'same'],
    // The bank's losses have nothing to do with the canal's claim.
    [p07, '900 million Swiss francs', 's06-cnn', '$900 million', 'different'],
    [p07, 'in compensation', 's05-bloomberg', 'compensation', 'different'],
  ])('%#: "%s" vs %s "%s" → %s', (page, pagePart, sourceId, sourcePart, relation) => {
    expect(
      frameWith(page as ReturnType<typeof pageOf>, pagePart as string, sourceId as string, sourcePart as string)
        .relation,
    ).toBe(relation);
  });
});
