// npm run --silent bench:hostile: how long the content script's reading and the engine take on
// pages too big to commit (scripts/hostile-pages.ts), in Node (jsdom is 10–20 times slower than
// Chromium at Readability; tests/e2e/hostile-pages.test.ts measures the same pages in Chromium).
// Figures, not a test: nothing here passes or fails.
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { compareArticle } from '../lib/compare-article';
import { readPage } from '../lib/extract/read-page';
import { loadShippedCorpus } from '../node/compare-file';
import { createHugeMarkupPageHtml, createHugeTextPageHtml, createLongArticleHtml } from '../node/hostile-pages';

const corpus = loadShippedCorpus();
const pages: Array<[string, () => string]> = [
  ['200,000-word article', () => createLongArticleHtml(200_000)],
  ['20 MB page of small elements', () => createHugeMarkupPageHtml(20_000_000)],
  ['20 MB page of text', () => createHugeTextPageHtml(20_000_000)],
];
const ms = (t: number) => Math.round(performance.now() - t);

for (const [name, make] of pages) {
  const html = make();
  let t = performance.now();
  const doc = new JSDOM(html, { url: 'http://127.0.0.1/page.html' }).window.document;
  const parseMs = ms(t);
  t = performance.now();
  const reading = readPage(doc, 'http://127.0.0.1/page.html');
  const readMs = ms(t);
  t = performance.now();
  const comparison = reading.article ? compareArticle(reading.article, corpus) : null;
  const compareMs = ms(t);
  const sent = reading.article ? JSON.stringify(reading.article).length : 0;
  console.log(
    JSON.stringify({
      page: name,
      megabytes: Math.round(html.length / 1e5) / 10,
      jsdomParseMs: parseMs,
      readPageMs: readMs,
      unread: reading.unread ?? null,
      messageBytes: sent,
      compareMs,
      statements: comparison?.statements.length ?? 0,
      capped: comparison?.capped ?? null,
      resultBytes: comparison ? JSON.stringify(comparison).length : 0,
    }),
  );
}
