import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpusDir, loadShippedCorpus, readInput } from './compare-file';
import { findStatements } from '../lib/statements/find-statements';
import { retrieveCandidates } from '../lib/match/retrieve-candidates';
import { findStorySources } from '../lib/match/find-story-sources';
import { realPageFiles, evalArticleFiles } from './real-pages';
async function show(label: string, file: string, corpus: any) {
  const read = await readInput(file, corpus);
  if (!read.article) return;
  const sts = findStatements(read.article.paragraphs, read.article.published);
  const cands = sts.map((s) => retrieveCandidates(s, corpus, new Set(read.exclude)));
  const ss = findStorySources(sts, cands, corpus);
  console.log(label.padEnd(40), ss.slice(0, 7).map((s) => `${s.sourceId.slice(0, 3)}:${s.similarity.toFixed(2)}`).join(' '));
}
const dir = '/work/shared/stories/suez-2021';
const corpus = loadCorpusDir(join(dir, 'corpus'));
for (const f of readdirSync(join(dir, 'pages'))) await show(f, join(dir, 'pages', f), corpus);
const shipped = loadShippedCorpus();
for (const a of evalArticleFiles()) await show(a.name, a.file, shipped);
for (const f of readdirSync('/work/shared/seeds')) await show(f, join('/work/shared/seeds', f), shipped);
for (const p of realPageFiles().slice(0, 25)) await show(p.name, p.file, shipped);
