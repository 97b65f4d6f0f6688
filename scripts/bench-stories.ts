// npm run --silent bench:stories [-- N]: the memory and time of grouping a reader's memory of N
// articles (default 10,000; the scale corpus of `npm run bench`, scripts/scale-sources.ts) into
// stories: the live heap (after garbage collection) before, with every article's event profile read,
// and with the story index and its stories kept; grouping from scratch; regrouping after one article
// is forgotten and after it is remembered again; the figures tables of the ten largest stories.
// Runs under --expose-gc (package.json) to measure live memory rather than passing garbage.
import { performance } from 'node:perf_hooks';
import { analyseSource } from '../lib/corpus/analyse-source';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { addSources, removeSources } from '../lib/corpus/update-corpus';
import { createStoryIndex, readStoryProfile } from '../lib/stories/group-stories';
import { buildStoryDetail } from '../lib/stories/build-figures-table';
import type { AnalysedCorpus } from '../lib/types';
import { loadWordVectors } from '../node/load-word-vectors';
import { loadLexiconFile } from '../node/load-lexicon-file';
import { scaleSources } from './scale-sources';

const n = Number(process.argv[2] ?? 10_000);
const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = () => {
  gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1048576);
};
const asset: AnalysedCorpus = { version: 1, sources: [], statements: [] };
for (const { meta, paragraphs } of scaleSources(n)) {
  asset.sources.push(meta);
  for (const st of analyseSource(meta, paragraphs)) asset.statements.push(st);
}
const corpus = loadCorpus(asset, loadWordVectors(), null, loadLexiconFile());
const before = heapMB();
const profiles = [...corpus.sources.keys()].map((id) => readStoryProfile(corpus, id));
const withProfiles = heapMB();
const index = createStoryIndex();
const t0 = performance.now();
const stories = index.update(corpus);
const fromScratch = performance.now() - t0;
const withIndex = heapMB();
const last = [...corpus.sources.values()].at(-1)!;
const statements = corpus.bySource.get(last.id)!;
removeSources(corpus, [last.id]);
const t1 = performance.now();
index.update(corpus);
const afterRemoval = performance.now() - t1;
addSources(corpus, [{ meta: last, statements }]);
const t2 = performance.now();
index.update(corpus);
const afterAddition = performance.now() - t2;
const largest = [...stories].sort((a, b) => b.articles.length - a.articles.length).slice(0, 10);
const t3 = performance.now();
for (const story of largest) buildStoryDetail(story, corpus);
const tables = performance.now() - t3;
console.log(
  `${n} articles, ${stories.length} stories (largest ${largest.map((s) => s.articles.length).join(', ')} articles)\n` +
    `grouped from scratch ${Math.round(fromScratch)} ms; regrouped after one article forgotten ${Math.round(afterRemoval)} ms, remembered ${Math.round(afterAddition)} ms; figures tables of the ten largest ${Math.round(tables)} ms\n` +
    `live heap ${before} MB before, ${withProfiles} MB with the ${profiles.length} event profiles read, ${withIndex} MB with the story index and its stories${gc ? '' : ' (run under --expose-gc for live figures)'}`,
);
