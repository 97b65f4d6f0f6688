import { describe, expect, it } from 'vitest';
import { loadShippedCorpus } from '../../node/compare-file';
import { removeSources } from '../../lib/corpus/update-corpus';
import { buildStoryDetail } from '../../lib/stories/build-figures-table';
import { createStoryCache } from '../../utils/background/create-story-cache';

// The background's story cache over a real corpus (the shipped seeds): current stories for the
// Stories page, the last built ones for a comparison, one regrouping at a time.
function setup() {
  const corpus = loadShippedCorpus();
  let generation = 0;
  let pauses = 0;
  const cache = createStoryCache({
    getCorpus: () => Promise.resolve(corpus),
    generation: () => generation,
    buildDetail: buildStoryDetail,
    pause: async () => {
      pauses++;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  });
  const change = (id: string) => {
    removeSources(corpus, [id]);
    generation++;
  };
  return { corpus, cache, change, pauses: () => pauses };
}

const articles = (stories: Array<{ articles: Array<{ sourceId: string }> }>) =>
  stories.flatMap((s) => s.articles.map((a) => a.sourceId)).sort();

describe('createStoryCache', () => {
  it('lists the stories of the corpus as it is now, after a change too', async () => {
    const { corpus, cache, change } = setup();
    expect(articles(await cache.list())).toEqual([...corpus.sources.keys()].sort());
    const gone = [...corpus.sources.keys()][0]!;
    change(gone);
    expect(articles(await cache.list())).not.toContain(gone);
  });

  it('gives a comparison the last stories built without waiting for the regrouping a change calls for', async () => {
    const { corpus, cache, change } = setup();
    const before = await cache.list();
    const gone = [...corpus.sources.keys()][0]!;
    change(gone);
    // At once the stories as they were; the regrouping it started brings the new ones.
    expect(await cache.latest(0)).toBe(before);
    expect(articles(await cache.list())).not.toContain(gone);
    expect(articles(await cache.latest(0))).not.toContain(gone);
  });

  it('waits for the first stories when none were built yet', async () => {
    expect((await setup().cache.latest(5_000)).length).toBeGreaterThan(0);
  });

  it('runs one regrouping at a time however many ask', async () => {
    const { cache } = setup();
    const [a, b, c] = await Promise.all([cache.list(), cache.list(), cache.sourceIds('none')]);
    expect(a).toBe(b);
    expect(c).toEqual([]);
  });

  it('builds a story’s figures once, and again after a change', async () => {
    const { corpus, cache, change } = setup();
    const [story] = await cache.list();
    const detail = await cache.get(story!.id);
    expect(detail?.figures.length).toBeGreaterThan(0);
    expect(await cache.get(story!.id)).toBe(detail);
    change([...corpus.sources.keys()].find((id) => id !== story!.id)!);
    expect(await cache.get(story!.id)).not.toBe(detail);
  });
});
