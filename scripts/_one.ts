import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyseSource } from '../lib/corpus/analyse-source';
import { loadCorpus, updateTermWeights } from '../lib/corpus/load-corpus';
import { addSources } from '../lib/corpus/update-corpus';

import type { AnalysedCorpus } from '../lib/types';
const text = readFileSync('out/startup-10000.json', 'utf8');
const asset = JSON.parse(readFileSync('public/corpus-index.json', 'utf8')) as AnalysedCorpus;
const recs = JSON.parse(text) as Array<{ meta: any; statements: any[]; paragraphs: string[] }>;
const corpus = loadCorpus(asset, null, null, null);
addSources(corpus, recs.slice(0, -1).map(({ meta, statements }) => ({ meta, statements })));
const last = recs.at(-1)!;
const statements = analyseSource(last.meta, last.paragraphs);
for (let k = 0; k < 3; k++) {
  let t = performance.now();
  updateTermWeights(corpus);
  const tw = performance.now() - t;
  t = performance.now();
  addSources(corpus, [{ meta: { ...last.meta, id: 'x' + k }, statements: statements.map((s) => ({ ...s, sourceId: 'x' + k })) }]);
  console.log(`updateTermWeights ${tw.toFixed(0)} ms, add one ${(performance.now() - t).toFixed(0)} ms`);
}
