// npm run --silent compare -- [--json] [--corpus DIR] <page.html | page.txt | URL>
// Prints the comparison of one page with the shipped corpus, or with the corpus folder DIR (the
// layout of corpus/: manifest.json, sources/<id>.txt): the JSON contract of
// ../shared/eval/README.md with --json, else a readable report.
import { resolve } from 'node:path';
import { compareInput, loadCorpusDir, loadShippedCorpus } from '../node/compare-file';
import { formatReport } from './format-report';

const args = process.argv.slice(2);
const json = args.includes('--json');
const corpusAt = args.indexOf('--corpus');
const corpusDir = corpusAt >= 0 ? args[corpusAt + 1] : undefined;
const input = args.find((a, i) => !a.startsWith('--') && !(corpusAt >= 0 && i === corpusAt + 1));
if (!input || (corpusAt >= 0 && !corpusDir)) {
  console.error('usage: npm run --silent compare -- [--json] [--corpus DIR] <page.html | page.txt | URL>');
  process.exit(2);
}
try {
  const corpus = corpusDir ? loadCorpusDir(resolve(corpusDir)) : loadShippedCorpus();
  const comparison = await compareInput(input, corpus);
  console.log(json ? JSON.stringify(comparison, null, 2) : formatReport(comparison));
} catch (error) {
  console.error(`compare: ${(error as Error).message}`);
  process.exit(1);
}
