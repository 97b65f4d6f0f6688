import type { Corpus } from '../corpus/load-corpus';
import type { CorpusStatement, Quantity } from '../types';
import { verdict } from '../match/compare-slots';
import { analyseStatement } from '../claims/analyse-statement';
import { central } from '../match/compare-quantities';
import { averageLinkage } from './group-stories';
import type { FigureChange, FigureRow, FigureValue, Story, StoryDetail } from './story-types';

/**
 * How alike two figures of a story are, for its table: the engine's figure verdict (compare-slots.ts
 * `verdict`: 0 unless both can measure one thing and are either the same value or surely another),
 * its sameMeasure weighed half, and half the likeness of the two statements' wording (IDF-weighted
 * cosine of their canonical terms), because a figure's own clause often names little ("the cost has
 * reached $387 million"). Rows join by average linkage while the mean is at least ROW_MEASURE_MIN.
 * Both were chosen by reading the tables of the seed story and both shared stories (`npx tsx
 * scripts/print-figures.ts`) for 0.35–0.5 and the mix 0.5 / 1 (sameMeasure alone chains a ship's
 * tonnage to other tonnages and splits the queue of ships in three); they are not fitted further.
 */
export const MEASURE_SHARE = 0.5;
export const ROW_MEASURE_MIN = 0.35;

/**
 * The most two values of one row may differ by (larger / smaller): a figure revised is the same
 * measure told again, and stays within about an order of magnitude. The revisions the shared
 * stories' READMEs name run from 1.1× (10 → 11 hazardous cars) to 12.5× (3,500 → 43,700 fish);
 * the rows this keeps apart join "three states" to "43,700 fish" or "hundreds of ships" to "two"
 * (the ships that ran aground), 20× to 8,700×. Zero is left to the verdict ("no deaths", then 3).
 */
export const ROW_RATIO_MAX = 20;

/** Whether two figures are too far apart in size to be one measure told twice (ROW_RATIO_MAX). */
function tooFarApart(a: Quantity, b: Quantity): boolean {
  const x = Math.abs(central(a));
  const y = Math.abs(central(b));
  if (x === 0 || y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.max(x, y) / Math.min(x, y) > ROW_RATIO_MAX;
}

/** Dimensions a figures table leaves out: a place in a series ("the first alert") is not a reported amount. */
const LEFT_OUT = new Set<Quantity['dimension']>(['ordinal']);

/** IDF-weighted cosine of two statements' canonical terms. */
function overlap(a: CorpusStatement, b: CorpusStatement, idf: (t: string) => number): number {
  const ta = new Set(a.features.terms);
  const tb = new Set(b.features.terms);
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const t of ta) {
    const w = idf(t);
    na += w * w;
    if (tb.has(t)) shared += w * w;
  }
  for (const t of tb) nb += idf(t) ** 2;
  return na && nb ? shared / Math.sqrt(na * nb) : 0;
}

interface Candidate {
  statement: CorpusStatement;
  value: Omit<FigureValue, 'change' | 'disagreesSameDay'>;
  quantity: Quantity;
  order: number;
}

interface Row {
  members: Candidate[];
}

/** The story with its figures table. */
export function buildStoryDetail(story: Story, corpus: Corpus): StoryDetail {
  return { ...story, figures: buildFiguresTable(story, corpus) };
}

/**
 * Every figure the story's articles give, in rows of one measure ("cars derailed"), each row's
 * values oldest first with who gave them: a row that changes over time is `revised`. An article
 * counts once per row (its first mention); two values of one measure in one article (two detector
 * readings) are two measures. Rows given by more outlets come first, then revised ones.
 */
export function buildFiguresTable(story: Story, corpus: Corpus): FigureRow[] {
  const related = corpus.weights.similarity ?? (() => 0);
  const lexical = corpus.weights.relation ?? null;
  const candidates: Candidate[] = [];
  const articleOf: number[] = [];
  story.articles.forEach((article, a) => {
    for (const st of [headlineStatement(article), ...(corpus.bySource.get(article.sourceId) ?? [])])
      for (const q of st.features.quantities) {
        if (LEFT_OUT.has(q.dimension) || q.role === 'whole') continue;
        candidates.push({ statement: st, value: toValue(article, st, q), quantity: q, order: candidates.length });
        articleOf.push(a);
      }
  });
  const edges = new Map<number, Map<number, number>>();
  const link = (i: number, j: number, w: number) => {
    let m = edges.get(i);
    if (!m) edges.set(i, (m = new Map()));
    m.set(j, w);
  };
  for (let i = 0; i < candidates.length; i++)
    for (let j = i + 1; j < candidates.length; j++) {
      // One value per article in a row: two figures of one measure in one article are two measures.
      if (articleOf[i] === articleOf[j] || tooFarApart(candidates[i]!.quantity, candidates[j]!.quantity)) {
        link(i, j, APART);
        link(j, i, APART);
        continue;
      }
      const v = verdict(candidates[i]!.quantity, candidates[j]!.quantity, related, lexical);
      if (!v) continue;
      const w =
        MEASURE_SHARE * v.sameMeasure +
        (1 - MEASURE_SHARE) * overlap(candidates[i]!.statement, candidates[j]!.statement, corpus.idf);
      link(i, j, w);
      link(j, i, w);
    }
  const rows: Row[] = averageLinkage(candidates.length, edges, ROW_MEASURE_MIN).map((members) => ({
    members: members.map((i) => candidates[i]!),
  }));
  const storyTerms = countContextTerms(candidates);
  return rows
    .map((row) => toRow(row, related, lexical, storyTerms))
    .sort((a, b) => outletsOf(b) - outletsOf(a) || Number(b.revised) - Number(a.revised));
}

/** The link of two figures of one article: far below any mean that joins (they never share a row). */
const APART = -1000;

/**
 * The headline read as a statement (index -1): a headline gives the article's main figure ("43,700
 * fish killed"), which its opening often only breaks down. It comes first, so a row keeps it.
 */
function headlineStatement(article: Story['articles'][number]): CorpusStatement {
  return {
    sourceId: article.sourceId,
    index: HEADLINE_INDEX,
    text: article.headline,
    features: analyseStatement(article.headline, article.published || null),
  };
}

/** FigureValue.statementIndex of a figure given in the headline. */
export const HEADLINE_INDEX = -1;

function toValue(
  article: Story['articles'][number],
  st: CorpusStatement,
  q: Quantity,
): Omit<FigureValue, 'change' | 'disagreesSameDay'> {
  return {
    sourceId: article.sourceId,
    outlet: article.outlet,
    published: article.published,
    text: q.text,
    low: q.low,
    high: q.high,
    approximate: q.approximate,
    statement: st.text,
    statementIndex: st.index,
  };
}

function outletsOf(row: FigureRow): number {
  return new Set(row.values.map((v) => v.outlet)).size;
}

function toRow(
  row: Row,
  related: (a: string, b: string) => number,
  lexical: Parameters<typeof verdict>[3],
  storyTerms: TermCounts,
): FigureRow {
  const members = [...row.members].sort(
    (a, b) =>
      (a.value.published < b.value.published ? -1 : a.value.published > b.value.published ? 1 : 0) || a.order - b.order,
  );
  const first = members[0]!.quantity;
  const differs = (a: Candidate, b: Candidate) => verdict(a.quantity, b.quantity, related, lexical)?.agree === false;
  let revised = false;
  const values: FigureValue[] = members.map((m, i) => {
    const before = members.slice(0, i).filter((p) => p.value.published < m.value.published);
    const previous = before[before.length - 1];
    let change: FigureChange = 'first';
    if (previous) {
      if (differs(m, previous)) {
        change = central(m.quantity) > central(previous.quantity) ? 'up' : 'down';
        revised = true;
      } else change = 'same';
    } else if (i > 0) change = 'same';
    const disagreesSameDay = members.some((o) => o !== m && o.value.published === m.value.published && differs(m, o));
    return { ...m.value, change, disagreesSameDay };
  });
  return { label: labelOf(members, storyTerms), dimension: first.dimension, unit: first.unit, values, revised };
}

/**
 * What a row measures, in the articles' words: the words that follow its figures when they name the
 * counted thing ("cars derailed"), the most common among its values; else the figures' canonical
 * object or, for an amount that names none ("$387 million"), the first terms of its clause.
 */
function labelOf(members: Candidate[], storyTerms: TermCounts): string {
  const counts = new Map<string, number>();
  for (const m of members) {
    const words = wordsAfter(m);
    if (words) counts.set(words, (counts.get(words) ?? 0) + 1);
  }
  const written = mostCommon(counts);
  if (written) return written;
  for (const m of members)
    counts.set(m.quantity.object.slice(0, 2).join(' '), (counts.get(m.quantity.object.slice(0, 2).join(' ')) ?? 0) + 1);
  counts.delete('');
  const object = mostCommon(counts);
  if (object) return object.replace(/_/g, ' ');
  return sharedContext(members, storyTerms)
    .map((t) => t.replace(/_/g, ' '))
    .join(' ');
}

/**
 * The one or two terms of the figures' clauses that tell the row from the rest of its story ("cost"
 * in "the cost has reached $387 million" and "the derailment will cost $803 million"), in the first
 * value's order: each term scored by how many of the row's clauses have it, times its rarity among
 * all the story's figure clauses (what every clause says, "Norfolk Southern", "Suez", names the
 * story, not the measure). A term only one clause has counts when the row is one value.
 */
function sharedContext(members: Candidate[], storyTerms: TermCounts): string[] {
  const first = members[0]!.quantity.context;
  const inMembers = (t: string) => members.filter((m) => m.quantity.context.includes(t)).length;
  const least = Math.min(2, members.length);
  const scored = [...new Set(first)]
    .map((t, i) => ({ t, i, n: inMembers(t) }))
    .filter((x) => x.n >= least)
    .map((x) => ({ ...x, score: x.n * Math.log((storyTerms.total + 1) / (storyTerms.counts.get(x.t) ?? 1)) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, 2)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.t);
  return scored.length ? scored : first.slice(0, 2);
}

/** In how many of a story's figure clauses each context term is, of `total`. */
interface TermCounts {
  counts: Map<string, number>;
  total: number;
}

function countContextTerms(candidates: Candidate[]): TermCounts {
  const counts = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(c.quantity.context)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return { counts, total: candidates.length };
}

function mostCommon(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts)
    if (c > n) {
      best = k;
      n = c;
    }
  return best;
}

/** The one or two words after a figure when the first is its counted thing ("50 cars derailed"), lower-cased. */
function wordsAfter(m: Candidate): string | null {
  const q = m.quantity;
  const head = q.object[0];
  if (!head) return null;
  const words = m.value.statement
    .slice(q.start + q.text.length)
    .match(/^[\s-]*([A-Za-z][A-Za-z'-]*)(?:\s+([A-Za-z][A-Za-z'-]*))?/);
  // The canonical head is a lemma: "cars" starts with "car", "vessels" with "vessel".
  if (!words?.[1] || !words[1].toLowerCase().startsWith(head.slice(0, Math.max(3, head.length - 2)))) return null;
  const second = words[2] && !FUNCTION_WORDS.has(words[2].toLowerCase()) ? ` ${words[2]}` : '';
  return `${words[1]}${second}`.toLowerCase();
}

/** Words that end a label: what follows them is no longer the name of the measure. */
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'as',
  'that',
  'which',
  'who',
  'were',
  'was',
  'is',
  'are',
  'had',
  'have',
  'has',
  'be',
  'been',
  'it',
  'its',
]);
