import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Comparison, Match } from '../../lib/types';
import type { ImportFile } from '../../utils/shared/service-types';
import { closeStores, setupService as setup } from './fixtures/source-service';

// The real story index, its regroupings counted: how often the background groups the corpus.
const regroup = vi.hoisted(() => vi.fn());
vi.mock('../../lib/stories/group-stories', async (original) => {
  const actual = await original<typeof import('../../lib/stories/group-stories')>();
  return {
    ...actual,
    createStoryIndex: vi.fn((options?: Parameters<typeof actual.createStoryIndex>[0]) => {
      const index = actual.createStoryIndex(options);
      return {
        ...index,
        updateInSlices: (...args: Parameters<typeof index.updateInSlices>) => {
          regroup();
          return index.updateInSlices(...args);
        },
      };
    }),
  };
});
const groupStories = regroup;

/** Pages of the shared Suez story (tests/pages, copies of ../shared/stories/suez-2021/pages). */
const SUEZ = [
  'suez-2021-p01-thenational-consistent',
  'suez-2021-p02-africanews-disagree',
  'suez-2021-p04-fmt-update',
  'suez-2021-p05-thenational-update',
];
const UNRELATED = 'suez-2021-p07-cnn-unrelated';

const pageFile = (name: string): ImportFile => ({
  name: `${name}.html`,
  type: 'text/html',
  text: readFileSync(new URL(`../pages/${name}/source.html`, import.meta.url), 'utf8'),
});

async function importSuez() {
  const { service, compare } = setup();
  const result = await service.importSources([...SUEZ, UNRELATED].map(pageFile));
  expect(result.refused).toEqual([]);
  const ids = Object.fromEntries([...SUEZ, UNRELATED].map((name, i) => [name, result.added[i]!.meta.id]));
  return { service, compare, ids };
}

type Setup = Awaited<ReturnType<typeof importSuez>>;

/** The stand-in engine matches the page with the first Suez page (agrees) and the second (conflicts). */
function matchSuez(compare: Setup['compare'], ids: Setup['ids']): void {
  const match = (sourceId: string, stance: Match['stance']): Match => ({
    sourceId,
    outlet: 'x',
    published: '2021-03-29',
    sourceIndex: 0,
    text: 't',
    stance,
    score: 1,
    why: '',
    timing: 'earlier',
    shared: [],
    spans: { page: [], source: [] },
  });
  compare.mockImplementation((article): Comparison => ({
    page: { title: article.title, url: article.url, lang: 'en', published: '2021-08-01', readerable: true },
    statements: [
      {
        index: 0,
        text: 'A ship blocked the canal.',
        matches: [match(ids[SUEZ[0]!]!, 'corroborates'), match(ids[SUEZ[1]!]!, 'conflicts')],
        outlets: { corroborating: [], conflicting: [] },
      },
    ],
    summary: { checked: 1, corroborated: 1, conflicting: 1, corroboratingOutlets: [], conflictingOutlets: [] },
  }));
}

describe('the reader’s stories, in the background', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(closeStores);

  it('groups the corpus into stories, newest first, the Suez pages as one and the unrelated page apart', async () => {
    const { service, ids } = await importSuez();
    const stories = await service.listStories();
    const suez = stories.find((s) => s.articles.some((a) => a.sourceId === ids[SUEZ[0]!]))!;
    expect(suez.articles.map((a) => a.sourceId)).toEqual(expect.arrayContaining(SUEZ.map((n) => ids[n])));
    expect(suez.articles.map((a) => a.sourceId)).not.toContain(ids[UNRELATED]);
    expect(suez.first <= suez.last).toBe(true);
    const lasts = stories.map((s) => s.last);
    expect(lasts).toEqual([...lasts].sort().reverse());
    // Every source is in exactly one story.
    expect(stories.flatMap((s) => s.articles).length).toBe((await service.listSources()).length);
  });

  it('gives a story with its figures by id, and nothing for an unknown id', async () => {
    const { service } = await importSuez();
    const [first] = await service.listStories();
    const detail = await service.getStory(first!.id);
    expect(detail).toMatchObject({ id: first!.id, title: first!.title, articles: first!.articles });
    expect(Array.isArray(detail!.figures)).toBe(true);
    expect(await service.getStory('no-such-story')).toBeUndefined();
  });

  it('computes the stories once per corpus, and again after the corpus changes', async () => {
    const { service, ids } = await importSuez();
    vi.mocked(groupStories).mockClear();
    const stories = await service.listStories();
    expect(await service.listStories()).toBe(stories);
    expect(groupStories).toHaveBeenCalledTimes(1);
    const detail = await service.getStory(stories[0]!.id);
    expect(await service.getStory(stories[0]!.id)).toBe(detail);
    await service.removeSource(ids[SUEZ[1]!]!);
    const after = await service.listStories();
    expect(after).not.toBe(stories);
    expect(after.flatMap((s) => s.articles.map((a) => a.sourceId))).not.toContain(ids[SUEZ[1]!]);
  });

  it('answers the panel’s story line from the stories last computed, without grouping again', async () => {
    const { service, compare, ids } = await importSuez();
    matchSuez(compare, ids);
    const stories = await service.listStories();
    await service.removeSource(ids[UNRELATED]!);
    vi.mocked(groupStories).mockClear();
    expect((await service.analyseTab(5)).story).toMatchObject({ agree: 1, differ: 1 });
    // The panel's comparison did not wait for a regrouping: it started one, in slices, which the
    // Stories page's next request takes (no second one).
    expect(await service.listStories()).not.toBe(stories);
    expect(groupStories).toHaveBeenCalledTimes(1);
  });

  it('narrows a search to a story, an outlet and dates', async () => {
    const { service, ids } = await importSuez();
    const all = await service.search('canal', 50);
    expect(new Set(all.map((h) => h.outlet)).size).toBeGreaterThan(1);
    const suez = (await service.listStories()).find((s) => s.articles.some((a) => a.sourceId === ids[SUEZ[0]!]))!;
    const inStory = new Set(suez.articles.map((a) => a.sourceId));
    const byStory = await service.search('canal', 50, { story: suez.id });
    expect(byStory.length).toBeGreaterThan(0);
    expect(byStory.every((h) => inStory.has(h.sourceId))).toBe(true);
    const byOutlet = await service.search('canal', 50, { outlet: 'Africanews' });
    expect(byOutlet.length).toBeGreaterThan(0);
    expect(byOutlet.every((h) => h.outlet === 'Africanews')).toBe(true);
    const byDate = await service.search('canal', 50, { from: '2021-05-01', to: '2021-06-30' });
    expect(byDate.length).toBeGreaterThan(0);
    expect(byDate.every((h) => h.published >= '2021-05-01' && h.published <= '2021-06-30')).toBe(true);
    expect(await service.search('canal', 50, { story: 'no-such-story' })).toEqual([]);
  });

  it('says in a comparison which story the page belongs to, with its earlier articles that agree or differ', async () => {
    const { service, compare, ids } = await importSuez();
    matchSuez(compare, ids);
    const suez = (await service.listStories()).find((s) => s.articles.some((a) => a.sourceId === ids[SUEZ[0]!]))!;
    const comparison = await service.analyseTab(5);
    expect(comparison.story).toEqual({
      id: suez.id,
      title: suez.title,
      earlier: suez.articles.length,
      agree: 1,
      differ: 1,
    });
  });
});
