import type { StanceModel } from './stance-model';
import { CLASSES } from './stance-mlp';
import { STANCE_LABELS } from './stance-labels';

/** Asset format version; loadStanceModel refuses others. */
export const STANCE_MODEL_VERSION = 1;

/** The JSON half of the asset: vocabulary, shapes, offsets and provenance. */
export interface StanceModelJson {
  version: number;
  credit: string;
  labels: string[];
  tfSize: number;
  terms: string[];
  idf: number[];
  featureNames: string[];
  /** Member groups in binary order: 'members' (feature-only), then 'stanceMembers'. */
  groups: Array<{ name: 'members' | 'stanceMembers'; tfSize: number; hidden: number; count: number }>;
  classOffsets: number[];
  /** Free-form training facts (seed, options, validation figures) for the record. */
  training?: unknown;
}

/** Bytes of one member in the binary half: float32 [w1Scale, b1, w2, b2] then int8 w1. */
export function memberBytes(inputs: number, hidden: number): { floats: number; bytes: number } {
  const floats = inputs + hidden + hidden * CLASSES + CLASSES;
  return { floats, bytes: floats * 4 + inputs * hidden };
}

/**
 * Serialises a trained model: w1 quantised to int8 with one scale per input row (max |w| / 127,
 * so a row's largest weight is exact), everything else float32, little-endian. Members are laid
 * out one after another; each member's size is a multiple of 4 when hidden is, keeping float
 * views aligned.
 */
export function encodeStanceModel(model: StanceModel, training?: unknown): { json: string; bin: Uint8Array } {
  if (!model.members.length) throw new Error('encodeStanceModel: no members');
  const groups = (['members', 'stanceMembers'] as const)
    .filter((name) => model[name].length)
    .map((name) => {
      const { tfSize, hidden } = model[name][0]!;
      if (model[name].some((m) => m.tfSize !== tfSize || m.hidden !== hidden))
        throw new Error(`encodeStanceModel: ${name} differ in shape`);
      return { name, tfSize, hidden, count: model[name].length };
    });
  const all = [...model.members, ...model.stanceMembers];
  const sizes = all.map((m) => memberBytes(2 * m.tfSize + m.featureCount, m.hidden).bytes);
  const bin = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
  const view = new DataView(bin.buffer);
  let start = 0;
  all.forEach((m, k) => {
    const { hidden } = m;
    const inputs = 2 * m.tfSize + m.featureCount;
    let at = start;
    start += sizes[k]!;
    const scales = new Float32Array(inputs);
    const q = new Int8Array(inputs * hidden);
    for (let row = 0; row < inputs; row++) {
      let max = 0;
      for (let j = 0; j < hidden; j++) max = Math.max(max, Math.abs(m.w1[row * hidden + j]! * (m.w1Scale?.[row] ?? 1)));
      const scale = max / 127 || 1;
      scales[row] = scale;
      for (let j = 0; j < hidden; j++)
        q[row * hidden + j] = Math.round((m.w1[row * hidden + j]! * (m.w1Scale?.[row] ?? 1)) / scale);
    }
    for (const part of [scales, m.b1, m.w2, m.b2]) {
      for (const x of part) {
        view.setFloat32(at, x, true);
        at += 4;
      }
    }
    bin.set(new Uint8Array(q.buffer), at);
  });
  const v = model.vocabulary;
  const json: StanceModelJson = {
    version: STANCE_MODEL_VERSION,
    credit: 'Trained on the Fake News Challenge FNC-1 data set (train split only).',
    labels: [...STANCE_LABELS],
    tfSize: v.tfSize,
    terms: v.terms,
    idf: Array.from(v.idf, (x) => Math.round(x * 1e4) / 1e4),
    featureNames: model.featureNames,
    groups,
    classOffsets: model.classOffsets,
    training,
  };
  return { json: JSON.stringify(json), bin };
}
