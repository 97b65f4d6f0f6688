import { performance } from 'node:perf_hooks';
import { extractArticle } from '../lib/extract/extract-article';
import { compareArticle, storyOf } from '../lib/compare-article';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { analyseSource } from '../lib/corpus/analyse-source';
import type { AnalysedCorpus, Article } from '../lib/types';
import { evalArticleFiles, readDocument, realPageFiles } from './real-pages';
import { loadWordVectors } from './load-word-vectors';
import { loadLexiconFile } from './load-lexicon-file';
import { scaleSources } from './scale-sources';
import { findFirstStatements } from '../lib/statements/find-statements';
const asset: AnalysedCorpus = { version: 1, sources: [], statements: [] };
for (const { meta, paragraphs } of scaleSources(1000)) { asset.sources.push(meta); for (const st of analyseSource(meta, paragraphs)) asset.statements.push(st); }
const corpus = loadCorpus(asset, loadWordVectors(), null, loadLexiconFile());
const pages: Article[] = [];
for (const { file } of [...realPageFiles(), ...evalArticleFiles()].slice(0, 10)) { const a = extractArticle(readDocument(file), 'http://localhost/'); if (a) pages.push(a); }
for (const a of pages) {
  const sts = findFirstStatements(a.paragraphs, a.published, 500).statements;
  let t = performance.now();
  const story = storyOf(sts, corpus, new Set(), a);
  const tStory = performance.now() - t;
  const cands = story.candidates.reduce((s, c) => s + c.length, 0);
  compareArticle(a, corpus);
  t = performance.now();
  compareArticle(a, corpus);
  console.log(a.title.slice(0, 30).padEnd(30), 'statements', sts.length, 'candidates', cands, 'story sources', story.similarity.size, 'story ms', tStory.toFixed(0), 'compare ms', (performance.now() - t).toFixed(0));
}
