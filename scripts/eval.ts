// npm run eval: compares the five seeds and the three test articles of ../shared/eval with the
// corpus, writes their JSON into out/eval/, and prints both scorer summaries.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareInput, loadShippedCorpus, projectRoot } from './compare-file';

const shared = join(projectRoot, '..', 'shared');
const outDir = join(projectRoot, 'out', 'eval');
mkdirSync(outDir, { recursive: true });
const corpus = loadShippedCorpus();

const pages: Array<[string, string]> = [
  ...readdirSync(join(shared, 'seeds')).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f.slice(0, 3), join(shared, 'seeds', f)]),
  ...readdirSync(join(shared, 'eval', 'articles')).filter((f) => f.endsWith('.html')).map((f): [string, string] => [f.replace(/\.html$/, ''), join(shared, 'eval', 'articles', f)]),
];
for (const [id, file] of pages) writeFileSync(join(outDir, `${id}.json`), JSON.stringify(await compareInput(file, corpus), null, 2));

const verbose = process.argv.includes('--verbose') ? ['--verbose'] : [];
for (const gold of ['seed-pairs.jsonl', 'articles-expected.jsonl']) {
  console.log(`== ${gold}`);
  const output = execFileSync('node', [join(shared, 'eval', 'score.mjs'), '--expected', join(shared, 'eval', gold), '--outputs', outDir, ...verbose], { encoding: 'utf8' });
  console.log(output.trimEnd());
}
