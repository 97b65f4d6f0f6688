// One corpus size for `npm run bench`: builds a corpus of N articles from the FNC-1 bodies
// (scripts/scale-sources.ts), then times matching real pages.
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../lib/extract/extract-article';
import { compareArticle } from '../lib/compare-article';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { postingIds } from '../lib/match/term-index';
import { analyseSource } from '../lib/corpus/analyse-source';
import type { AnalysedCorpus, Article } from '../lib/types';
import { evalArticleFiles, readDocument, realPageFiles } from '../node/real-pages';
import { loadWordVectors } from '../node/load-word-vectors';
import { loadLexiconFile } from '../node/load-lexicon-file';
import { scaleSources } from './scale-sources';
import { createStoryIndex } from '../lib/stories/group-stories';
import { addSources, removeSources } from '../lib/corpus/update-corpus';

export interface ScaleFigures {
  articles: number;
  statements: number;
  buildSeconds: number;
  /** Seconds to load the analysed corpus from its serialized form and rebuild the term index. */
  loadSeconds: number;
  indexBytes: number;
  /** Peak resident memory of the process while analysing and indexing the corpus. */
  peakMemoryMB: number;
  /** Resident memory of the same process before it read anything (Node and the engine's code). */
  baselineMemoryMB: number;
  matchMsP50: number;
  matchMsP95: number;
  /** Grouping the whole corpus into stories from scratch (the first Stories request after start-up). */
  storiesMs: number;
  stories: number;
  /** Regrouping after one article was added to a corpus already grouped (a page remembered). */
  storiesUpdateMs: number;
}

export async function measureScale(n: number): Promise<ScaleFigures> {
  const baselineMemoryMB = Math.round(process.memoryUsage().rss / 1024 / 1024);
  const t0 = performance.now();
  const asset: AnalysedCorpus = { version: 1, sources: [], statements: [] };
  for (const { meta, paragraphs } of scaleSources(n)) {
    asset.sources.push(meta);
    // The same analysis as a source the reader adds (lib/corpus/analyse-source.ts).
    for (const st of analyseSource(meta, paragraphs)) asset.statements.push(st);
  }
  const corpus = loadCorpus(asset, loadWordVectors(), null, loadLexiconFile());
  const buildSeconds = (performance.now() - t0) / 1000;
  // Peak resident memory of analysing and indexing (the pages parsed below are not the index's).
  const peakMemoryMB = Math.round(process.resourceUsage().maxRSS / 1024);
  // The comparison index: analysed statements and term postings (the popup's search index is built on first search).
  const serialized = JSON.stringify(asset);
  const indexBytes =
    serialized.length +
    JSON.stringify([...corpus.terms.postings].map(([term, list]) => [term, Array.from(postingIds(list))])).length;
  // Loading a stored corpus: parse the analysed statements and rebuild the term index (no analysis).
  const t1 = performance.now();
  loadCorpus(JSON.parse(serialized) as AnalysedCorpus, null);
  const loadSeconds = (performance.now() - t1) / 1000;

  const pages: Article[] = [];
  for (const { file } of [...realPageFiles(), ...evalArticleFiles()]) {
    const article = extractArticle(readDocument(file), 'http://localhost/');
    if (article) pages.push(article);
  }
  const times: number[] = [];
  for (const article of pages) compareArticle(article, corpus); // warm-up
  for (const article of pages) {
    const t = performance.now();
    compareArticle(article, corpus);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  // Stories: the whole corpus grouped once, then one article taken out and put back in, as a
  // remembered page joins the memory (lib/stories/group-stories.ts createStoryIndex).
  const storyIndex = createStoryIndex();
  const s0 = performance.now();
  const stories = storyIndex.update(corpus).length;
  const storiesMs = performance.now() - s0;
  const last = [...corpus.sources.values()].at(-1)!;
  const statements = corpus.bySource.get(last.id)!;
  removeSources(corpus, [last.id]);
  storyIndex.update(corpus);
  addSources(corpus, [{ meta: last, statements }]);
  const s1 = performance.now();
  storyIndex.update(corpus);
  const storiesUpdateMs = performance.now() - s1;
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]! * 10) / 10;
  return {
    articles: n,
    statements: asset.statements.length,
    buildSeconds: Math.round(buildSeconds * 10) / 10,
    loadSeconds: Math.round(loadSeconds * 100) / 100,
    indexBytes,
    peakMemoryMB,
    baselineMemoryMB,
    matchMsP50: at(0.5),
    matchMsP95: at(0.95),
    storiesMs: Math.round(storiesMs),
    stories,
    storiesUpdateMs: Math.round(storiesUpdateMs),
  };
}
