import type { ProposalKind } from './judge-stance';
import { FEATURE_NAMES, type JudgeFeatures } from './judge-features';
import shipped from './judge-gate.json';

/**
 * The fitted decision on proposed evidence: per kind of proposal, a logistic model over the
 * judge's features (standardised), trained by scripts/train-judge.ts on labelled pairs with
 * cross-validation that holds out whole stories. Shipped as lib/match/judge-gate.json.
 */
export interface JudgeGate {
  version: 1;
  features: string[];
  /** Per feature, the mean and standard deviation of the training data. */
  mean: number[];
  scale: number[];
  kinds: Partial<Record<ProposalKind, { bias: number; weights: number[] }>>;
  /** How it was fitted: data, folds, figures (for the README and the note). */
  trained: Record<string, unknown>;
}

/** Probability that a proposed stance is right, per the gate. */
export function gateProbability(gate: JudgeGate, kind: ProposalKind, features: JudgeFeatures): number {
  const model = gate.kinds[kind];
  if (!model) return 1;
  let z = model.bias;
  FEATURE_NAMES.forEach((name, i) => {
    z += model.weights[i]! * ((features[name] - gate.mean[i]!) / gate.scale[i]!);
  });
  return 1 / (1 + Math.exp(-z));
}

/** Checks a gate read from JSON against the features this engine computes; throws when it does not fit. */
export function checkJudgeGate(gate: JudgeGate): JudgeGate {
  if (gate.version !== 1 || gate.features.join() !== FEATURE_NAMES.join()) throw new Error('judge gate: trained on other features; run npm run train:judge');
  return gate;
}

/**
 * The gate shipped with the engine (null until one is trained): `npm run train:judge` writes
 * lib/match/judge-gate.json; a file trained on other features is refused rather than misread.
 */
export const SHIPPED_GATE: JudgeGate | null = (shipped as { version?: number }).version === 1 ? checkJudgeGate(shipped as unknown as JudgeGate) : null;
