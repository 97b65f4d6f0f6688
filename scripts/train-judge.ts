// npm run train:judge: fits the judge's gate (lib/match/judge-gate.ts) on the labelled proposals of
// scripts/judge-dataset.ts and writes lib/match/judge-gate.json. Per kind of proposal, an
// L2-regularised logistic regression over the standardised features; the regularisation is chosen
// by cross-validation that holds out one whole group (story) at a time, and the held-out figures
// are printed and kept in the file. The held-out story (HELD_OUT_STORIES) is never read.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_NAMES } from '../lib/match/judge-features';
import type { JudgeGate } from '../lib/match/judge-gate';
import type { ProposalKind } from '../lib/match/judge-stance';
import { buildJudgeDataset, fnc1Examples, handPairExamples, HELD_OUT_STORIES, type Example } from './judge-dataset';
import { projectRoot } from '../node/project-root';

const KINDS: ProposalKind[] = [
  'date-conflict',
  'value-conflict',
  'polarity-conflict',
  'value-corroboration',
  'wording-corroboration',
];
/** A proposal no gold line speaks of is presumed wrong, but counts this much of a labelled one. */
const UNLABELLED_WEIGHT = 0.3;
const LAMBDAS = [0.03, 0.1, 0.3, 1, 3, 10];
/** A kind is gated only with this many examples, and when held out the gate beats passing all by this much accuracy. */
const MIN_EXAMPLES = 100;
const MIN_GAIN = 0.1;

const examples = [...(await buildJudgeDataset()), ...handPairExamples(), ...fnc1Examples(4, 400)];
const d = FEATURE_NAMES.length;
const mean = FEATURE_NAMES.map((_, i) => avg(examples.map((e) => e.x[i]!)));
const scale = FEATURE_NAMES.map((_, i) => Math.sqrt(avg(examples.map((e) => (e.x[i]! - mean[i]!) ** 2))) || 1);
const z = (e: Example) => e.x.map((v, i) => (v - mean[i]!) / scale[i]!);
const weightOf = (e: Example) => (e.labelled ? 1 : UNLABELLED_WEIGHT);

interface Fit {
  bias: number;
  weights: number[];
}

/** Weighted logistic regression by Newton's method (d is small), L2 on the weights, not the bias. */
function fit(data: Example[], lambda: number): Fit {
  let w = new Array<number>(d + 1).fill(0);
  const xs = data.map((e) => [1, ...z(e)]);
  for (let iter = 0; iter < 25; iter++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    data.forEach((e, n) => {
      const x = xs[n]!;
      const p = sigmoid(dot(w, x));
      const c = weightOf(e);
      for (let i = 0; i <= d; i++) {
        grad[i]! += c * (p - e.y) * x[i]!;
        for (let j = 0; j <= d; j++) hess[i]![j]! += c * p * (1 - p) * x[i]! * x[j]!;
      }
    });
    for (let i = 1; i <= d; i++) {
      grad[i]! += lambda * w[i]!;
      hess[i]![i]! += lambda;
    }
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    w = w.map((v, i) => v - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: w[0]!, weights: w.slice(1) };
}

const predict = (f: Fit, e: Example) => sigmoid(f.bias + dot(f.weights, z(e)));

/** Held-out predictions: each group's examples predicted by a gate fitted on the other groups. */
function crossValidate(data: Example[], lambda: number): Array<{ e: Example; p: number }> {
  const groups = [...new Set(data.map((e) => e.group))];
  const out: Array<{ e: Example; p: number }> = [];
  for (const g of groups) {
    const train = data.filter((e) => e.group !== g);
    const test = data.filter((e) => e.group === g);
    // A group alone in the data (or a kind with one class) has nothing to learn from: pass all.
    const f =
      new Set(train.map((e) => e.y)).size < 2
        ? { bias: train.length && train[0]!.y === 0 ? -5 : 5, weights: new Array<number>(d).fill(0) }
        : fit(train, lambda);
    for (const e of test) out.push({ e, p: predict(f, e) });
  }
  return out;
}

function summary(rows: Array<{ e: Example; p: number }>) {
  let loss = 0;
  let weight = 0;
  let right = 0;
  let kept = 0;
  let keptRight = 0;
  for (const { e, p } of rows) {
    const c = weightOf(e);
    loss -= c * Math.log(Math.max(1e-9, e.y ? p : 1 - p));
    weight += c;
    if ((p >= 0.5 ? 1 : 0) === e.y) right++;
    if (p >= 0.5) {
      kept++;
      if (e.y) keptRight++;
    }
  }
  return {
    logLoss: loss / Math.max(1, weight),
    accuracy: right / Math.max(1, rows.length),
    kept,
    keptRight,
    positives: rows.filter((r) => r.e.y).length,
    n: rows.length,
  };
}

const gate: JudgeGate = {
  version: 1,
  features: [...FEATURE_NAMES],
  mean,
  scale,
  kinds: {} as JudgeGate['kinds'],
  trained: {},
};
const report: Record<string, unknown> = {};
for (const kind of KINDS) {
  const data = examples.filter((e) => e.kind === kind);
  if (data.length === 0 || new Set(data.map((e) => e.y)).size < 2) {
    // Nothing to learn from (no example, or all of one label): this kind passes, as without a gate.
    gate.kinds[kind] = { bias: 5, weights: new Array<number>(d).fill(0) };
    report[kind] = { examples: data.length, note: 'too few to fit: passes' };
    console.log(`${kind}: ${data.length} examples, one label only: passes`);
    continue;
  }
  let best = { lambda: LAMBDAS[0]!, logLoss: Infinity, stats: summary([]) };
  for (const lambda of LAMBDAS) {
    const stats = summary(crossValidate(data, lambda));
    if (stats.logLoss < best.logLoss) best = { lambda, logLoss: stats.logLoss, stats };
  }
  const s = best.stats;
  // Passing every proposal is right on the share of them that is right. A kind is gated only when
  // the held-out gate is clearly better than that, on data enough to tell.
  const passAll = s.positives / s.n;
  const gated = data.length >= MIN_EXAMPLES && s.accuracy >= passAll + MIN_GAIN;
  gate.kinds[kind] = gated ? fit(data, best.lambda) : { bias: 5, weights: new Array<number>(d).fill(0) };
  report[kind] = {
    examples: data.length,
    lambda: best.lambda,
    heldOutGroups: best.stats,
    passAllAccuracy: passAll,
    gated,
  };
  console.log(
    `${kind}: ${data.length} examples (${s.positives} right), lambda ${best.lambda}; held-out groups: log-loss ${s.logLoss.toFixed(3)}, accuracy ${(s.accuracy * 100).toFixed(1)}% (passing all: ${(passAll * 100).toFixed(1)}%), kept ${s.kept} of which right ${s.keptRight}: ${gated ? 'gated' : 'passes'}`,
  );
}
gate.trained = {
  groups: [...new Set(examples.map((e) => e.group))],
  heldOutStories: HELD_OUT_STORIES,
  unlabelledWeight: UNLABELLED_WEIGHT,
  lambdas: LAMBDAS,
  report,
};
writeFileSync(
  join(projectRoot, 'lib', 'match', 'judge-gate.json'),
  JSON.stringify(gate, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : v), 1) + '\n',
);
console.log(
  `wrote lib/match/judge-gate.json (${examples.length} examples in ${new Set(examples.map((e) => e.group)).size} groups)`,
);

function avg(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}
function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / pivot;
      if (f !== 0) for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}
