// Runs the stance model (lib/stance) over every row of FNC-1's competition test set and scores
// the predictions with the shared scorer.
//
//   npm run --silent eval:fnc1 [-- --pred out/fnc1-predictions.csv]
//
// Headline = the page's statement, body = the source document. Reported figure only: nothing here
// feeds back into training.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { quoteCsvField } from '../lib/stance/parse-csv';
import { getTopStance, predictStance, prepareStanceBody, prepareStanceHeadline } from '../lib/stance/predict-stance';
import { loadStanceModelFile } from '../node/load-stance-model-file';
import { FNC1_DIR, readFnc1 } from './read-fnc1';
import { projectRoot } from '../node/project-root';

const root = projectRoot;
const { values: args } = parseArgs({
  options: { pred: { type: 'string', default: join(root, 'out', 'fnc1-predictions.csv') } },
});
const predPath = resolve(args.pred!);

const model = loadStanceModelFile();
const test = readFnc1('competition_test');
const bodies = new Map([...test.bodies].map(([id, text]) => [id, prepareStanceBody(model, text)]));
const headlines = new Map<string, ReturnType<typeof prepareStanceHeadline>>();
const lines = ['Headline,Body ID,Stance'];
for (const pair of test.pairs) {
  let h = headlines.get(pair.headline);
  if (!h) headlines.set(pair.headline, (h = prepareStanceHeadline(model, pair.headline)));
  const stance = getTopStance(predictStance(model, h, bodies.get(pair.bodyId)!));
  lines.push(`${quoteCsvField(pair.headline)},${pair.bodyId},${stance}`);
}
mkdirSync(dirname(predPath), { recursive: true });
writeFileSync(predPath, `${lines.join('\n')}\n`);
console.log(`wrote ${test.pairs.length} predictions to ${predPath}`);

const gold = join(FNC1_DIR, 'competition_test_stances.csv');
const run = spawnSync(process.execPath, [join(FNC1_DIR, 'score.mjs'), '--gold', gold, '--pred', predPath], {
  encoding: 'utf8',
});
process.stdout.write(run.stdout);
process.stderr.write(run.stderr);
process.exitCode = run.status ?? 1;
