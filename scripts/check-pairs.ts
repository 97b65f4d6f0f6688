// Validates the hand-written labelled sentence pairs in data/pairs/*.jsonl and prints their counts.
// Usage: npx tsx scripts/check-pairs.ts [--markdown] [DIR]
// Exits 1 when any line is wrong, naming the file, the line and what is wrong.
// Plain Node only (no dependencies), so it runs before `npm ci`.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from '../node/project-root';

const LABELS = ['corroborates', 'conflicts', 'related', 'none'] as const;
type Label = (typeof LABELS)[number];

/** The kinds a pair may test; see data/pairs/README.md for what each means. */
const KINDS = [
  'paraphrase',
  'same-value-other-words',
  'number-format',
  'date-format',
  'value-conflict',
  'value-update',
  'rounding',
  'compatible-bound',
  'negation',
  'double-negative',
  'antonym',
  'scope-only-vs-all',
  'state-overtaken',
  'different-event-same-kind',
  'different-act-same-verb',
  'different-quantity-same-unit',
  'different-attribute',
  'rule-changed-over-years',
  'coincidental-word',
  'coincidental-number',
  'unrelated-story',
  'subject-swap',
  'attribution',
  'hedged-vs-firm',
  'partial',
] as const;

const FIELDS = [
  'story',
  'id',
  'page_date',
  'source_date',
  'page_context',
  'source_context',
  'page',
  'source',
  'label',
  'kind',
  'note',
] as const;

interface Pair {
  story: string;
  id: string;
  label: Label;
  kind: string;
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Problems of one parsed line; an empty list when it is valid. */
function checkPair(value: unknown, story: string, seenIds: Set<string>): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of FIELDS) {
    const fieldValue = record[field];
    if (typeof fieldValue !== 'string' || fieldValue.trim() === '') problems.push(`"${field}" missing or empty`);
  }
  for (const field of Object.keys(record)) {
    if (!(FIELDS as readonly string[]).includes(field)) problems.push(`unknown field "${field}"`);
  }
  if (problems.length > 0) return problems;
  const text = record as Record<(typeof FIELDS)[number], string>;
  if (text.story !== story) problems.push(`story "${text.story}" is not the file's name "${story}"`);
  if (seenIds.has(text.id)) problems.push(`id "${text.id}" used twice in ${story}`);
  seenIds.add(text.id);
  for (const field of ['page_date', 'source_date'] as const) {
    if (!isIsoDate(text[field])) problems.push(`${field} "${text[field]}" is not an ISO date (YYYY-MM-DD)`);
  }
  if (!(LABELS as readonly string[]).includes(text.label)) problems.push(`unknown label "${text.label}"`);
  if (!(KINDS as readonly string[]).includes(text.kind)) problems.push(`unknown kind "${text.kind}"`);
  for (const field of ['page', 'source'] as const) {
    const sentence = text[field].trim();
    if (!/[.”]$/.test(sentence)) problems.push(`${field} does not end with "." or "”": ${sentence.slice(-30)}`);
    if (sentence !== text[field]) problems.push(`${field} has leading or trailing spaces`);
  }
  if (text.page === text.source) problems.push('page and source are the same sentence');
  return problems;
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function formatTable(header: string[], rows: string[][], markdown: boolean): string {
  if (markdown) {
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
  }
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

/** One row per group with a count per label and a total, then a total row with percentages. */
function labelTable(
  pairs: Pair[],
  groups: string[],
  groupOf: (pair: Pair) => string,
  title: string,
  markdown: boolean,
): string {
  const rows = groups.map((group) => {
    const inGroup = pairs.filter((pair) => groupOf(pair) === group);
    const byLabel = countBy(inGroup, (pair) => pair.label);
    return [group, ...LABELS.map((label) => String(byLabel.get(label) ?? 0)), String(inGroup.length)];
  });
  const totals = countBy(pairs, (pair) => pair.label);
  rows.push(['total', ...LABELS.map((label) => String(totals.get(label) ?? 0)), String(pairs.length)]);
  rows.push([
    'share',
    ...LABELS.map((label) => `${Math.round((100 * (totals.get(label) ?? 0)) / Math.max(pairs.length, 1))}%`),
    '100%',
  ]);
  return formatTable([title, ...LABELS, 'total'], rows, markdown);
}

function main(): void {
  const args = process.argv.slice(2);
  const markdown = args.includes('--markdown');
  const dir = args.find((arg) => !arg.startsWith('--')) ?? join(projectRoot, 'data', 'pairs');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  if (files.length === 0) throw new Error(`No .jsonl files in ${dir}`);

  const pairs: Pair[] = [];
  let errors = 0;
  for (const file of files) {
    const story = basename(file, '.jsonl');
    const seenIds = new Set<string>();
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        console.error(`${file}:${index + 1}: not JSON (${(error as Error).message})`);
        errors++;
        return;
      }
      const problems = checkPair(value, story, seenIds);
      for (const problem of problems) console.error(`${file}:${index + 1}: ${problem}`);
      errors += problems.length;
      if (problems.length === 0) pairs.push(value as Pair);
    });
  }

  const stories = [...new Set(pairs.map((pair) => pair.story))].sort();
  console.log(`${pairs.length} pairs in ${files.length} files (${stories.length} stories)\n`);
  console.log(labelTable(pairs, stories, (pair) => pair.story, 'story', markdown));
  console.log('');
  const kinds = KINDS.filter((kind) => pairs.some((pair) => pair.kind === kind));
  console.log(labelTable(pairs, kinds, (pair) => pair.kind, 'kind', markdown));
  const unused = KINDS.filter((kind) => !kinds.includes(kind));
  if (unused.length > 0) console.log(`\nkinds not used: ${unused.join(', ')}`);

  if (errors > 0) {
    console.error(`\n${errors} problem(s)`);
    process.exit(1);
  }
}

main();
