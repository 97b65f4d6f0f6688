// npm run eval [-- --misses SET] [-- --only SET,SET]
// Every quality figure of the engine in one table:
// - the seed story (../shared/eval): the five seeds against the other four, the three test articles;
// - every story of ../shared/stories/*/ (its corpus/, pages/*.html, expected.jsonl), each page
//   compared with that story's own corpus;
// - the 25 unrelated real pages of ../shared/readability-pages: corroborations/conflicts shown
//   there are false alarms;
// - MRPC test and SICK test through the engine's own pairwise judgement (lib/judge-pair.ts),
//   scored by ../shared/benchmarks/score.mjs.
// Outputs and each set's scorer report (with its misses) go to out/eval/<set>/; the misses are
// printed only for the sets named by --misses, so a held-out story can be scored unseen.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareInput, loadCorpusDir, loadShippedCorpus, projectRoot } from '../node/compare-file';
import { sharedDir } from '../node/project-root';
import { evalArticleFiles, realPageFiles } from '../node/real-pages';
import { judgePairsFile, type PairTask } from './judge-pairs-file';
import type { Corpus } from '../lib/corpus/load-corpus';
import { handPairContext, readHandPairs } from './judge-dataset';
import { loadPairEngine } from '../node/load-pair-engine';
import { judgePair } from '../lib/judge-pair';

const args = process.argv.slice(2);
const listArg = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? '').split(',').filter(Boolean) : null;
};
const showMisses = new Set(listArg('misses') ?? []);
const only = listArg('only');
const outRoot = join(projectRoot, 'out', 'eval');
const wanted = (set: string) => !only || only.includes(set);

interface Row {
  set: string;
  what: string;
  /** The figure the target is set on, as printed. */
  figure: string;
  detail: string;
}
const rows: Row[] = [];
const started = performance.now();

/** Compares each page into out/eval/<set>/<id>.json and scores the set with ../shared/eval/score.mjs. */
async function goldSet(
  set: string,
  what: string,
  pages: Array<[string, string]>,
  corpus: Corpus,
  expected: string,
): Promise<void> {
  const dir = join(outRoot, set);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [id, file] of pages)
    writeFileSync(join(dir, `${id}.json`), JSON.stringify(await compareInput(file, corpus), null, 2));
  const report = execFileSync(
    'node',
    [join(sharedDir, 'eval', 'score.mjs'), '--expected', expected, '--outputs', dir],
    { encoding: 'utf8' },
  );
  writeFileSync(join(outRoot, `${set}.report.txt`), report);
  if (showMisses.has(set)) console.log(`== ${set}\n${report.trimEnd()}`);
  const score = /score (\d\.\d+) \((\d+)\/(\d+)/.exec(report);
  const parts = /corroborations found (\d+\/\d+), conflicts found (\d+\/\d+), guards kept (\d+\/\d+)/.exec(report);
  rows.push({
    set,
    what,
    figure: score ? `${score[1]} (${score[2]}/${score[3]})` : 'no score',
    detail: parts
      ? `corroborations ${parts[1]}, conflicts ${parts[2]}, guards ${parts[3]}; nothing shown scores ${nothingScore(expected)}`
      : report.slice(0, 200),
  });
}

/** What an engine that shows nothing scores on a gold file: the share of its (non-stretch) lines that are guards. */
function nothingScore(expected: string): string {
  const gold = readFileSync(expected, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { accept: string[]; stretch?: boolean });
  const scored = gold.filter((g) => !g.stretch);
  const guards = scored.filter(
    (g) => g.accept.includes('none') || !g.accept.some((a) => a === 'corroborates' || a === 'conflicts'),
  );
  return (guards.length / Math.max(1, scored.length)).toFixed(2);
}

const shipped = loadShippedCorpus();
if (wanted('seed-pairs')) {
  const seeds = readdirSync(join(sharedDir, 'seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f): [string, string] => [f.slice(0, 3), join(sharedDir, 'seeds', f)]);
  await goldSet(
    'seed-pairs',
    'seed story: each seed against the other four',
    seeds,
    shipped,
    join(sharedDir, 'eval', 'seed-pairs.jsonl'),
  );
}
if (wanted('seed-articles')) {
  const articles = evalArticleFiles().map(({ name, file }): [string, string] => [name, file]);
  await goldSet(
    'seed-articles',
    'seed story: three test pages',
    articles,
    shipped,
    join(sharedDir, 'eval', 'articles-expected.jsonl'),
  );
}

const storiesDir = join(sharedDir, 'stories');
for (const story of existsSync(storiesDir)
  ? readdirSync(storiesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort()
  : []) {
  if (!wanted(story)) continue;
  const dir = join(storiesDir, story);
  if (!existsSync(join(dir, 'expected.jsonl')) || !existsSync(join(dir, 'corpus', 'manifest.json'))) continue;
  const pages = readdirSync(join(dir, 'pages'))
    .filter((f) => f.endsWith('.html'))
    .map((f): [string, string] => [f.replace(/\.html$/, ''), join(dir, 'pages', f)]);
  const corpus = loadCorpusDir(join(dir, 'corpus'));
  await goldSet(
    story,
    `story: ${pages.length} pages against its corpus of ${corpus.sources.size}`,
    pages,
    corpus,
    join(dir, 'expected.jsonl'),
  );
}

if (wanted('readability-pages')) {
  // Pages unrelated to the corpus: every corroborates/conflicts shown there is a false alarm.
  let strong = 0;
  let related = 0;
  let statements = 0;
  const alarms: string[] = [];
  const realPages = realPageFiles();
  for (const { name, file } of realPages) {
    const result = await compareInput(file, shipped);
    statements += result.statements.length;
    for (const st of result.statements) {
      for (const m of st.matches) {
        if (m.stance === 'related') related++;
        else {
          strong++;
          alarms.push(
            `${name}: ${m.stance} "${st.text.slice(0, 70)}" ~ ${m.sourceId.slice(0, 3)} "${m.text.slice(0, 70)}" (${m.why})`,
          );
        }
      }
    }
  }
  mkdirSync(outRoot, { recursive: true });
  writeFileSync(join(outRoot, 'readability-pages.report.txt'), alarms.join('\n') + '\n');
  if (showMisses.has('readability-pages')) console.log(`== readability-pages\n${alarms.join('\n')}`);
  rows.push({
    set: 'readability-pages',
    what: `${realPages.length} unrelated real pages against the seed corpus`,
    figure: `${(strong / realPages.length).toFixed(2)} per page`,
    detail: `${strong} corroborates/conflicts on ${statements} statements (related: ${(related / realPages.length).toFixed(2)} per page)`,
  });
}

if (wanted('hand-pairs')) {
  // Pairs written for this project (data/pairs/, 17 stories): the judge's training data too, so
  // this is a training figure; train:judge prints the figure with each story held out.
  const pairs = readHandPairs();
  const { weights, lexicon } = loadPairEngine();
  const tally: Record<'corroborates' | 'conflicts' | 'other', [number, number]> = {
    corroborates: [0, 0],
    conflicts: [0, 0],
    other: [0, 0],
  };
  const wrong: string[] = [];
  for (const p of pairs) {
    const { stance, why } = judgePair(p.page, p.source, weights, undefined, handPairContext(p, lexicon));
    const want = p.label === 'corroborates' || p.label === 'conflicts' ? p.label : 'other';
    const got = stance === 'corroborates' || stance === 'conflicts' ? stance : 'other';
    tally[want][1]++;
    if (got === want) tally[want][0]++;
    else wrong.push(`${p.story}/${p.id} [${p.kind}] want ${p.label} got ${stance}: ${p.page} ~ ${p.source} (${why})`);
  }
  writeFileSync(join(outRoot, 'hand-pairs.report.txt'), wrong.join('\n') + '\n');
  if (showMisses.has('hand-pairs')) console.log(`== hand-pairs\n${wrong.join('\n')}`);
  const right = tally.corroborates[0] + tally.conflicts[0] + tally.other[0];
  rows.push({
    set: 'hand-pairs',
    what: `${pairs.length} pairs of ${new Set(pairs.map((p) => p.story)).size} stories written for this project (training data of the gate)`,
    figure: `${((right / pairs.length) * 100).toFixed(1)}%`,
    detail: `corroborations ${tally.corroborates.join('/')}, conflicts ${tally.conflicts.join('/')}, related or none kept ${tally.other.join('/')}`,
  });
}

const benchmarks: Array<[PairTask, string, string]> = [
  ['mrpc', 'MRPC test: paraphrase = corroborates', join(sharedDir, 'benchmarks', 'mrpc', 'msr_paraphrase_test.txt')],
  [
    'sick',
    'SICK test: entailment = corroborates, contradiction = conflicts',
    join(sharedDir, 'benchmarks', 'sick', 'SICK_test_annotated.txt'),
  ],
];
for (const [task, what, gold] of benchmarks) {
  if (!wanted(task) || !existsSync(gold)) continue;
  const { lines } = judgePairsFile(task, gold);
  const pred = join(outRoot, `${task}.pred.tsv`);
  mkdirSync(outRoot, { recursive: true });
  writeFileSync(pred, lines.join('\n') + '\n');
  const report = execFileSync(
    'node',
    [join(sharedDir, 'benchmarks', 'score.mjs'), '--task', task, '--gold', gold, '--pred', pred],
    { encoding: 'utf8' },
  );
  writeFileSync(join(outRoot, `${task}.report.txt`), report);
  if (showMisses.has(task)) console.log(`== ${task}\n${report.trimEnd()}`);
  const summary = report.trim().split('\n').at(-1) ?? '';
  const m =
    task === 'mrpc'
      ? /accuracy ([\d.]+)%, F1 ([\d.]+)/.exec(summary)
      : /accuracy ([\d.]+)%.*contradiction F1 ([\d.]+)/.exec(summary);
  rows.push({
    set: `${task}-test`,
    what,
    figure: m ? (task === 'mrpc' ? `${m[1]}% / F1 ${m[2]}` : `${m[1]}% / contr. F1 ${m[2]}`) : 'no score',
    detail: summary.replace(/^\w+: /, ''),
  });
}

const width = (k: keyof Row) => Math.max(...rows.map((r) => r[k].length), k.length);
const line = (r: Row) =>
  `| ${r.set.padEnd(width('set'))} | ${r.figure.padEnd(width('figure'))} | ${r.what} — ${r.detail} |`;
console.log(`| ${'set'.padEnd(width('set'))} | ${'figure'.padEnd(width('figure'))} | what, details |`);
console.log(`|${'-'.repeat(width('set') + 2)}|${'-'.repeat(width('figure') + 2)}|---|`);
for (const r of rows) console.log(line(r));
console.log(
  `(${Math.round((performance.now() - started) / 1000)} s; reports with misses in out/eval/<set>.report.txt)`,
);
