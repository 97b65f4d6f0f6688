// npm run --silent bench:search [-- ARTICLES]: how long the popup's first search takes on a large
// corpus. The first search builds the MiniSearch index over every statement (getSearchIndex in
// lib/corpus/load-corpus.ts); later searches use it. The corpus is the benchmark's
// (scripts/scale-sources.ts, 10,000 articles by default), analysed as a source the reader adds.
// Reported beside Readability's median on the real pages, measured in the same run (machines differ).
import { performance } from 'node:perf_hooks';
import { analyseSource } from '../lib/corpus/analyse-source';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { extractArticle } from '../lib/extract/extract-article';
import { searchCorpus } from '../lib/search/search-corpus';
import type { AnalysedCorpus } from '../lib/types';
import { readDocument, realPageFiles } from '../node/real-pages';
import { scaleSources } from './scale-sources';

const articles = Number(process.argv[2] ?? 10_000);
const QUERIES = ['criminal record', 'foreign fighters', 'salary contract soldiers'];

const asset: AnalysedCorpus = { version: 1, sources: [], statements: [] };
for (const { meta, paragraphs } of scaleSources(articles)) {
  asset.sources.push(meta);
  for (const st of analyseSource(meta, paragraphs)) asset.statements.push(st);
}
const corpus = loadCorpus(asset);

const first = time(() => searchCorpus(corpus, QUERIES[0]!));
const later = QUERIES.slice(1).map((q) => time(() => searchCorpus(corpus, q)));

// Each page parsed afresh for each run (Readability works on a clone, but keep it plain); one warm-up pass.
const pages = realPageFiles().map(({ file }) => file);
for (const file of pages) extractArticle(readDocument(file), 'http://localhost/');
const readability = pages.map((file) => {
  const doc = readDocument(file);
  return time(() => extractArticle(doc, 'http://localhost/'));
});
const median = readability.sort((a, b) => a - b)[Math.floor(readability.length / 2)]!;

console.log(
  JSON.stringify(
    {
      articles,
      statements: asset.statements.length,
      firstSearchMs: round(first),
      laterSearchMs: later.map(round),
      readabilityMedianMs: round(median),
      firstSearchToReadability: round(first / median),
    },
    null,
    2,
  ),
);

function time(run: () => unknown): number {
  const t = performance.now();
  run();
  return performance.now() - t;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
