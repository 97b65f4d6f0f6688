// npm run --silent eval:pairs -- --task mrpc|sick --input GOLD.txt --pred PRED.tsv
// Runs the engine's own pairwise judgement (lib/judge-pair.ts) on a sentence-pair benchmark of
// ../shared/benchmarks and writes predictions in its scorer's format: MRPC `id1 id2 0|1`
// (1 = corroborates), SICK `pair_ID LABEL` (corroborates = ENTAILMENT, conflicts = CONTRADICTION,
// anything else NEUTRAL). The benchmarks only measure: nothing here is fitted to them.
import { writeFileSync } from 'node:fs';
import { judgePairsFile, type PairTask } from './judge-pairs-file';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const task = opt('task');
const input = opt('input');
const pred = opt('pred');
if ((task !== 'mrpc' && task !== 'sick') || !input || !pred) {
  console.error('usage: npm run --silent eval:pairs -- --task mrpc|sick --input GOLD.txt --pred PRED.tsv');
  process.exit(2);
}
const { lines, ms } = judgePairsFile(task as PairTask, input);
writeFileSync(pred, lines.join('\n') + '\n');
console.error(`eval:pairs: ${lines.length} ${task} pairs judged in ${Math.round(ms)} ms -> ${pred}`);
