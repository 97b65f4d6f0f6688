// npm run --silent compare -- [--json] <page.html | page.txt | URL>
// Prints the comparison of one page with the shipped corpus: the JSON contract of
// ../shared/eval/README.md with --json, else a readable report.
import { compareInput, loadShippedCorpus } from './compare-file';
import { formatReport } from './format-report';

const args = process.argv.slice(2);
const json = args.includes('--json');
const input = args.find((a) => !a.startsWith('--'));
if (!input) {
  console.error('usage: npm run --silent compare -- [--json] <page.html | page.txt | URL>');
  process.exit(2);
}
try {
  const comparison = await compareInput(input, loadShippedCorpus());
  console.log(json ? JSON.stringify(comparison, null, 2) : formatReport(comparison));
} catch (error) {
  console.error(`compare: ${(error as Error).message}`);
  process.exit(1);
}
