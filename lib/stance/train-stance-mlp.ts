import { createRandom, shuffleInPlace } from './create-random';
import type { SparseVector } from './prepare-stance-text';
import { CLASSES, type StanceMlp } from './stance-mlp';

/** One training pair: headline TF, body TF, dense pair features and the gold class index. */
export interface StanceSample {
  headlineTf: SparseVector;
  bodyTf: SparseVector;
  features: Float32Array;
  label: number;
}

export interface TrainOptions {
  hidden: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** L2 penalty on every weight a batch touches (lazy, as the weights are updated lazily). */
  l2: number;
  /** Probability of dropping a hidden unit while training. */
  dropout: number;
  /** Loss weight per class (STANCE_LABELS order): lifts the rare agree/disagree. */
  classWeights: number[];
  seed: number;
  /** Called after each epoch with the mean training loss and the model so far. */
  onEpoch?: (epoch: number, loss: number, mlp: StanceMlp) => void;
}

/**
 * Trains one StanceMlp with Adam on softmax cross-entropy, mini-batches, hidden dropout and L2
 * (UCL's recipe: 100 hidden units, batch 500, lr 0.001). First-layer rows are updated lazily
 * (only rows a batch's inputs touch), which keeps an epoch over 40k sparse pairs to seconds.
 * Deterministic for a given seed and sample order.
 */
export function trainStanceMlp(
  samples: StanceSample[],
  tfSize: number,
  featureCount: number,
  o: TrainOptions,
): StanceMlp {
  const random = createRandom(o.seed);
  const H = o.hidden;
  const inputs = 2 * tfSize + featureCount;
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const w1 = Float32Array.from({ length: inputs * H }, () => gauss() * Math.sqrt(2 / 60));
  const w2 = Float32Array.from({ length: H * CLASSES }, () => gauss() * Math.sqrt(2 / H));
  const b1 = new Float32Array(H).fill(0.01);
  const b2 = new Float32Array(CLASSES);
  const mlp: StanceMlp = { tfSize, featureCount, hidden: H, w1, b1, w2, b2 };

  const params = [w1, b1, w2, b2];
  const m = params.map((p) => new Float32Array(p.length));
  const v = params.map((p) => new Float32Array(p.length));
  const g = params.map((p) => new Float32Array(p.length));
  const [gw1, gb1, gw2, gb2] = g as [Float32Array, Float32Array, Float32Array, Float32Array];
  const touched = new Uint8Array(inputs);
  const touchedRows: number[] = [];
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  let step = 0;

  const z = new Float32Array(H);
  const a = new Float32Array(H);
  const keep = new Float32Array(H);
  const dz = new Float32Array(H);
  const p = new Float64Array(CLASSES);
  const order = samples.map((_, i) => i);

  const forEachInput = (s: StanceSample, fn: (row: number, x: number) => void) => {
    // TF indices are sorted; those past this member's tfSize are not its inputs.
    for (let k = 0; k < s.headlineTf.indices.length && s.headlineTf.indices[k]! < tfSize; k++)
      fn(s.headlineTf.indices[k]!, s.headlineTf.values[k]!);
    for (let k = 0; k < s.bodyTf.indices.length && s.bodyTf.indices[k]! < tfSize; k++)
      fn(tfSize + s.bodyTf.indices[k]!, s.bodyTf.values[k]!);
    for (let f = 0; f < featureCount; f++) if (s.features[f] !== 0) fn(2 * tfSize + f, s.features[f]!);
  };

  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(order, random);
    let lossSum = 0;
    for (let start = 0; start < order.length; start += o.batchSize) {
      const batch = order.slice(start, start + o.batchSize);
      const scale = 1 / batch.length;
      for (const index of batch) {
        const s = samples[index]!;
        z.set(b1);
        forEachInput(s, (row, x) => {
          const off = row * H;
          for (let j = 0; j < H; j++) z[j]! += x * w1[off + j]!;
        });
        for (let j = 0; j < H; j++) {
          keep[j] = random() < o.dropout ? 0 : 1 / (1 - o.dropout);
          a[j] = z[j]! > 0 ? z[j]! * keep[j]! : 0;
        }
        let max = -Infinity;
        for (let c = 0; c < CLASSES; c++) {
          let t = b2[c]!;
          for (let j = 0; j < H; j++) t += a[j]! * w2[j * CLASSES + c]!;
          p[c] = t;
          max = Math.max(max, t);
        }
        let sum = 0;
        for (let c = 0; c < CLASSES; c++) sum += p[c] = Math.exp(p[c]! - max);
        const weight = o.classWeights[s.label]! * scale;
        lossSum -= o.classWeights[s.label]! * Math.log(Math.max(p[s.label]! / sum, 1e-12));
        dz.fill(0);
        for (let c = 0; c < CLASSES; c++) {
          const d = (p[c]! / sum - (c === s.label ? 1 : 0)) * weight;
          gb2[c]! += d;
          for (let j = 0; j < H; j++) {
            gw2[j * CLASSES + c]! += a[j]! * d;
            dz[j]! += w2[j * CLASSES + c]! * d;
          }
        }
        for (let j = 0; j < H; j++) {
          dz[j] = z[j]! > 0 ? dz[j]! * keep[j]! : 0;
          gb1[j]! += dz[j]!;
        }
        forEachInput(s, (row, x) => {
          if (!touched[row]) {
            touched[row] = 1;
            touchedRows.push(row);
          }
          const off = row * H;
          for (let j = 0; j < H; j++) gw1[off + j]! += x * dz[j]!;
        });
      }

      step++;
      const lr = (o.learningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
      const update = (k: number, from: number, to: number, decay: boolean) => {
        const w = params[k]!;
        const gk = g[k]!;
        const mk = m[k]!;
        const vk = v[k]!;
        for (let i = from; i < to; i++) {
          const grad = gk[i]! + (decay ? o.l2 * w[i]! : 0);
          gk[i] = 0;
          mk[i] = beta1 * mk[i]! + (1 - beta1) * grad;
          vk[i] = beta2 * vk[i]! + (1 - beta2) * grad * grad;
          w[i]! -= (lr * mk[i]!) / (Math.sqrt(vk[i]!) + eps);
        }
      };
      for (const row of touchedRows) {
        update(0, row * H, row * H + H, true);
        touched[row] = 0;
      }
      touchedRows.length = 0;
      update(1, 0, H, false);
      update(2, 0, H * CLASSES, true);
      update(3, 0, CLASSES, false);
    }
    o.onEpoch?.(epoch, lossSum / order.length, mlp);
  }
  return mlp;
}
