import { STANCE_LABELS, type StanceLabel } from './stance-labels';

export interface StanceScore {
  /** FNC-1 weighted score as a fraction of the best possible (0..1). */
  weighted: number;
  /** F1 per class, STANCE_LABELS order. */
  f1: number[];
  macroF1: number;
  /** confusion[gold][predicted], STANCE_LABELS order. */
  confusion: number[][];
}

/**
 * Scores predictions against gold labels with the formula of ../shared/fnc1/score.mjs: +0.25 for
 * a right label, +0.50 more if it is right and related, +0.25 if both are related; divided by the
 * best possible. Used on the validation split while training (the scorer itself reads files).
 */
export function scoreStances(gold: StanceLabel[], predicted: StanceLabel[]): StanceScore {
  if (gold.length !== predicted.length)
    throw new Error(`scoreStances: ${gold.length} gold but ${predicted.length} predictions`);
  const confusion = STANCE_LABELS.map(() => STANCE_LABELS.map(() => 0));
  let score = 0;
  let best = 0;
  gold.forEach((g, i) => {
    const p = predicted[i]!;
    confusion[STANCE_LABELS.indexOf(g)]![STANCE_LABELS.indexOf(p)]!++;
    best += g === 'unrelated' ? 0.25 : 1;
    if (g === p) score += g === 'unrelated' ? 0.25 : 0.75;
    if (g !== 'unrelated' && p !== 'unrelated') score += 0.25;
  });
  const f1 = STANCE_LABELS.map((_, l) => {
    const tp = confusion[l]![l]!;
    const fp = confusion.reduce((s, row, g) => s + (g === l ? 0 : row[l]!), 0);
    const fn = confusion[l]!.reduce((s, n, q) => s + (q === l ? 0 : n), 0);
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  return { weighted: best ? score / best : 0, f1, macroF1: f1.reduce((a, b) => a + b, 0) / f1.length, confusion };
}

/** The score as the shared scorer prints it (confusion matrix, per-class F1, summary line). */
export function formatStanceScore(s: StanceScore, label = 'validation'): string {
  const pad = (x: string | number) => String(x).padStart(10);
  const lines = [`gold \\ predicted  ${STANCE_LABELS.map(pad).join('')}`];
  STANCE_LABELS.forEach((g, i) => lines.push(g.padEnd(18) + s.confusion[i]!.map(pad).join('')));
  lines.push(`per-class F1      ${s.f1.map((x) => pad(x.toFixed(3))).join('')}`);
  lines.push(`${label}: weighted score ${(100 * s.weighted).toFixed(2)}%, macro-F1 ${s.macroF1.toFixed(3)}`);
  return lines.join('\n');
}
