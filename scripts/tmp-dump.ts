import { writeFileSync } from 'node:fs';
import { buildJudgeDataset, fnc1Examples, handPairExamples } from './judge-dataset';
const examples = [...(await buildJudgeDataset()), ...handPairExamples(), ...fnc1Examples(4, 400)];
writeFileSync('/tmp/examples.json', JSON.stringify(examples));
