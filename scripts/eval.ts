// npm run eval: compares the five seeds and the three test articles of ../shared/eval with the
// corpus, writes their JSON into out/eval/, and prints both scorer summaries.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareInput, loadShippedCorpus, projectRoot } from './compare-file';
import { sharedDir } from './project-root';
import { evalArticleFiles, realPageFiles } from './real-pages';

const outDir = join(projectRoot, 'out', 'eval');
mkdirSync(outDir, { recursive: true });
const corpus = loadShippedCorpus();

const pages: Array<[string, string]> = [
  ...readdirSync(join(sharedDir, 'seeds')).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f.slice(0, 3), join(sharedDir, 'seeds', f)]),
  ...evalArticleFiles().map(({ name, file }): [string, string] => [name, file]),
];
for (const [id, file] of pages) writeFileSync(join(outDir, `${id}.json`), JSON.stringify(await compareInput(file, corpus), null, 2));

const verbose = process.argv.includes('--verbose') ? ['--verbose'] : [];
for (const gold of ['seed-pairs.jsonl', 'articles-expected.jsonl']) {
  console.log(`== ${gold}`);
  const output = execFileSync('node', [join(sharedDir, 'eval', 'score.mjs'), '--expected', join(sharedDir, 'eval', gold), '--outputs', outDir, ...verbose], { encoding: 'utf8' });
  console.log(output.trimEnd());
}

// Pages unrelated to the corpus: every corroborates/conflicts shown there is a false alarm.
let strong = 0;
let related = 0;
let statements = 0;
const realPages = realPageFiles();
for (const { name: dir, file } of realPages) {
  const result = await compareInput(file, corpus);
  statements += result.statements.length;
  for (const st of result.statements) strong += st.matches.filter((m) => m.stance !== 'related').length;
  for (const st of result.statements) related += st.matches.filter((m) => m.stance === 'related').length;
  if (verbose.length) for (const st of result.statements) for (const m of st.matches) if (m.stance !== 'related') console.log(`  ${dir}: ${m.stance} "${st.text.slice(0, 60)}" ~ ${m.sourceId.slice(0, 3)} "${m.text.slice(0, 60)}" (${m.why})`);
}
console.log(`== readability-pages (unrelated to the corpus)`);
console.log(`${realPages.length} pages, ${statements} statements, ${strong} corroborates/conflicts matches: ${(strong / realPages.length).toFixed(2)} per page (related: ${(related / realPages.length).toFixed(2)} per page)`);
