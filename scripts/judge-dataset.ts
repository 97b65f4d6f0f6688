// Node-only: the labelled proposals the judge's gate is fitted on (scripts/train-judge.ts).
// Each strong stance the judge proposes (with no gate) on a development page is an example:
// label 1 when the gold accepts that stance for the pair, 0 when it does not. Groups are whole
// stories, so cross-validation can hold one out. The held-out story is never read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findStatements } from '../lib/statements/find-statements';
import { judgeCandidates, storyOf } from '../lib/compare-article';
import type { Corpus } from '../lib/corpus/load-corpus';
import type { Judgement, ProposalKind } from '../lib/match/judge-stance';
import { FEATURE_NAMES } from '../lib/match/judge-features';
import { loadCorpusDir, loadShippedCorpus, readInput } from '../node/compare-file';
import { projectRoot, sharedDir } from '../node/project-root';
import { evalArticleFiles, realPageFiles } from '../node/real-pages';
import { readFnc1 } from './read-fnc1';
import { splitByTopic } from '../lib/stance/split-by-topic';
import { judgePair } from '../lib/judge-pair';
import { loadPairEngine, type PairEngine } from '../node/load-pair-engine';
import { documentSimilarity } from '../lib/match/find-story-sources';
import type { PairContext } from '../lib/judge-pair';
import { segmentSentences } from '../lib/text/segment-sentences';
import { isCheckable } from '../lib/statements/find-statements';

/** Stories of ../shared/stories kept out of all fitting: their score is the honest figure. */
export const HELD_OUT_STORIES = ['east-palestine-2023'];

export interface Example {
  group: string;
  page: string;
  kind: ProposalKind;
  stance: 'corroborates' | 'conflicts';
  x: number[];
  /** 1: the gold accepts the proposed stance; 0: it does not (or the page is unrelated to the corpus). */
  y: 0 | 1;
  /** Whether a gold line speaks of the pair (else the label is a presumption, weighed less). */
  labelled: boolean;
  text: string;
}

interface Gold {
  page: string;
  page_text: string;
  source: string;
  source_text: string;
  accept: string[];
  except_sources?: string[];
  stretch?: boolean;
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
const contains = (text: string, fragment: string) => fragment === '*' || norm(text).includes(norm(fragment));

function readGold(file: string): Gold[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);
}

/** The examples of one set of pages against one corpus, labelled by its gold (none: all unrelated). */
async function examplesOf(
  group: string,
  pages: Array<[string, string]>,
  corpus: Corpus,
  gold: Gold[] | null,
  out: Example[],
): Promise<void> {
  for (const [id, file] of pages) {
    const read = await readInput(file, corpus);
    if (!read.article) continue;
    const lines = gold?.filter((g) => g.page === id && !g.stretch) ?? [];
    const statements = findStatements(read.article.paragraphs, read.article.published);
    const story = storyOf(statements, corpus, new Set(read.exclude), read.article);
    for (const [i, statement] of statements.entries()) {
      const about = lines.filter((g) => contains(statement.text, g.page_text));
      for (const j of judgeCandidates(statement, read.article, corpus, story, story.candidates[i]!, null)) {
        const proposal = j.judgement.proposal;
        if (!proposal) continue;
        const stance =
          j.match.stance === 'related'
            ? proposal.kind.endsWith('conflict')
              ? 'conflicts'
              : 'corroborates'
            : j.match.stance;
        const sid = j.match.sourceId;
        const said = about.filter(
          (g) =>
            (g.source === '*' || sid.startsWith(g.source)) &&
            contains(j.match.text, g.source_text) &&
            !g.except_sources?.some((p) => sid.startsWith(p)),
        );
        const y = said.some((g) => g.accept.includes(stance)) ? 1 : 0;
        out.push({
          group,
          page: id,
          kind: proposal.kind,
          stance,
          x: featuresOf(proposal),
          y,
          labelled: said.length > 0 || gold === null,
          text: `${statement.text.slice(0, 80)} ~ ${sid.slice(0, 3)} ${j.match.text.slice(0, 80)}`,
        });
      }
    }
  }
}

/** All examples: the seed story, every development story, and the unrelated real pages. */
export async function buildJudgeDataset(): Promise<Example[]> {
  const out: Example[] = [];
  const shipped = loadShippedCorpus();
  const seeds = readdirSync(join(sharedDir, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, string] => [f.slice(0, 3), join(sharedDir, 'seeds', f)]);
  const seedGold = [
    ...readGold(join(sharedDir, 'eval', 'seed-pairs.jsonl')),
    ...readGold(join(sharedDir, 'eval', 'articles-expected.jsonl')),
  ];
  await examplesOf(
    'seed',
    [...seeds, ...evalArticleFiles().map(({ name, file }): [string, string] => [name, file])],
    shipped,
    seedGold,
    out,
  );
  const storiesDir = join(sharedDir, 'stories');
  for (const story of readdirSync(storiesDir).sort()) {
    const dir = join(storiesDir, story);
    if (HELD_OUT_STORIES.includes(story) || !existsSync(join(dir, 'expected.jsonl'))) continue;
    const pages = readdirSync(join(dir, 'pages'))
      .filter((f) => f.endsWith('.html'))
      .map((f): [string, string] => [f.replace(/\.html$/, ''), join(dir, 'pages', f)]);
    await examplesOf(story, pages, loadCorpusDir(join(dir, 'corpus')), readGold(join(dir, 'expected.jsonl')), out);
  }
  await examplesOf(
    'unrelated-pages',
    realPageFiles().map(({ name, file }): [string, string] => [name, file]),
    shipped,
    null,
    out,
  );
  return out;
}

/**
 * Examples from FNC-1's training split: each headline judged (as a page statement, no gate)
 * against every sentence of its body. A proposal from an 'agree' body is right when it
 * corroborates, from a 'disagree' body when it conflicts, and every proposal from an
 * 'unrelated' body is wrong; 'discuss' bodies are left out (they report the claim without
 * taking a side, which a sentence may or may not). Topics are grouped into `folds` groups, so
 * no claim is on both sides of a held-out split. At most `perStance` pairs of each stance.
 */
export function fnc1Examples(folds = 4, perStance = 1500): Example[] {
  const { pairs, bodies } = readFnc1('train');
  const foldOf = splitByTopic(pairs, [...bodies.keys()], folds, 1);
  const { weights, lexicon } = loadPairEngine();
  const sentences = new Map<number, string[]>();
  const taken = { agree: 0, disagree: 0, unrelated: 0, discuss: 0 };
  const out: Example[] = [];
  for (const pair of pairs) {
    if (pair.stance === 'discuss' || taken[pair.stance] >= perStance) continue;
    taken[pair.stance]++;
    let list = sentences.get(pair.bodyId);
    if (!list)
      sentences.set(
        pair.bodyId,
        (list = bodies
          .get(pair.bodyId)!
          .split(/\n+/)
          .flatMap((p) => segmentSentences(p))
          .filter(isCheckable)),
      );
    for (const sentence of list) {
      const { judgement } = judgePair(pair.headline, sentence, weights, null, { lexicon });
      const proposal = judgement?.proposal;
      if (!proposal) continue;
      const stance = proposal.kind.endsWith('conflict') ? 'conflicts' : 'corroborates';
      const y =
        (pair.stance === 'agree' && stance === 'corroborates') || (pair.stance === 'disagree' && stance === 'conflicts')
          ? 1
          : 0;
      out.push({
        group: `fnc1-${foldOf.get(pair.bodyId)}`,
        page: `fnc1:${pair.bodyId}`,
        kind: proposal.kind,
        stance,
        x: featuresOf(proposal),
        y,
        labelled: pair.stance !== 'agree' || y === 1,
        text: `${pair.headline.slice(0, 80)} ~ ${sentence.slice(0, 80)}`,
      });
    }
  }
  return out;
}

/** A hand-written labelled pair of data/pairs/ (see its README). */
export interface HandPair {
  story: string;
  id: string;
  page_date: string;
  source_date: string;
  page_context: string;
  source_context: string;
  page: string;
  source: string;
  label: 'corroborates' | 'conflicts' | 'related' | 'none';
  kind: string;
}

export function readHandPairs(dir = join(projectRoot, 'data', 'pairs')): HandPair[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as HandPair),
    );
}

/** Examples from the hand-written pairs: a proposal is right when it is the pair's label. Group: the story. */
export function handPairExamples(pairs = readHandPairs()): Example[] {
  const { weights, lexicon } = loadPairEngine();
  const out: Example[] = [];
  for (const p of pairs) {
    const { judgement } = judgePair(p.page, p.source, weights, null, handPairContext(p, lexicon));
    const proposal = judgement?.proposal;
    if (!proposal) continue;
    const stance = proposal.kind.endsWith('conflict') ? 'conflicts' : 'corroborates';
    out.push({
      group: `pairs:${p.story}`,
      page: `${p.story}/${p.id}`,
      kind: proposal.kind,
      stance,
      x: featuresOf(proposal),
      y: p.label === stance ? 1 : 0,
      labelled: true,
      text: `${p.page.slice(0, 80)} ~ ${p.source.slice(0, 80)}`,
    });
  }
  return out;
}

/**
 * What the engine knows of a hand-written pair's two articles: their dates, and how closely their
 * headlines and leads report one story (as findStorySources weighs whole articles in the product).
 */
export function handPairContext(p: HandPair, lexicon: PairEngine['lexicon']): PairContext {
  const { vectors } = loadPairEngine();
  const known = (context: string, sentence: string, date: string) => findStatements([context, sentence], date);
  const storySimilarity = documentSimilarity(
    known(p.page_context, p.page, p.page_date),
    known(p.source_context, p.source, p.source_date),
    { idf: () => 1, vectors },
  );
  return { pageDate: p.page_date, sourceDate: p.source_date, lexicon, storySimilarity };
}

/** A proposal's features as the trainer's row (judged without a gate, so the judge computed them). */
function featuresOf(proposal: NonNullable<Judgement['proposal']>): number[] {
  if (!proposal.features) throw new Error('judge dataset: a proposal judged without a gate has its features');
  return FEATURE_NAMES.map((n) => proposal.features![n]);
}
