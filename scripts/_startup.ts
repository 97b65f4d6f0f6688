import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyseSource } from '../lib/corpus/analyse-source';
import { loadCorpus } from '../lib/corpus/load-corpus';
import { addSources } from '../lib/corpus/update-corpus';
import { loadWordVectors } from '../node/load-word-vectors';
import { loadLexiconFile } from '../node/load-lexicon-file';
import { scaleSources } from './scale-sources';
import type { AnalysedCorpus } from '../lib/types';
const N = Number(process.argv[2] ?? 10000);
const cache = `out/startup-${N}.json`;
if (!existsSync(cache)) {
  const recs = [];
  for (const { meta, paragraphs } of scaleSources(N)) recs.push({ meta, statements: analyseSource(meta, paragraphs), paragraphs });
  writeFileSync(cache, JSON.stringify(recs));
}
const text = readFileSync(cache, 'utf8');
const asset = JSON.parse(readFileSync('public/corpus-index.json', 'utf8')) as AnalysedCorpus;
const vectors = loadWordVectors(); const lexicon = loadLexiconFile();
for (let round = 0; round < 2; round++) {
  const t0 = performance.now();
  const recs = JSON.parse(text) as Array<{ meta: any; statements: any[] }>;
  const t1 = performance.now();
  const corpus = loadCorpus(asset, vectors, null, lexicon);
  const t2 = performance.now();
  addSources(corpus, recs.map(({ meta, statements }) => ({ meta, statements })));
  const t3 = performance.now();
  console.log(`parse ${(t1 - t0).toFixed(0)} ms, shipped ${(t2 - t1).toFixed(0)} ms, addSources ${(t3 - t2).toFixed(0)} ms; ${(text.length / 1e6).toFixed(1)} MB`);
}
{
  const recs = JSON.parse(text) as Array<{ meta: any; statements: any[]; paragraphs: string[] }>;
  const corpus = loadCorpus(asset, vectors, null, lexicon);
  addSources(corpus, recs.slice(0, -1).map(({ meta, statements }) => ({ meta, statements })));
  const last = recs.at(-1)!;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const statements = analyseSource(last.meta, last.paragraphs);
    const t1 = performance.now();
    addSources(corpus, [{ meta: last.meta, statements }]);
    console.log(`remember one: analyse ${(t1 - t0).toFixed(0)} ms, addSources ${(performance.now() - t1).toFixed(0)} ms`);
  }
}
