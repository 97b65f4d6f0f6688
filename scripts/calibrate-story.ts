// npm run --silent calibrate:story: document similarity (lib/match/find-story-sources.ts) of each
// development page with the sources of its own corpus, and of the 25 unrelated real pages with
// the seed corpus: STORY_SIMILARITY_MIN (lib/match/thresholds.ts) must sit between the two. The
// held-out story is not read.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpusDir, loadShippedCorpus, readInput } from '../node/compare-file';
import { findStatements } from '../lib/statements/find-statements';
import { retrieveCandidates } from '../lib/match/retrieve-candidates';
import { findStorySources } from '../lib/match/find-story-sources';
import type { Corpus } from '../lib/corpus/load-corpus';
import { realPageFiles, evalArticleFiles } from '../node/real-pages';
import { sharedDir } from '../node/project-root';
import { HELD_OUT_STORIES } from './judge-dataset';

async function best(label: string, file: string, corpus: Corpus): Promise<void> {
  const read = await readInput(file, corpus);
  if (!read.article) return;
  const statements = findStatements(read.article.paragraphs, read.article.published);
  const exclude = new Set(read.exclude);
  const story = findStorySources(
    statements,
    statements.map((s) => retrieveCandidates(s, corpus, exclude)),
    corpus,
  );
  console.log(
    `${label.padEnd(48)} ${story
      .slice(0, 7)
      .map((s) => `${s.sourceId.slice(0, 3)}:${s.similarity.toFixed(2)}`)
      .join(' ')}`,
  );
}

const shipped = loadShippedCorpus();
for (const f of readdirSync(join(sharedDir, 'seeds'))) await best(`seed ${f}`, join(sharedDir, 'seeds', f), shipped);
for (const a of evalArticleFiles()) await best(`seed article ${a.name}`, a.file, shipped);
for (const story of readdirSync(join(sharedDir, 'stories'), { withFileTypes: true }).filter(
  (d) => d.isDirectory() && !HELD_OUT_STORIES.includes(d.name),
)) {
  const dir = join(sharedDir, 'stories', story.name);
  const corpus = loadCorpusDir(join(dir, 'corpus'));
  for (const f of readdirSync(join(dir, 'pages'))) await best(`${story.name} ${f}`, join(dir, 'pages', f), corpus);
}
for (const p of realPageFiles()) await best(`unrelated ${p.name}`, p.file, shipped);
