import type { Corpus } from '../../lib/corpus/load-corpus';
import { createStoryIndex } from '../../lib/stories/group-stories';
import type { Story, StoryDetail } from '../../lib/stories/story-types';

/** What the story cache reads: the corpus, and a number that changes whenever the corpus does. */
export interface StoryCacheDeps {
  getCorpus(): Promise<Corpus>;
  generation(): number;
  /** The engine's buildStoryDetail (lib/stories/build-figures-table.ts). */
  buildDetail(story: Story, corpus: Corpus): StoryDetail;
  /** Lets other requests run between slices of a regrouping; defaults to a macrotask. */
  pause?: () => Promise<void>;
}

interface Built {
  generation: number;
  stories: Story[];
  byId: Map<string, Story>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The reader's stories and each story's figures (buildDetail). One story index
 * (lib/stories/group-stories.ts createStoryIndex) is kept for the background's life: after a change
 * only the new articles' neighbours are found (about a second at 10,000 articles, against 15 s from
 * scratch), in slices so the background keeps answering, and one regrouping runs at a time.
 * The Stories page and the search's story filter wait for the current stories; a comparison does
 * not (`latest`): it takes the last stories built, so a page's panel is never held up by grouping.
 */
export function createStoryCache(deps: StoryCacheDeps) {
  const index = createStoryIndex();
  let built: Built | null = null;
  let running: Promise<Built> | null = null;
  let details = new Map<string, StoryDetail>();

  function regroup(): Promise<Built> {
    running ??= (async () => {
      const corpus = await deps.getCorpus();
      // Read after the corpus: a load may itself have been a change.
      const generation = deps.generation();
      const stories = await index.updateInSlices(corpus, deps.pause ?? nextTask);
      built = { generation, stories, byId: new Map(stories.map((s) => [s.id, s])) };
      details = new Map();
      return built;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function read(): Promise<{ corpus: Corpus } & Built> {
    for (;;) {
      const corpus = await deps.getCorpus();
      if (built?.generation === deps.generation()) return { corpus, ...built };
      // A regrouping already under way may have begun before the last change: then once more.
      const fresh = await regroup();
      if (fresh.generation === deps.generation()) return { corpus, ...fresh };
    }
  }

  return {
    /** Every story, newest first. */
    async list(): Promise<Story[]> {
      return (await read()).stories;
    },

    /**
     * The stories as last built, without waiting for a regrouping the last change calls for (which
     * this starts). Before any was built it waits at most `waitMs` for the first.
     */
    async latest(waitMs: number): Promise<Story[]> {
      const stale = built === null || built.generation !== deps.generation();
      const fresh = stale ? regroup() : null;
      if (built) return built.stories;
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), waitMs));
      return (await Promise.race([fresh!, timeout]))?.stories ?? [];
    },

    /** Starts grouping now (after start-up), so the first comparisons find stories built. */
    warm(): void {
      regroup().catch((err: unknown) => console.warn('Crosscheck: stories were not grouped', err));
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
