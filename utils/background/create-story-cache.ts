import type { Corpus } from '../../lib/corpus/load-corpus';
import { groupStories } from '../../lib/stories/group-stories';
import type { Story, StoryDetail } from '../../lib/stories/story-types';

/** What the story cache reads: the corpus, and a number that changes whenever the corpus does. */
export interface StoryCacheDeps {
  getCorpus(): Promise<Corpus>;
  generation(): number;
  /** The engine's buildStoryDetail (lib/stories/build-figures-table.ts). */
  buildDetail(story: Story, corpus: Corpus): StoryDetail;
}

/**
 * The reader's stories (groupStories) and each story's figures (buildDetail), computed on the first
 * request after the corpus changed and kept until it changes again: grouping compares every
 * article with its neighbours, too slow to repeat for each page the panel compares.
 */
export function createStoryCache(deps: StoryCacheDeps) {
  let cached: { generation: number; stories: Story[]; byId: Map<string, Story> } | null = null;
  let details = new Map<string, StoryDetail>();

  async function read(): Promise<{ corpus: Corpus; stories: Story[]; byId: Map<string, Story> }> {
    const corpus = await deps.getCorpus();
    // Read after the corpus: a load may itself have been a change.
    const generation = deps.generation();
    if (cached?.generation !== generation) {
      const stories = groupStories(corpus);
      cached = { generation, stories, byId: new Map(stories.map((s) => [s.id, s])) };
      details = new Map();
    }
    return { corpus, ...cached };
  }

  return {
    /**
     * The stories as last computed, even if the corpus changed since (computing them first if never
     * done): for the panel's story line, which must not wait for a whole memory to be grouped again
     * each time a page read adds to it. Articles added since are in no story yet.
     */
    async latest(): Promise<Story[]> {
      return cached ? cached.stories : (await read()).stories;
    },

    /** Every story, newest first. */
    async list(): Promise<Story[]> {
      return (await read()).stories;
    },

    /** One story with its figures; undefined for an id that is no story (any more). */
    async get(id: string): Promise<StoryDetail | undefined> {
      const { corpus, byId } = await read();
      const story = byId.get(id);
      if (!story) return undefined;
      let detail = details.get(id);
      if (!detail) details.set(id, (detail = deps.buildDetail(story, corpus)));
      return detail;
    },

    /** The source ids of a story (the search's story filter); empty for an unknown id. */
    async sourceIds(id: string): Promise<string[]> {
      return ((await read()).byId.get(id)?.articles ?? []).map((a) => a.sourceId);
    },
  };
}

export type StoryCache = ReturnType<typeof createStoryCache>;
