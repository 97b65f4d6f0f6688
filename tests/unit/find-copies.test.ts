import { readdirSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyseSource } from '../../lib/corpus/analyse-source';
import { buildCorpus, type RawSource } from '../../lib/corpus/build-corpus';
import { findCopies } from '../../lib/corpus/find-copies';
import { loadCorpus, type Corpus } from '../../lib/corpus/load-corpus';
import { sampleShingles } from '../../lib/corpus/sample-shingles';
import { addSources, removeSources } from '../../lib/corpus/update-corpus';
import { compareArticle } from '../../lib/compare-article';
import { readPage } from '../../lib/extract/read-page';
import { findStatements } from '../../lib/statements/find-statements';
import { cleanRawText } from '../../lib/text/clean-raw-text';
import type { AnalysedCorpus, SourceMeta } from '../../lib/types';
import { readCorpusSources } from '../../node/read-corpus-sources';

const root = new URL('../../', import.meta.url).pathname;
const shared = `${root}../shared`;
const suezDir = `${shared}/stories/suez-2021`;

/** The five seeds of ../shared/seeds, with the shipped manifest's dates and headlines. */
const seeds: RawSource[] = readCorpusSources(root).map(({ meta }) => ({
  meta,
  raw: readFileSync(`${shared}/seeds/${meta.id}.txt`, 'utf8'),
}));
const suez = readCorpusSources(root, { corpusDir: `${suezDir}/corpus` });
const seedCorpus = loadCorpus(buildCorpus(seeds));
const suezCorpus = loadCorpus(buildCorpus(suez));

const paragraphsOf = ({ meta, raw }: RawSource) => cleanRawText(raw, meta.headline).paragraphs;
const readHtml = (file: string) =>
  readPage(new JSDOM(readFileSync(file, 'utf8'), { url: 'http://localhost/' }).window.document, 'http://localhost/')
    .article!;
/** The ids of the corpus sources the paragraphs are found to be a copy of. */
const copiesIn = (corpus: Corpus, paragraphs: string[], published: string | null) =>
  findCopies(corpus.copies, sampleShingles(findStatements(paragraphs, published))).map((c) => c.sourceId);

/** A made-up wire story, as one site ran it. */
const WIRE = [
  'The city of Harlow Bay closed its main river bridge on Tuesday after inspectors found cracks in two of its steel supports, the transport department said.',
  'About 40,000 vehicles cross the Marsh Street bridge each day, and officials warned that detours could add up to 30 minutes to commutes.',
  'Engineers discovered the damage during a routine inspection on Monday and recommended an immediate closure, according to a statement from the department.',
  'The bridge, which opened in 1962, was last repaired in 2011 at a cost of $14 million.',
  'Mayor Ellen Dorsey said the city would seek emergency funding from the state to pay for repairs that could take at least six months.',
  'Local businesses near the bridge said they feared losing customers during the closure, which comes weeks before the holiday shopping season.',
  'Ferry operators said they would add extra crossings on weekday mornings starting Thursday to ease congestion.',
];
/** The same story written afresh by another outlet: the same facts, its own sentences. */
const REWRITE = [
  'Inspectors have found cracked steel supports on the Marsh Street bridge in Harlow Bay, and the city shut the crossing on Tuesday.',
  'Roughly 40,000 cars use the 1962 span daily; drivers should expect detours of as much as half an hour, officials said.',
  'The damage turned up on Monday during a routine check, prompting engineers to call for the bridge to close at once.',
  'Dorsey, the mayor, plans to ask the state for emergency money, with repairs expected to last six months or more.',
];
const wireMeta = (id: string, outlet: string, published: string): SourceMeta => ({
  id,
  outlet,
  headline: `${outlet} headline`,
  published,
  publishedHow: 'byline',
});
const wireCorpus = () =>
  loadCorpus(
    buildCorpus([
      { meta: wireMeta('wire-on-a', 'Site A', '2024-11-12'), raw: WIRE.join('\n\n') },
      { meta: wireMeta('rewrite', 'Harlow Herald', '2024-11-12'), raw: REWRITE.join('\n\n') },
    ]),
  );

describe('findCopies: is a page (nearly) the text of a corpus source?', () => {
  const seed0 = paragraphsOf(seeds[0]!);
  const extra = readHtml(`${shared}/readability-pages/bbc-1/source.html`).paragraphs.slice(1, 3);
  it.each<[string, () => [Corpus, string[], string | null], string[]]>([
    // The same text, cut, extended, re-headlined, among clutter.
    ...seeds.map((s): [string, () => [Corpus, string[], string | null], string[]] => [
      `seed ${s.meta.id} itself`,
      () => [seedCorpus, paragraphsOf(s), s.meta.published],
      [s.meta.id],
    ]),
    [
      'the RFE/RL seed, its first half',
      () => [seedCorpus, seed0.slice(0, Math.ceil(seed0.length / 2)), '2015-01'],
      [seeds[0]!.meta.id],
    ],
    [
      'the RFE/RL seed and two paragraphs of another article',
      () => [seedCorpus, [...seed0, ...extra], '2015-01'],
      [seeds[0]!.meta.id],
    ],
    [
      'the RFE/RL seed wrapped in an article page with clutter (fixture)',
      () => [seedCorpus, readHtml(`${root}tests/fixtures/pages/rferl-seed-in-corpus.html`).paragraphs, '2015-01-06'],
      [seeds[0]!.meta.id],
    ],
    ...suez.map((s): [string, () => [Corpus, string[], string | null], string[]] => [
      `Suez source ${s.meta.id} as a page`,
      () => [suezCorpus, paragraphsOf(s), s.meta.published],
      [s.meta.id],
    ]),
    [
      'a wire copy: new headline, a paragraph dropped, a credit line',
      () => [
        wireCorpus(),
        [
          'Bridge shut after cracks found',
          ...WIRE.filter((_, i) => i !== 3),
          'The Associated Press contributed to this report.',
        ],
        '2024-11-12',
      ],
      ['wire-on-a'],
    ],
    // Different texts on one subject.
    ['the rewrite of the wire story', () => [wireCorpus(), REWRITE, '2024-11-12'], ['rewrite']],
    [
      'the wire story against its rewrite only',
      () => [
        loadCorpus(
          buildCorpus([{ meta: wireMeta('rewrite', 'Harlow Herald', '2024-11-12'), raw: REWRITE.join('\n\n') }]),
        ),
        WIRE,
        '2024-11-12',
      ],
      [],
    ],
    ...seeds.map((s): [string, () => [Corpus, string[], string | null], string[]] => [
      `seed ${s.meta.id} against the other four (one decree story)`,
      () => [loadCorpus(buildCorpus(seeds.filter((o) => o !== s))), paragraphsOf(s), s.meta.published],
      [],
    ]),
    ...readdirSync(`${suezDir}/pages`)
      .filter((f) => f.endsWith('.html'))
      .map((f): [string, () => [Corpus, string[], string | null], string[]] => [
        `Suez page ${f} against the Suez sources (some retell a source's story)`,
        () => {
          const a = readHtml(`${suezDir}/pages/${f}`);
          return [suezCorpus, a.paragraphs, a.published];
        },
        [],
      ]),
    ...['bbc-1', 'guardian-1', 'wapo-1'].map((name): [string, () => [Corpus, string[], string | null], string[]] => [
      `unrelated page ${name} against the seeds`,
      () => {
        const a = readHtml(`${shared}/readability-pages/${name}/source.html`);
        return [seedCorpus, a.paragraphs, a.published];
      },
      [],
    ]),
  ])('%s', (_, input, expected) => {
    const [corpus, paragraphs, published] = input();
    expect(copiesIn(corpus, paragraphs, published)).toEqual(expected);
  });
});

describe('copy groups among sources (Corpus.voiceOf)', () => {
  const copyOnB: RawSource = {
    meta: wireMeta('wire-on-b', 'Site B', '2024-11-13'),
    raw: ['Harlow Bay shuts bridge over cracked supports', ...WIRE.slice(0, 6)].join('\n\n'),
  };
  const asset = (): AnalysedCorpus =>
    buildCorpus([
      { meta: wireMeta('wire-on-a', 'Site A', '2024-11-12'), raw: WIRE.join('\n\n') },
      copyOnB,
      { meta: wireMeta('rewrite', 'Harlow Herald', '2024-11-12'), raw: REWRITE.join('\n\n') },
    ]);

  it('two sites running one wire story are one voice, its earliest copy; a rewrite is its own', () => {
    const corpus = loadCorpus(asset());
    expect(['wire-on-a', 'wire-on-b', 'rewrite'].map(corpus.voiceOf)).toEqual(['wire-on-a', 'wire-on-a', 'rewrite']);
  });

  it('the shipped seeds and the Suez sources are five and seven voices', () => {
    expect(new Set([...seedCorpus.sources.keys()].map(seedCorpus.voiceOf)).size).toBe(5);
    expect(new Set([...suezCorpus.sources.keys()].map(suezCorpus.voiceOf)).size).toBe(7);
  });

  it('follows sources added and removed', () => {
    const corpus = loadCorpus(asset());
    const meta = wireMeta('wire-on-c', 'Site C', '2024-11-11');
    addSources(corpus, [{ meta, statements: analyseSource(meta, WIRE.slice(1)) }]);
    expect(['wire-on-a', 'wire-on-b', 'wire-on-c'].map(corpus.voiceOf)).toEqual([
      'wire-on-c',
      'wire-on-c',
      'wire-on-c',
    ]);
    removeSources(corpus, ['wire-on-c', 'wire-on-a']);
    expect(corpus.voiceOf('wire-on-b')).toBe('wire-on-b');
    expect(corpus.copies.numbers.has('wire-on-a')).toBe(false);
  });

  it('a statement corroborated by both copies counts one outlet, two articles', () => {
    const corpus = loadCorpus(asset());
    removeSources(corpus, ['rewrite']);
    const result = compareArticle(
      {
        title: 't',
        url: 'http://127.0.0.1/t',
        lang: 'en',
        published: '2024-11-14',
        byline: null,
        siteName: null,
        readerable: true,
        paragraphs: [
          'Inspectors found cracks in two steel supports of the Marsh Street bridge in Harlow Bay, which the city closed on Tuesday.',
        ],
      },
      corpus,
    );
    const [st] = result.statements;
    const corroborating = st!.matches.filter((m) => m.stance === 'corroborates');
    expect(new Set(corroborating.map((m) => m.sourceId))).toEqual(new Set(['wire-on-a', 'wire-on-b']));
    expect(st!.outlets.corroborating).toEqual([corroborating.map((m) => m.outlet).join(' / ')]);
    expect(result.summary).toMatchObject({
      corroboratingArticles: 2,
      corroboratingOutlets: [expect.stringMatching(/Site A|Site B/)],
    });
  });
});

describe('compareArticle on a page that is a corpus source', () => {
  const shipped = loadCorpus(buildCorpus(readCorpusSources(root)));
  it('the RFE/RL seed served as a web page is in the corpus and never matched against itself', () => {
    const page = readHtml(`${root}tests/fixtures/pages/rferl-seed-in-corpus.html`);
    const result = compareArticle(page, shipped);
    expect(result.inCorpus).toEqual({
      sourceId: '000_e9bd3c91f179027c',
      outlet: 'RFE/RL',
      published: '2015-01',
      share: 1,
    });
    const sources = new Set(result.statements.flatMap((s) => s.matches.map((m) => m.sourceId)));
    expect(sources.has('000_e9bd3c91f179027c')).toBe(false);
    // Still compared with the other outlets.
    expect(result.summary.corroborated).toBeGreaterThan(0);
  });

  it('an article of its own is not in the corpus', () => {
    expect(
      compareArticle(readHtml(`${root}tests/fixtures/pages/d1-corroborating-2015.html`), shipped).inCorpus,
    ).toBeUndefined();
  });
});
