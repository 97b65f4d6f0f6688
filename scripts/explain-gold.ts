// npm run --silent explain-gold -- [--set seed|STORY] [--all] [--grep TEXT]: for each gold line of a
// development set, how the engine sees the pair: whether the source statement was a candidate,
// the alignment, the values compared, the judge's proposal and verdict. A development aid; it
// refuses the held-out story.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpusDir, loadShippedCorpus, readInput } from '../node/compare-file';
import { sharedDir } from '../node/project-root';
import { evalArticleFiles } from '../node/real-pages';
import { findStatements } from '../lib/statements/find-statements';
import { judgeCandidates, storyOf } from '../lib/compare-article';
import { alignStatements } from '../lib/match/align-statements';
import { compareSlots } from '../lib/match/compare-slots';
import { formatFinding } from '../lib/explain/format-finding';
import { HELD_OUT_STORIES } from './judge-dataset';
import type { Corpus } from '../lib/corpus/load-corpus';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const set = opt('set') ?? 'seed';
const grep = opt('grep');
const all = args.includes('--all');
if (HELD_OUT_STORIES.includes(set)) throw new Error(`${set} is the held-out story: its misses are not for reading`);

interface Gold {
  page: string;
  page_text: string;
  source: string;
  source_text: string;
  accept: string[];
}
const read = (f: string) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Gold);
let corpus: Corpus;
let gold: Gold[];
let pageFile: (id: string) => string;
if (set === 'seed') {
  corpus = loadShippedCorpus();
  gold = [
    ...read(join(sharedDir, 'eval', 'seed-pairs.jsonl')),
    ...read(join(sharedDir, 'eval', 'articles-expected.jsonl')),
  ];
  const seeds = readdirSync(join(sharedDir, 'seeds'));
  pageFile = (id) =>
    id.length === 3
      ? join(
          sharedDir,
          'seeds',
          seeds.find((f) => f.startsWith(id))!,
        )
      : evalArticleFiles().find((a) => a.name === id)!.file;
} else {
  const dir = join(sharedDir, 'stories', set);
  if (!existsSync(dir)) throw new Error(`no story ${set}`);
  corpus = loadCorpusDir(join(dir, 'corpus'));
  gold = read(join(dir, 'expected.jsonl'));
  pageFile = (id) => join(dir, 'pages', `${id}.html`);
}

const pages = new Map<string, Awaited<ReturnType<typeof analyse>>>();
async function analyse(id: string) {
  const r = await readInput(pageFile(id), corpus);
  const statements = findStatements(r.article!.paragraphs, r.article!.published);
  const story = storyOf(statements, corpus, new Set(r.exclude), r.article!);
  return { article: r.article!, statements, story };
}
for (const g of gold) {
  if (g.page_text === '*' || g.source === '*') continue;
  if (grep && !`${g.page_text} ${g.source_text}`.includes(grep)) continue;
  if (!pages.has(g.page)) pages.set(g.page, await analyse(g.page));
  const { article, statements, story } = pages.get(g.page)!;
  const i = statements.findIndex((s) => s.text.includes(g.page_text));
  const st = statements[i];
  const src = corpus.statements.find((s) => s?.sourceId.startsWith(g.source) && s.text.includes(g.source_text));
  if (!st || !src) {
    console.log(
      `MISS? ${g.page} "${g.page_text}" -> ${g.source} "${g.source_text}": statement not found (page ${Boolean(st)}, source ${Boolean(src)})`,
    );
    continue;
  }
  const candidate = story.candidates[i]!.includes(src);
  const judged = candidate ? judgeCandidates(st, article, corpus, story, [src]) : [];
  const got = judged[0]?.match.stance ?? 'nothing';
  const ok =
    g.accept.includes(got) ||
    (got === 'nothing' && g.accept.includes('none')) ||
    (got === 'related' && g.accept.includes('none'));
  if (ok && !all) continue;
  console.log(
    `${ok ? 'ok  ' : 'MISS'} want ${g.accept.join('|')} got ${got}: ${g.page} "${g.page_text}" -> ${g.source} "${g.source_text}"`,
  );
  const a = alignStatements(st.features, src.features, corpus.weights);
  console.log(
    `   candidate ${candidate}, story similarity ${(story.similarity.get(src.sourceId) ?? 0).toFixed(2)}, align ${a.score.toFixed(3)} shared [${a.shared.join(' ')}] similar [${a.similar.map((p) => p.join('~')).join(' ')}]`,
  );
  console.log(
    `   P: ${st.text}\n      terms ${st.features.terms.join(' ')} | neg ${st.features.negation} | q ${st.features.quantities.map((q) => `${q.text}=${q.dimension}:${q.low}-${q.high}${q.unit}/${q.per} obj[${q.object.join(' ')}] ctx[${q.context.join(' ')}]`).join('; ')}`,
  );
  console.log(
    `   S: ${src.text}\n      terms ${src.features.terms.join(' ')} | neg ${src.features.negation} | q ${src.features.quantities.map((q) => `${q.text}=${q.dimension}:${q.low}-${q.high}${q.unit}/${q.per} obj[${q.object.join(' ')}] ctx[${q.context.join(' ')}]`).join('; ')}`,
  );
  console.log(
    `   slots: ${JSON.stringify(compareSlots(st.features, src.features, corpus.weights.similarity, corpus.weights.relation ?? null).map((f) => `${formatFinding(f)} (same ${f.same}, measure ${f.sameMeasure?.toFixed(2)})`))}`,
  );
  const j = judged[0]?.judgement;
  if (j)
    console.log(
      `   judge: ${j.stance} — ${j.why}${j.proposal ? ` [proposal ${j.proposal.kind} p=${j.proposal.probability.toFixed(2)}]` : ''}`,
    );
}
