// npm run --silent bench:copies [-- N]
// What the copy check costs at scale (default 10,000 articles, the benchmark's FNC-1 corpus of
// scripts/scale-sources.ts, whose copies past 2,587 are perturbed repeats: real copy groups):
// the time it adds per page (sampleShingles + findCopies, against the whole compareArticle), the
// time it adds to loading the corpus (samples, inverted index, groups) and to adding one source,
// and the memory of its index. Run with --expose-gc for the memory figure.
import { performance } from 'node:perf_hooks';
import { analyseSource } from '../lib/corpus/analyse-source';
import { addToCopyIndex, createCopyIndex } from '../lib/corpus/copy-index';
import { findCopies } from '../lib/corpus/find-copies';
import { loadCorpus, updateCopyGroups } from '../lib/corpus/load-corpus';
import { sampleShingles } from '../lib/corpus/sample-shingles';
import { addSources } from '../lib/corpus/update-corpus';
import { compareArticle } from '../lib/compare-article';
import { extractArticle } from '../lib/extract/extract-article';
import { findFirstStatements } from '../lib/statements/find-statements';
import { MAX_STATEMENTS } from '../lib/compare-article';
import type { AnalysedCorpus, Article, CorpusStatement } from '../lib/types';
import { evalArticleFiles, readDocument, realPageFiles } from '../node/real-pages';
import { scaleSources } from './scale-sources';

const n = Number(process.argv[2] ?? 10_000);
const asset: AnalysedCorpus = { version: 2, sources: [], statements: [] };
for (const { meta, paragraphs } of scaleSources(n)) {
  asset.sources.push(meta);
  for (const st of analyseSource(meta, paragraphs)) asset.statements.push(st);
}
const serialized = JSON.stringify(asset);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(0.95 * xs.length))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

// Loading: the whole loadCorpus, and the copy part of it alone (samples, index, groups), 3 runs each.
const loads: number[] = [];
const copyParts: number[] = [];
let corpus = loadCorpus(JSON.parse(serialized) as AnalysedCorpus);
for (let run = 0; run < 3; run++) {
  const parsed = JSON.parse(serialized) as AnalysedCorpus;
  let t = performance.now();
  corpus = loadCorpus(parsed);
  loads.push(performance.now() - t);
  t = performance.now();
  const bySource = new Map<string, CorpusStatement[]>();
  for (const st of parsed.statements) {
    const list = bySource.get(st.sourceId) ?? [];
    list.push(st);
    bySource.set(st.sourceId, list);
  }
  const tSamples = performance.now();
  const copies = createCopyIndex();
  for (const [id, list] of bySource) addToCopyIndex(copies, id, sampleShingles(list));
  const tGroups = performance.now();
  updateCopyGroups({ copies, sources: corpus.sources });
  const end = performance.now();
  copyParts.push(end - tSamples);
  if (run === 0)
    console.log(
      `copy part of loading: samples + index ${ms(tGroups - tSamples)}, groups ${ms(end - tGroups)} (grouping statements by source, already done by loadCorpus: ${ms(tSamples - t)})`,
    );
}
const sampled = corpus.copies.samples.reduce((a, s) => a + (s?.length ?? 0), 0);
const groups = new Map<string, number>();
for (const [, voice] of corpus.copies.voices) groups.set(voice, (groups.get(voice) ?? 0) + 1);
console.log(
  `${n} articles, ${asset.statements.length} statements; ${sampled} sampled shingles (${(sampled / n).toFixed(1)} a source), ${corpus.copies.postings.size} distinct`,
);
console.log(
  `copy groups: ${groups.size}, holding ${corpus.copies.voices.size} sources; ${new Set([...corpus.sources.keys()].map(corpus.voiceOf)).size} voices in all`,
);
console.log(
  `loadCorpus: median ${ms(median(loads))}; of which the copy check's samples, index and groups: median ${ms(median(copyParts))}`,
);

// Memory of the copy index (needs --expose-gc).
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const copies = createCopyIndex();
  for (const [id, list] of corpus.bySource) addToCopyIndex(copies, id, sampleShingles(list));
  updateCopyGroups({ copies, sources: corpus.sources });
  gc();
  console.log(
    `copy index in memory: ${((process.memoryUsage().heapUsed - before) / 1024 / 1024).toFixed(1)} MB (${copies.numbers.size} samples)`,
  );
}

// Adding one source to the loaded corpus (the options page): the groups are computed again.
{
  const meta = { ...asset.sources[0]!, id: 'user-bench' };
  const statements = analyseSource(
    meta,
    corpus.bySource.get(asset.sources[0]!.id)!.map((st) => st.text),
  );
  const t = performance.now();
  addSources(corpus, [{ meta, statements }]);
  const total = performance.now() - t;
  const t2 = performance.now();
  updateCopyGroups(corpus);
  console.log(
    `addSources of one source: ${ms(total)}, of which the groups ${ms(performance.now() - t2)}; it joins the voice ${corpus.voiceOf('user-bench')}`,
  );
}

// Per page: the check alone against the whole comparison.
const pages: Article[] = [];
for (const { file } of [...realPageFiles(), ...evalArticleFiles()]) {
  const article = extractArticle(readDocument(file), 'http://localhost/');
  if (article) pages.push(article);
}
for (const a of pages) compareArticle(a, corpus); // warm-up
const checks: number[] = [];
const totals: number[] = [];
for (const a of pages) {
  const { statements } = findFirstStatements(a.paragraphs, a.published, MAX_STATEMENTS);
  let t = performance.now();
  const found = findCopies(corpus.copies, sampleShingles(statements));
  checks.push(performance.now() - t);
  if (found.length) console.log(`  ${a.title.slice(0, 50)}: a copy of ${found[0]!.sourceId}?`);
  t = performance.now();
  compareArticle(a, corpus);
  totals.push(performance.now() - t);
}
console.log(
  `per page (${pages.length} pages): copy check median ${ms(median(checks))}, p95 ${ms(p95(checks))}, max ${ms(Math.max(...checks))}; whole compareArticle median ${ms(median(totals))}, p95 ${ms(p95(totals))}`,
);
