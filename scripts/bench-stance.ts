// Benchmarks the stance model on FNC-1 competition test pairs.
//
//   npm run bench:stance [-- --pairs 3000]
//
// Prints the asset's size, and the median / p95 milliseconds per pair: once with each body
// prepared beforehand (as the engine does: one source document, many statements), once with the
// body's preparation counted in the pair (a body seen for the first time).
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { predictStance, prepareStanceBody } from '../lib/stance/predict-stance';
import { loadStanceModelFile, STANCE_MODEL_PATH } from '../node/load-stance-model-file';
import { readFnc1 } from './read-fnc1';

const { values: args } = parseArgs({ options: { pairs: { type: 'string', default: '3000' } } });
const count = Number(args.pairs);

const bytes = ['json', 'bin'].map((ext) => statSync(`${STANCE_MODEL_PATH}.${ext}`).size);
console.log(`model: ${bytes[0]! + bytes[1]!} bytes (stance-model.json ${bytes[0]}, stance-model.bin ${bytes[1]})`);

let t = performance.now();
const model = loadStanceModelFile();
console.log(`load: ${(performance.now() - t).toFixed(1)} ms`);

const test = readFnc1('competition_test');
// Every k-th pair, so the sample spans all bodies and stances.
const step = Math.max(1, Math.floor(test.pairs.length / count));
const pairs = test.pairs.filter((_, i) => i % step === 0).slice(0, count);

const quantiles = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(3)} ms, p95 ${at(0.95).toFixed(3)} ms, mean ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(3)} ms`;
};

// Warm-up (JIT), not timed.
for (const p of pairs.slice(0, 200)) predictStance(model, p.headline, test.bodies.get(p.bodyId)!);

const bodyMs: number[] = [];
const prepared = new Map<number, ReturnType<typeof prepareStanceBody>>();
for (const p of pairs) {
  if (prepared.has(p.bodyId)) continue;
  t = performance.now();
  prepared.set(p.bodyId, prepareStanceBody(model, test.bodies.get(p.bodyId)!));
  bodyMs.push(performance.now() - t);
}
const pairMs = pairs.map((p) => {
  t = performance.now();
  predictStance(model, p.headline, prepared.get(p.bodyId)!);
  return performance.now() - t;
});
const coldMs = pairs.map((p) => {
  t = performance.now();
  predictStance(model, p.headline, test.bodies.get(p.bodyId)!);
  return performance.now() - t;
});
console.log(`${pairs.length} pairs, ${prepared.size} bodies`);
console.log(`body preparation (once per body): ${quantiles(bodyMs)}`);
console.log(`per pair, body prepared:          ${quantiles(pairMs)}`);
console.log(`per pair, including body prep:    ${quantiles(coldMs)}`);
