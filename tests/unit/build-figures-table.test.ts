import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildStoryMemory, readStoryArticles } from '../../node/story-memory';
import { sharedDir } from '../../node/project-root';
import { groupStories } from '../../lib/stories/group-stories';
import { buildFiguresTable, HEADLINE_INDEX, ROW_RATIO_MAX } from '../../lib/stories/build-figures-table';
import type { FigureRow } from '../../lib/stories/story-types';

// The figures table of each shared story, built as the Stories page builds it: the story's corpus
// and pages remembered with the seeds, grouped, and the story its corpus lands in. Each case is a
// quantity the story's README names as revised, with its values in the README's date order; the
// test holds when one row gives them in that order (other values may come between) and is marked
// revised.
function tableOf(story: string): FigureRow[] {
  const articles = readStoryArticles(join(sharedDir, 'stories', story));
  const corpus = buildStoryMemory(articles);
  const own = new Set(articles.filter((a) => a.label === story).map((a) => a.meta.id));
  const found = groupStories(corpus)
    .map((s) => ({ s, n: s.articles.filter((a) => own.has(a.sourceId)).length }))
    .sort((a, b) => b.n - a.n)[0]!.s;
  return buildFiguresTable(found, corpus);
}

const tables = new Map<string, FigureRow[]>();
const table = (story: string) => tables.get(story) ?? tables.set(story, tableOf(story)).get(story)!;

/** Whether `values` appear in this row's values in this order (a value within 1% of each), dates never going back. */
function givesInOrder(row: FigureRow, values: number[]): boolean {
  let at = 0;
  let last = '';
  for (const v of row.values) {
    const mid = v.high >= Number.MAX_VALUE ? v.low : (v.low + v.high) / 2;
    if (at < values.length && Math.abs(mid - values[at]!) <= 0.01 * values[at]! && v.published >= last) {
      at++;
      last = v.published;
    }
  }
  return at === values.length;
}

const revised: Array<{ story: string; quantity: string; values: number[] }> = [
  // east-palestine-2023 README: "cars derailed, hazardous cars, fish killed, cost, community support".
  { story: 'east-palestine-2023', quantity: 'cars derailed: about 50, then 38', values: [50, 38] },
  {
    story: 'east-palestine-2023',
    quantity: 'cost to the railroad: $387 million, then $803 million',
    values: [387e6, 803e6],
  },
  {
    story: 'east-palestine-2023',
    quantity: 'community support: $30.9 million, then $63 million',
    values: [30.9e6, 63e6],
  },
  // AP's "about 50 cars, including 10 carrying hazardous materials": the 10 counts cars.
  { story: 'east-palestine-2023', quantity: 'hazardous cars: 10, then 11', values: [10, 11] },
  // The Lima News' headline gives the estimate of 43,700; its "sample found 2,938 dead fish" counts
  // a sample (compare-slots.ts), so it no longer takes the article's place in the row.
  { story: 'east-palestine-2023', quantity: 'fish killed: 3,500, then about 43,700', values: [3500, 43700] },
  // suez-2021 README: "revised figures (the queue, the claim)".
  { story: 'suez-2021', quantity: 'ships queued: 160, 422, then 292', values: [160, 422, 292] },
  {
    story: 'suez-2021',
    quantity: 'the claim: about $1 billion, $600 million, then $550 million',
    values: [1e9, 600e6, 550e6],
  },
];

/** Named as revised by the READMEs, and not yet one row: why is said with each. */
const missed: typeof revised = [
  // CNN's "$900 million" and Ship & Bunker's "$916 million" form a row of their own beside the
  // claim's other values: the two sentences share little wording with the rest, and the articles
  // that recap earlier values ("cut to $600 million from $916 million") give one value per row.
  { story: 'suez-2021', quantity: 'the claim with its $900 million', values: [1e9, 900e6, 600e6, 550e6] },
];

describe('buildFiguresTable on the shared stories', () => {
  it.each(revised)('$story: $quantity', ({ story, values }) => {
    const rows = table(story).filter((r) => givesInOrder(r, values));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.revised)).toBe(true);
  });
  it.fails.each(missed)('$story (known miss): $quantity', ({ story, values }) => {
    expect(table(story).some((r) => givesInOrder(r, values))).toBe(true);
  });

  it('marks a change up or down against the last earlier value, and same-day disagreements', () => {
    const queue = table('suez-2021').find((r) => givesInOrder(r, [160, 422, 292]))!;
    const byText = (text: string) => queue.values.find((v) => v.text === text)!;
    expect(queue.values[0]!.change).toBe('first');
    expect(byText('292').change).toBe('down');
    // Africanews, Business Insider and AP counted different queues on 29 March.
    expect(byText('425').disagreesSameDay).toBe(true);
    expect(queue.values.map((v) => v.published)).toEqual([...queue.values.map((v) => v.published)].sort());
  });

  it('gives each value its sentence and position (the headline: HEADLINE_INDEX), for the link to it', () => {
    const values = table('east-palestine-2023').flatMap((r) => r.values);
    for (const v of values) {
      expect(v.statement).toContain(v.text);
      expect(v.statementIndex).toBeGreaterThanOrEqual(HEADLINE_INDEX);
    }
    // CNN's headline gives the cost: "... cost it $387 million".
    expect(values.some((v) => v.statementIndex === HEADLINE_INDEX && v.text === '$387 million')).toBe(true);
  });

  it('keeps one value per article in a row, and leaves out places in a series', () => {
    for (const story of ['suez-2021', 'east-palestine-2023'])
      for (const row of table(story)) {
        const ids = row.values.map((v) => v.sourceId);
        expect(new Set(ids).size).toBe(ids.length);
        expect(row.dimension).not.toBe('ordinal');
      }
  });

  it('never puts in one row two values further apart in size than ROW_RATIO_MAX', () => {
    for (const story of ['suez-2021', 'east-palestine-2023'])
      for (const row of table(story)) {
        const sizes = row.values
          .map((v) => Math.abs(v.high >= Number.MAX_VALUE ? v.low : (v.low + v.high) / 2))
          .filter((x) => x > 0);
        if (sizes.length > 1) expect(Math.max(...sizes) / Math.min(...sizes)).toBeLessThanOrEqual(ROW_RATIO_MAX);
      }
  });
});
