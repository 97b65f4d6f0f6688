import { STANCE_LABELS, type StanceLabel } from './stance-labels';
import { scoreStances, type StanceScore } from './score-stances';

/** Applies log-offsets to probability rows and returns each row's top label. */
export function decideStances(probabilities: Float64Array[], offsets: number[]): StanceLabel[] {
  return probabilities.map((p) => {
    let best = 0;
    let bestValue = -Infinity;
    for (let c = 0; c < STANCE_LABELS.length; c++) {
      const value = Math.log(Math.max(p[c]!, 1e-12)) + offsets[c]!;
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    return STANCE_LABELS[best]!;
  });
}

/** What the offsets are tuned for: the FNC-1 weighted score plus macro-F1 (both 0..1), as the issue asks for both. */
export function offsetObjective(s: StanceScore): number {
  return s.weighted + s.macroF1;
}

/**
 * Tunes per-class log-probability offsets (unrelated fixed at 0) on held-out predictions by
 * coordinate search over a grid, a few rounds, from several starting disagree offsets (one start
 * stalls in a local optimum): cheap, deterministic and enough for three numbers.
 */
export function tuneClassOffsets(
  probabilities: Float64Array[],
  gold: StanceLabel[],
  objective = offsetObjective,
): number[] {
  let bestOffsets = [0, 0, 0, 0];
  let bestValue = -Infinity;
  for (const start of [0, 0.5, 1, 1.5, 2]) {
    const offsets = searchFrom(probabilities, gold, objective, [0, start, 0, 0]);
    const value = objective(scoreStances(gold, decideStances(probabilities, offsets)));
    if (value > bestValue + 1e-9) {
      bestValue = value;
      bestOffsets = offsets;
    }
  }
  return bestOffsets;
}

function searchFrom(
  probabilities: Float64Array[],
  gold: StanceLabel[],
  objective: (s: StanceScore) => number,
  offsets: number[],
): number[] {
  const value = () => objective(scoreStances(gold, decideStances(probabilities, offsets)));
  let best = value();
  for (let round = 0; round < 3; round++) {
    for (const c of [0, 1, 2]) {
      let bestOffset = offsets[c]!;
      for (let step = -20; step <= 30; step++) {
        offsets[c] = step * 0.1;
        const v = value();
        if (v > best + 1e-9) {
          best = v;
          bestOffset = offsets[c]!;
        }
      }
      offsets[c] = bestOffset;
    }
  }
  return offsets;
}
