// Builds the analysed corpus asset (public/corpus-index.json) from corpus/manifest.json and
// corpus/sources/*.txt. Run by `npm run corpus`, before every build.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildCorpus } from '../lib/corpus/build-corpus';
import { readCorpusSources } from '../node/read-corpus-sources';
import { projectRoot } from '../node/project-root';

const root = projectRoot;
const out = join(root, 'public', 'corpus-index.json');
const asset = buildCorpus(readCorpusSources(root));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(asset));
console.log(
  `corpus: ${asset.sources.length} sources, ${asset.statements.length} statements -> ${out} (${readFileSync(out).length} bytes)`,
);

// The word vectors and the stance model ship as they are committed
// (scripts/build-word-vectors.ts, scripts/build-lexicon.ts and scripts/train-stance.ts make them).
for (const file of ['word-vectors.json', 'word-vectors.bin', 'lexicon.json', 'stance-model.json', 'stance-model.bin']) {
  copyFileSync(join(root, 'corpus', file), join(root, 'public', file));
}
console.log('corpus: word vectors, lexicon and stance model copied to public/');
