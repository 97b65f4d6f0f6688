import { CLASSES } from './stance-mlp';

/**
 * Combines the two member groups' averaged probabilities (STANCE_LABELS order): P(unrelated)
 * from the feature-only group alone (it generalises to new topics), and the related mass split
 * by the mean of both groups' conditional distributions over agree/disagree/discuss. Chosen on
 * held-out topics over plain averaging and over the stance group alone (see README.md). With no
 * stance group, the feature-only probabilities are returned as they are.
 */
export function combineStanceProbabilities(features: Float64Array, stance: Float64Array | null): Float64Array {
  if (!stance) return Float64Array.from(features);
  const related = 1 - features[3]!;
  const sumA = features[0]! + features[1]! + features[2]! || 1;
  const sumB = stance[0]! + stance[1]! + stance[2]! || 1;
  const out = new Float64Array(CLASSES);
  for (let c = 0; c < 3; c++) out[c] = (related * (features[c]! / sumA + stance[c]! / sumB)) / 2;
  out[3] = features[3]!;
  return out;
}
