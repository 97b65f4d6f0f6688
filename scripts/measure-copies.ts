// npm run --silent measure:copies
// What the copy check (lib/corpus/find-copies.ts) sees: for each text, the corpus sources it
// shares sampled 5-term shingles with, as "shared / page sample, source sample = share of the
// shorter". Texts that are one text (a seed as a page, cut, extended, re-headlined, wrapped in
// HTML) against texts that are not (the seeds against each other, the 25 unrelated real pages,
// the Suez story's pages and sources, some of which retell a source's story): the thresholds
// COPY_SHARE_MIN and COPY_SHARED_MIN sit between the two groups.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, type RawSource } from '../lib/corpus/build-corpus';
import { cleanRawText } from '../lib/text/clean-raw-text';
import { findStatements } from '../lib/statements/find-statements';
import { readPage } from '../lib/extract/read-page';
import { sampleShingles } from '../lib/corpus/sample-shingles';
import {
  addToCopyIndex,
  countSharedShingles,
  createCopyIndex,
  getSample,
  type CopyIndex,
} from '../lib/corpus/copy-index';
import { isCopy } from '../lib/corpus/find-copies';
import type { AnalysedCorpus } from '../lib/types';
import { projectRoot, sharedDir } from '../node/project-root';
import { readCorpusSources } from '../node/read-corpus-sources';
import { readDocument, realPageFiles } from '../node/real-pages';

function indexOf(asset: AnalysedCorpus): CopyIndex {
  const index = createCopyIndex();
  for (const meta of asset.sources)
    addToCopyIndex(index, meta.id, sampleShingles(asset.statements.filter((st) => st.sourceId === meta.id)));
  return index;
}

interface Seen {
  same: boolean;
  line: string;
  share: number;
  shared: number;
  copy: boolean;
}
const seen: Seen[] = [];

/** Prints the sources a text shares sampled shingles with (`same`: the ones it is a copy of, by construction). */
function report(
  label: string,
  paragraphs: string[],
  published: string | null,
  index: CopyIndex,
  same: (id: string) => boolean,
): void {
  const sample = sampleShingles(findStatements(paragraphs, published));
  const shared = [...countSharedShingles(index, sample)].sort((a, b) => b[1] - a[1]);
  const parts: string[] = [];
  for (const [id, n] of shared) {
    const size = getSample(index, id)!.length;
    const share = n / Math.max(1, Math.min(sample.length, size));
    const copy = isCopy(n, sample.length, size);
    seen.push({ same: same(id), line: `${label} ~ ${id}`, share, shared: n, copy });
    parts.push(
      `${id.slice(0, 14)} ${n}/${sample.length},${size}=${share.toFixed(2)}${copy ? ' COPY' : ''}${same(id) ? ' (same)' : ''}`,
    );
  }
  // Every source the text is a copy of by construction must be listed, even with nothing shared.
  for (const id of index.numbers.keys())
    if (same(id) && !shared.some(([s]) => s === id))
      seen.push({ same: true, line: `${label} ~ ${id}`, share: 0, shared: 0, copy: false });
  console.log(`${label.padEnd(40)} ${parts.slice(0, 3).join('; ') || '-'}`);
}

const shippedRaw = readCorpusSources(projectRoot);
const shipped = buildCorpus(shippedRaw);
const shippedIndex = indexOf(shipped);
const suezDir = join(sharedDir, 'stories', 'suez-2021');
const suezRaw = readCorpusSources(projectRoot, { corpusDir: join(suezDir, 'corpus') });
const suez = buildCorpus(suezRaw);
const suezIndex = indexOf(suez);
const paragraphsOf = ({ meta, raw }: RawSource) => cleanRawText(raw, meta.headline).paragraphs;
const unrelated = realPageFiles().map(({ name, file }) => ({
  name,
  article: readPage(readDocument(file), 'http://localhost/').article,
}));
const extra = unrelated.find((p) => p.article && p.article.paragraphs.length > 3)!.article!.paragraphs.slice(1, 3);

console.log('== the same text (a seed / a Suez source against the corpus holding it)');
for (const [raw, index] of [
  ...shippedRaw.map((r) => [r, shippedIndex] as const),
  ...suezRaw.map((r) => [r, suezIndex] as const),
]) {
  const p = paragraphsOf(raw);
  const id = raw.meta.id;
  const self = (s: string) => s === id;
  report(`${id.slice(0, 14)} itself`, p, raw.meta.published, index, self);
  report(`${id.slice(0, 14)} first half`, p.slice(0, Math.ceil(p.length / 2)), raw.meta.published, index, self);
  report(`${id.slice(0, 14)} + 2 unrelated paragraphs`, [...p, ...extra], raw.meta.published, index, self);
  // A wire copy: another headline, the second paragraph dropped, a credit line added.
  report(
    `${id.slice(0, 14)} wire copy`,
    [
      'Republished: ' + raw.meta.headline.toLowerCase(),
      ...p.filter((_, i) => i !== 1),
      'The Associated Press contributed to this report.',
    ],
    raw.meta.published,
    index,
    self,
  );
}
const wrapped = readPage(
  readDocument(join(projectRoot, 'tests', 'fixtures', 'pages', 'rferl-seed-in-corpus.html')),
  'http://localhost/',
).article!;
report('rferl-seed-in-corpus.html', wrapped.paragraphs, wrapped.published, shippedIndex, (s) => s.startsWith('000_'));

console.log('== different texts');
for (const raw of shippedRaw) {
  const others = createCopyIndex();
  for (const [id, n] of shippedIndex.numbers)
    if (id !== raw.meta.id) addToCopyIndex(others, id, shippedIndex.samples[n]!);
  report(`seed ${raw.meta.id.slice(0, 14)} vs other seeds`, paragraphsOf(raw), raw.meta.published, others, () => false);
}
for (const raw of suezRaw) {
  const others = createCopyIndex();
  for (const [id, n] of suezIndex.numbers) if (id !== raw.meta.id) addToCopyIndex(others, id, suezIndex.samples[n]!);
  report(`suez ${raw.meta.id} vs other sources`, paragraphsOf(raw), raw.meta.published, others, () => false);
}
for (const file of readdirSync(join(suezDir, 'pages'))
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const article = readPage(readDocument(join(suezDir, 'pages', file)), 'http://localhost/').article;
  if (article) report(`suez page ${file.slice(0, 30)}`, article.paragraphs, article.published, suezIndex, () => false);
}
for (const { name, article } of unrelated) {
  if (!article) continue;
  report(`unrelated ${name} vs seeds`, article.paragraphs, article.published, shippedIndex, () => false);
  report(`unrelated ${name} vs suez`, article.paragraphs, article.published, suezIndex, () => false);
}

const same = seen.filter((s) => s.same);
const different = seen.filter((s) => !s.same);
const low = (list: Seen[], key: 'share' | 'shared') => list.reduce((a, s) => Math.min(a, s[key]), Infinity);
const high = (list: Seen[], key: 'share' | 'shared') => list.reduce((a, s) => Math.max(a, s[key]), 0);
console.log(
  `\nsame text: ${same.length} pairs, share ≥ ${low(same, 'share').toFixed(2)}, shared ≥ ${low(same, 'shared')}, ${same.filter((s) => !s.copy).length} not found a copy`,
);
console.log(
  `different texts: ${different.length} pairs sharing any, share ≤ ${high(different, 'share').toFixed(2)}, shared ≤ ${high(different, 'shared')}, ${different.filter((s) => s.copy).length} taken for a copy`,
);
for (const s of [...same.filter((x) => !x.copy), ...different.filter((x) => x.copy)])
  console.log(`  WRONG: ${s.line} share ${s.share.toFixed(2)} shared ${s.shared}`);
