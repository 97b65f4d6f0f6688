import type { SparseVector } from './prepare-stance-text';

/**
 * One multilayer perceptron of the stance ensemble: inputs = headline TF (tfSize dims), body TF
 * (tfSize dims) and dense pair features (featureCount dims); one ReLU hidden layer; softmax over
 * the four stances. W1 is row-major by input (row i = the hidden weights of input i), so a sparse
 * input adds a few rows, and a body's TF rows can be summed once per body (bodyHidden).
 */
export interface StanceMlp {
  tfSize: number;
  featureCount: number;
  hidden: number;
  /** (2 * tfSize + featureCount) × hidden; int8 in the shipped asset (then with w1Scale). */
  w1: Float32Array | Int8Array;
  /** Per-row scale of a quantised w1 (weight = w1[i] × w1Scale[row]); absent while training. */
  w1Scale?: Float32Array;
  b1: Float32Array;
  /** hidden × 4. */
  w2: Float32Array;
  b2: Float32Array;
}

/** Number of classes (STANCE_LABELS). */
export const CLASSES = 4;

/** Adds value × row `row` of w1 to `out` (length hidden). */
function addRow(mlp: StanceMlp, row: number, value: number, out: Float32Array): void {
  const h = mlp.hidden;
  const offset = row * h;
  const x = mlp.w1Scale ? value * mlp.w1Scale[row]! : value;
  const w1 = mlp.w1;
  for (let j = 0; j < h; j++) out[j]! += x * w1[offset + j]!;
}

/** The body TF part of the hidden pre-activation (computed once per body and reused per headline). */
export function getBodyHidden(mlp: StanceMlp, bodyTf: SparseVector): Float32Array {
  const out = new Float32Array(mlp.hidden);
  // Vectors hold the vocabulary's TF dimensions; a member may use fewer (none, for the feature-only ones).
  for (let k = 0; k < bodyTf.indices.length && bodyTf.indices[k]! < mlp.tfSize; k++) {
    addRow(mlp, mlp.tfSize + bodyTf.indices[k]!, bodyTf.values[k]!, out);
  }
  return out;
}

/**
 * Class probabilities for one pair, given the headline's TF vector, the body's precomputed
 * hidden part (getBodyHidden) and the dense pair features. Writes into and returns `out` (length 4).
 */
export function forwardStanceMlp(
  mlp: StanceMlp,
  headlineTf: SparseVector,
  bodyHidden: Float32Array,
  features: Float32Array,
  out = new Float64Array(CLASSES),
): Float64Array {
  const h = mlp.hidden;
  const z = Float32Array.from(bodyHidden);
  for (let j = 0; j < h; j++) z[j]! += mlp.b1[j]!;
  for (let k = 0; k < headlineTf.indices.length && headlineTf.indices[k]! < mlp.tfSize; k++) {
    addRow(mlp, headlineTf.indices[k]!, headlineTf.values[k]!, z);
  }
  const denseOffset = 2 * mlp.tfSize;
  for (let f = 0; f < features.length; f++) if (features[f] !== 0) addRow(mlp, denseOffset + f, features[f]!, z);
  let max = -Infinity;
  for (let c = 0; c < CLASSES; c++) {
    let s = mlp.b2[c]!;
    for (let j = 0; j < h; j++) if (z[j]! > 0) s += z[j]! * mlp.w2[j * CLASSES + c]!;
    out[c] = s;
    max = Math.max(max, s);
  }
  let sum = 0;
  for (let c = 0; c < CLASSES; c++) sum += out[c] = Math.exp(out[c]! - max);
  for (let c = 0; c < CLASSES; c++) out[c]! /= sum;
  return out;
}
