import { describe, expect, it } from 'vitest';
import { buildStoryMemory, readSeedArticles, readStoryArticles, sharedStoryDirs } from '../../node/story-memory';
import {
  averageLinkage,
  createStoryIndex,
  groupStories,
  splitRivals,
  type StoryProfile,
} from '../../lib/stories/group-stories';
import { addSources, removeSources } from '../../lib/corpus/update-corpus';
import { scoreGrouping } from '../../lib/stories/score-grouping';

type Edges = Map<number, Map<number, number>>;
const graph = (n: number, pairs: Array<[number, number, number]>): [number, Edges] => {
  const edges: Edges = new Map();
  for (const [a, b, w] of pairs) {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!edges.has(x)) edges.set(x, new Map());
      edges.get(x)!.set(y, w);
    }
  }
  return [n, edges];
};
const sorted = (groups: number[][]) => groups.map((g) => [...g].sort()).sort((a, b) => a[0]! - b[0]!);

describe('averageLinkage', () => {
  it.each([
    {
      name: 'two tight pairs stay apart when nothing links them',
      g: graph(4, [
        [0, 1, 0.9],
        [2, 3, 0.8],
      ]),
      min: 0.1,
      out: [
        [0, 1],
        [2, 3],
      ],
    },
    {
      // One strong link between two groups is not enough: the mean over all four pairs is 0.15.
      name: 'a single bridge between two pairs does not join them',
      g: graph(4, [
        [0, 1, 0.9],
        [2, 3, 0.8],
        [1, 2, 0.6],
      ]),
      min: 0.2,
      out: [
        [0, 1],
        [2, 3],
      ],
    },
    {
      name: 'a chain joins when the mean link holds',
      g: graph(3, [
        [0, 1, 0.5],
        [1, 2, 0.5],
        [0, 2, 0.4],
      ]),
      min: 0.3,
      out: [[0, 1, 2]],
    },
    { name: 'below the minimum everything stays single', g: graph(3, [[0, 1, 0.05]]), min: 0.1, out: [[0], [1], [2]] },
  ])('$name', ({ g, min, out }) => {
    expect(sorted(averageLinkage(g[0], g[1], min))).toEqual(out);
  });
});

/** A profile as splitRivals reads it: the names of its lead and its publication date. */
const profile = (lead: string[], published: string): StoryProfile =>
  ({
    id: lead.join('+'),
    lead,
    profile: { names: [], acts: [], months: [], published, statements: 0 },
  }) as StoryProfile;

describe('splitRivals', () => {
  it.each([
    {
      // Two years on, a lead naming another ship and not the story's one: another grounding.
      name: 'another ship in the same canal two years later leaves',
      group: [
        profile(['ever given', 'suez canal'], '2021-03-24'),
        profile(['ever given', 'egypt'], '2021-03-29'),
        profile(['ever given'], '2021-04-14'),
        profile(['xin hai tong', 'suez canal'], '2023-05-25'),
      ],
      out: [[0, 1, 2], [3]],
    },
    {
      // Three weeks on, a state agency's count that leads with its own name is a follow-up.
      name: 'a follow-up within weeks that leads with its own news stays',
      group: [
        profile(['norfolk southern', 'east palestine'], '2023-02-04'),
        profile(['norfolk southern', 'east palestine'], '2023-02-07'),
        profile(['east palestine'], '2023-02-14'),
        profile(['ohio department of natural resources'], '2023-02-25'),
      ],
      out: [[0, 1, 2, 3]],
    },
    {
      // "The ship" names nothing of its own: an article long after that only words its lead otherwise stays.
      name: 'a later article whose lead names nothing new stays',
      group: [
        profile(['ever given'], '2021-03-24'),
        profile(['ever given'], '2021-03-29'),
        profile(['ever given'], '2021-04-14'),
        profile([], '2023-05-25'),
      ],
      out: [[0, 1, 2, 3]],
    },
    {
      name: 'two articles are too few to tell a rival',
      group: [profile(['a'], '2020-01-01'), profile(['b'], '2024-01-01')],
      out: [[0, 1]],
    },
  ])('$name', ({ group, out }) => {
    expect(
      splitRivals(
        group.map((_, i) => i),
        group,
      ),
    ).toEqual(out);
  });
});

describe('scoreGrouping', () => {
  it.each([
    {
      name: 'the true grouping',
      groups: [
        ['a', 'a'],
        ['b', 'b', 'b'],
      ],
      purity: 1,
      ari: 1,
    },
    { name: 'everything in one group', groups: [['a', 'a', 'b', 'b']], purity: 0.5, ari: 0 },
    { name: 'a story split in two keeps purity', groups: [['a'], ['a'], ['b', 'b']], purity: 1, ari: 0.571 },
    {
      name: 'one article in the wrong group',
      groups: [
        ['a', 'a', 'b'],
        ['b', 'b'],
      ],
      purity: 0.8,
      ari: 0.167,
    },
  ])('$name', ({ groups, purity, ari }) => {
    const score = scoreGrouping(groups);
    expect(score.purity).toBeCloseTo(purity, 3);
    expect(score.ari).toBeCloseTo(ari, 3);
  });
});

describe('groupStories on the shared stories and the seeds as one memory (issue 14 targets)', () => {
  const articles = [...readSeedArticles(), ...sharedStoryDirs().flatMap(readStoryArticles)];
  const corpus = buildStoryMemory(articles.filter((a) => a.label !== 'seed'));
  const stories = groupStories(corpus);
  const labelOf = new Map(articles.map((a) => [a.meta.id, a.label]));
  const score = scoreGrouping(stories.map((s) => s.articles.map((a) => labelOf.get(a.sourceId)!)));

  it('keeps each story together and mixes none: purity ≥ 0.95, ARI ≥ 0.90', () => {
    expect(sharedStoryDirs().length).toBeGreaterThanOrEqual(2);
    expect(score.purity).toBeGreaterThanOrEqual(0.95);
    expect(score.ari).toBeGreaterThanOrEqual(0.9);
  });

  it('puts every article in exactly one story, oldest first within it, newest story first', () => {
    const ids = stories.flatMap((s) => s.articles.map((a) => a.sourceId));
    expect(new Set(ids).size).toBe(corpus.sources.size);
    expect(ids.length).toBe(corpus.sources.size);
    for (const s of stories) {
      const dates = s.articles.map((a) => a.published);
      expect(dates).toEqual([...dates].sort());
      expect([s.first, s.last]).toEqual([dates[0], dates[dates.length - 1]]);
      expect(s.id).toBe(s.articles[0]!.sourceId);
    }
    const lasts = stories.map((s) => s.last);
    expect(lasts).toEqual([...lasts].sort().reverse());
  });

  it('counts copies of one text as one outlet', () => {
    for (const s of stories) {
      const voices = new Set(s.articles.map((a) => a.copyOf ?? a.sourceId));
      expect(s.outlets).toBe(voices.size);
    }
  });

  it('keeps its stories up to date as articles come and go, as a grouping from scratch would', () => {
    const index = createStoryIndex();
    const ids = (list: ReturnType<typeof groupStories>) => list.map((st) => st.articles.map((a) => a.sourceId));
    expect(ids(index.update(corpus))).toEqual(ids(stories));
    // A story's article forgotten: it leaves its story; remembered again, it is back.
    const gone = stories.find((st) => st.articles.length > 3)!.articles[1]!.sourceId;
    const meta = corpus.sources.get(gone)!;
    const statements = corpus.bySource.get(gone)!;
    removeSources(corpus, [gone]);
    const without = index.update(corpus);
    expect(without.flatMap((st) => st.articles).some((a) => a.sourceId === gone)).toBe(false);
    expect(ids(without)).toEqual(ids(groupStories(corpus)));
    addSources(corpus, [{ meta, statements }]);
    expect(ids(index.update(corpus))).toEqual(ids(stories));
  });
});
