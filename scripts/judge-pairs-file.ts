// Node-only: reads a benchmark file of ../shared/benchmarks and judges each pair with the engine.
import { readFileSync } from 'node:fs';
import { judgePair } from '../lib/judge-pair';
import { loadPairEngine } from '../node/load-pair-engine';

export type PairTask = 'mrpc' | 'sick';

/** One prediction line per pair, in ../shared/benchmarks/score.mjs's format, and the time taken. */
export function judgePairsFile(task: PairTask, file: string): { lines: string[]; ms: number } {
  const { weights, lexicon } = loadPairEngine();
  const started = performance.now();
  const lines: string[] = [];
  for (const row of readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)) {
    const c = row.split('\t');
    if (task === 'mrpc') {
      if (!/^[01]$/.test(c[0] ?? '') || c.length < 5) continue;
      const { stance } = judgePair(c[3]!, c[4]!, weights, undefined, { lexicon });
      lines.push(`${c[1]}\t${c[2]}\t${stance === 'corroborates' ? 1 : 0}`);
    } else {
      if (!/^\d+$/.test(c[0] ?? '') || c.length < 3) continue;
      // Entailment is directional: the premise (A) confirms the hypothesis (B). "The source
      // corroborates the page's claim" puts the hypothesis on the page and the premise in the source.
      const { stance } = judgePair(c[2]!, c[1]!, weights, undefined, { lexicon });
      lines.push(
        `${c[0]}\t${stance === 'corroborates' ? 'ENTAILMENT' : stance === 'conflicts' ? 'CONTRADICTION' : 'NEUTRAL'}`,
      );
    }
  }
  return { lines, ms: performance.now() - started };
}
