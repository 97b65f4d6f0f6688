import type { JudgeGate, ProposalKind } from './judge-types';
import { FEATURE_NAMES, type JudgeFeatures } from './judge-features';
import shipped from './judge-gate.json';

export type { JudgeGate };

/**
 * Whether the gate weighs any feature for this kind. A kind the trainer left ungated (a bias and
 * no weights) needs none: the judge then skips computing them, the stance model's run included.
 */
export function gateReadsFeatures(gate: JudgeGate, kind: ProposalKind): boolean {
  return gate.kinds[kind]?.weights.some((w) => w !== 0) ?? false;
}

/** Probability that a proposed stance is right, per the gate; `features` may be left out when it reads none. */
export function gateProbability(gate: JudgeGate, kind: ProposalKind, features?: JudgeFeatures): number {
  const model = gate.kinds[kind];
  if (!model) return 1;
  let z = model.bias;
  if (gateReadsFeatures(gate, kind)) {
    if (!features) throw new Error(`judge gate: the ${kind} gate needs its features`);
    FEATURE_NAMES.forEach((name, i) => {
      z += model.weights[i]! * ((features[name] - gate.mean[i]!) / gate.scale[i]!);
    });
  }
  return 1 / (1 + Math.exp(-z));
}

/**
 * The gate shipped with the engine: `npm run train:judge` writes lib/match/judge-gate.json. A file
 * trained on other features than these (or none yet) gives no gate, so the trainer can run again;
 * tests/unit/judge-gate.test.ts fails until it is retrained.
 */
export const SHIPPED_GATE: JudgeGate | null = fitsFeatures(shipped as unknown as JudgeGate)
  ? (shipped as unknown as JudgeGate)
  : null;

function fitsFeatures(gate: JudgeGate): boolean {
  return gate.version === 1 && Array.isArray(gate.features) && gate.features.join() === FEATURE_NAMES.join();
}
