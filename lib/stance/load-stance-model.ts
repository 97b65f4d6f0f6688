import { wrapStanceVocabulary } from './create-stance-vocabulary';
import { memberBytes, STANCE_MODEL_VERSION, type StanceModelJson } from './encode-stance-model';
import { PAIR_FEATURE_NAMES } from './get-pair-features';
import { STANCE_LABELS } from './stance-labels';
import { CLASSES, type StanceMlp } from './stance-mlp';
import type { StanceModel } from './stance-model';

/**
 * Reads the stance model asset (corpus/stance-model.json and .bin): `json` as text or parsed,
 * `bin` as the binary file's bytes. The int8 first-layer weights stay int8 (about 1 MB per member)
 * and are scaled per row at use. Throws, naming what is wrong, when the two halves do not match
 * each other or this code's features.
 */
export function loadStanceModel(json: string | StanceModelJson, bin: ArrayBuffer | Uint8Array): StanceModel {
  const meta: StanceModelJson = typeof json === 'string' ? (JSON.parse(json) as StanceModelJson) : json;
  if (meta.version !== STANCE_MODEL_VERSION)
    throw new Error(`stance model: version ${meta.version}, expected ${STANCE_MODEL_VERSION}`);
  if (meta.labels.join() !== STANCE_LABELS.join()) throw new Error(`stance model: labels ${meta.labels.join('/')}`);
  if (meta.featureNames.join('\n') !== PAIR_FEATURE_NAMES.join('\n')) {
    throw new Error('stance model: its features differ from this code (retrain with npm run train:stance)');
  }
  const bytes = bin instanceof Uint8Array ? bin : new Uint8Array(bin);
  const featureCount = meta.featureNames.length;
  const expected = meta.groups.reduce(
    (s, g) => s + g.count * memberBytes(2 * g.tfSize + featureCount, g.hidden).bytes,
    0,
  );
  if (bytes.byteLength !== expected)
    throw new Error(`stance model: binary has ${bytes.byteLength} bytes, expected ${expected}`);
  // Copy once so float views are aligned whatever the caller's buffer offset.
  const own = bytes.slice();
  const view = new DataView(own.buffer);
  const groups: Record<'members' | 'stanceMembers', StanceMlp[]> = { members: [], stanceMembers: [] };
  let start = 0;
  for (const { name, tfSize, hidden, count } of meta.groups) {
    const inputs = 2 * tfSize + featureCount;
    const size = memberBytes(inputs, hidden);
    for (let k = 0; k < count; k++, start += size.bytes) {
      const floats = Float32Array.from({ length: size.floats }, (_, i) => view.getFloat32(start + 4 * i, true));
      let at = 0;
      const take = (n: number) => floats.subarray(at, (at += n));
      const w1Scale = take(inputs);
      const b1 = take(hidden);
      const w2 = take(hidden * CLASSES);
      const b2 = take(CLASSES);
      const w1 = new Int8Array(own.buffer, start + size.floats * 4, inputs * hidden);
      groups[name].push({ tfSize, featureCount, hidden, w1, w1Scale, b1, w2, b2 });
    }
  }
  return {
    vocabulary: wrapStanceVocabulary(meta.terms, Float32Array.from(meta.idf), meta.tfSize),
    featureNames: meta.featureNames,
    members: groups.members,
    stanceMembers: groups.stanceMembers,
    classOffsets: meta.classOffsets,
  };
}
