import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { compareArticle, emptyComparison } from '../../lib/compare-article';
import { loadCorpus, type Corpus } from '../../lib/corpus/load-corpus';
import { addSources } from '../../lib/corpus/update-corpus';
import { createUserSourceId, isUserSourceId } from '../../lib/corpus/source-id';
import { searchCorpus, type SearchFilters, type SearchHit } from '../../lib/search/search-corpus';
import { buildStoryDetail } from '../../lib/stories/build-figures-table';
import { findPageStory } from '../../lib/stories/find-page-story';
import type { Story, StoryDetail } from '../../lib/stories/story-types';
import type { AnalysedCorpus, Article, Comparison } from '../../lib/types';
import type { WordVectors } from '../../lib/semantic/word-vectors';
import type { Lexicon } from '../../lib/lexicon/load-lexicon';
import type { StanceModel } from '../../lib/stance/stance-model';
import type { CorpusStatus, PageReading, SearchOptions, SourceView } from '../shared/service-types';
import { getAnalysisProgressItem, getTabResultItem, rememberReadingItem } from '../shared/storage';
import { describeScriptingError } from '../shared/describe-scripting-error';
import { getPageKey } from '../shared/get-page-key';
import { createSourceManager, type CorpusState } from './create-source-manager';
import { loadUserSources } from './load-user-sources';
import { createReasonPhrases } from './create-reason-phrases';
import { createStoryCache } from './create-story-cache';
import { createChangeQueue } from './create-change-queue';
import { createReadingMemory, getRememberedId } from './create-reading-memory';
import type { UserSourceStore } from '../source-store/user-sources';
import { ReaderError } from '../shared/reader-error';

/** What the service needs from the browser; injected so Node tests can run it with fakes. */
export interface AnalysisDeps {
  /** Fetches the shipped analysed corpus (public/corpus-index.json). */
  loadCorpusAsset(): Promise<AnalysedCorpus>;
  /** Reads the shipped word vectors (public/word-vectors.*); without them the engine matches exact terms only. */
  loadWordVectors?(): Promise<WordVectors | null>;
  /** Reads the shipped WordNet lexicon (public/lexicon.json); without it only word vectors relate different terms. */
  loadLexicon?(): Promise<Lexicon | null>;
  /** Reads the shipped stance model (public/stance-model.*); without it the engine relies on its explicit evidence only. */
  loadStanceModel?(): Promise<StanceModel | null>;
  /** Runs the content script in the tab and returns what it read. */
  readTab(tabId: number): Promise<PageReading>;
  /** Scrolls the tab to a statement's text and highlights it (utils/page/highlight-in-page.ts); false when not found. */
  highlightInTab?(tabId: number, text: string): Promise<boolean>;
  /** The reader's own sources (IndexedDB). Without it the corpus is the shipped one and the source messages fail. */
  userSources?: UserSourceStore;
  /** Which engine analyses sources (the extension's version): stored sources analysed by another are re-analysed. */
  engineVersion?: () => string;
  /** Reads imported HTML the options page did not extract already (tests; Chrome's service worker has no DOM). */
  readHtml?: (html: string) => Article | null;
  /** Defaults to the engine's `compareArticle` (the e2e build may pin results: with-comparison-fixtures.ts). */
  compare?: CompareArticle;
  /** Builds a story's figures table (the engine's buildStoryDetail; tests may stand in). */
  buildStoryDetail?: (story: Story, corpus: Corpus) => StoryDetail;
  /** Whether a tab is in a private window (its pages are never remembered); defaults to `tabs.get`. */
  isIncognito?: (tabId: number) => Promise<boolean>;
  now?: () => number;
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;

/** What compares a page's article with the corpus: the engine's `compareArticle`, or a stand-in that may answer later. */
export type CompareArticle = (
  ...args: Parameters<typeof compareArticle>
) => ReturnType<typeof compareArticle> | Promise<ReturnType<typeof compareArticle>>;

/**
 * The background's work: load the corpus once (lazily: the shipped asset, minus the shipped
 * sources the reader removed, plus the reader's own), read a tab, compare it in the service
 * worker, cache the result per tab in session storage, answer search and source look-ups, and
 * add, import, remove and export the reader's sources (`createSourceManager`), updating the corpus in place.
 */
/**
 * How long a comparison waits for the first grouping of the stories after start-up (later ones never
 * wait): a small corpus is grouped in a few milliseconds, a corpus of 10,000 in about 15 s.
 */
export const FIRST_STORIES_WAIT_MS = 300;

/**
 * How long the reader's sources must stay unchanged before a comparison that an import overtook
 * runs again (an import stores file after file, a few hundred milliseconds apart), and how many
 * times it runs at most before the last result is given as it is (not stored).
 */
const SOURCES_QUIET_MS = 1000;
const RECOMPARE_MAX = 30;

export function createAnalysisService(deps: AnalysisDeps) {
  const compare = deps.compare ?? compareArticle;
  const now = deps.now ?? Date.now;
  const engineVersion = () => deps.engineVersion?.() ?? 'dev';
  let state: Promise<CorpusState> | undefined;
  /**
   * The state once loaded (`state` resolved), to answer without waiting for a load under way or
   * starting one (the search's readiness, the popup's glance at the news memory).
   */
  let loadedState: CorpusState | null = null;
  /** Analyses under way, so the panel and the shortcut asking at once share one run. */
  const running = new Map<number, Promise<Comparison>>();
  /** The address each tab's stored result was read from (this worker's runs; forgotten with the result). */
  const analysedUrl = new Map<number, string>();
  /** Bumped when a tab navigates: a run that started before must not store its (stale) result. */
  const generation = new Map<number, number>();
  /** Bumped when the corpus changes: every result computed before is stale. */
  let corpusGeneration = 0;
  /** Changes of the corpus that keep the tabs' results (a page remembered): the stories still regroup. */
  let storiesGeneration = 0;
  /** How long the last load of the corpus took (the options page shows it; `npm run bench` reads it). */
  let loadTimes: { totalMs: number; userMs: number } | null = null;
  const queue = createChangeQueue(getState, deps.userSources);
  const sources = createSourceManager({
    getState,
    store: deps.userSources,
    readTab: deps.readTab,
    readHtml: deps.readHtml,
    engineVersion,
    onCorpusChanged: () => forgetAllTabs(),
    now,
    queue,
  });
  const memory = createReadingMemory({
    queue,
    getState,
    loadedState: () => loadedState,
    engineVersion,
    now,
    isIncognito: deps.isIncognito ?? (async (tabId) => (await browser.tabs.get(tabId)).incognito),
    onCorpusChanged: forgetAllTabs,
    onRemembered: () => {
      storiesGeneration++;
    },
  });
  const stories = createStoryCache({
    getCorpus,
    generation: () => corpusGeneration + storiesGeneration,
    buildDetail: deps.buildStoryDetail ?? buildStoryDetail,
  });

  function applyRetention(): Promise<number> {
    return memory.applyRetention().catch((err: unknown) => {
      console.warn('Crosscheck: the news memory could not forget what it no longer keeps', err);
      return 0;
    });
  }
  // The reader lowered what is kept: forget at once (a corpus not loaded yet is trimmed when it is).
  rememberReadingItem.watch((next, before) => {
    if (!loadedState || !next) return;
    if (next.keepArticles !== before?.keepArticles || next.keepDays !== before?.keepDays) void applyRetention();
  });

  function getState(): Promise<CorpusState> {
    if (state) return state;
    // Without word vectors the engine still works on exact terms: warn, do not fail the reader.
    const vectors = (deps.loadWordVectors?.() ?? Promise.resolve(null)).catch((err: unknown) => {
      console.warn('Crosscheck: word vectors not loaded; matching exact terms only', err);
      return null;
    });
    const stance = (deps.loadStanceModel?.() ?? Promise.resolve(null)).catch((err: unknown) => {
      console.warn('Crosscheck: stance model not loaded; explicit evidence only', err);
      return null;
    });
    const lexicon = (deps.loadLexicon?.() ?? Promise.resolve(null)).catch((err: unknown) => {
      console.warn('Crosscheck: lexicon not loaded; no WordNet synonyms or antonyms', err);
      return null;
    });
    const started = performance.now();
    let userMs = 0;
    const user = loadUserSources(deps.userSources, engineVersion, now).finally(() => {
      userMs = performance.now() - started;
    });
    state = Promise.all([deps.loadCorpusAsset(), vectors, user, stance, lexicon])
      .then(([asset, vectors, user, stance, lexicon]) => {
        const hidden = new Set(user.hidden.filter((id) => asset.sources.some((s) => s.id === id)));
        const shipped: AnalysedCorpus = {
          ...asset,
          sources: asset.sources.filter((s) => !hidden.has(s.id)),
          statements: asset.statements.filter((st) => !hidden.has(st.sourceId)),
        };
        const corpus = loadCorpus(shipped, vectors, stance, lexicon);
        const indexing = performance.now();
        addSources(corpus, user.sources, user.indexes);
        // The reader's part: reading their sources from IndexedDB, then indexing them.
        loadTimes = { totalMs: performance.now() - started, userMs: userMs + performance.now() - indexing };
        // Group the stories once the corpus is there, in slices, before a comparison asks.
        setTimeout(() => stories.warm(), 0);
        // Articles that aged past the reader's retention while the browser was closed.
        setTimeout(() => void applyRetention(), 0);
        loadedState = { corpus, asset, hidden };
        return loadedState;
      })
      .catch((err: unknown) => {
        state = undefined;
        throw new ReaderError(i18n.t('errors.corpus.notLoaded'), { cause: err });
      });
    return state;
  }

  function getCorpus(): Promise<Corpus> {
    return getState().then((s) => s.corpus);
  }

  /**
   * Drops every stored tab result: the corpus changed, so they no longer say what it says. But
   * `keepTab`'s: its result was computed just now, and the change (the news memory keeping its
   * page, forgetting the oldest) does not concern it.
   */
  async function forgetAllTabs(keepTab?: number): Promise<void> {
    corpusGeneration++;
    const keys = Object.keys(await storage.snapshot('session'));
    const tabs = keys
      .map((k) => /^tabResult:(\d+)$/.exec(k)?.[1])
      .filter((id) => id !== undefined && Number(id) !== keepTab);
    await Promise.all(tabs.map((id) => getTabResultItem(Number(id)).removeValue()));
    // A panel showing one of them asks again once the sources are quiet (use-tab-comparison.ts);
    // meanwhile it says why its result went, written after the drop, which resets its progress.
    await Promise.all(
      tabs.map((id) =>
        getAnalysisProgressItem(Number(id))
          .setValue({ stage: 'updating', at: now() })
          .catch(() => undefined),
      ),
    );
  }

  /** Comparison.story: the reader's story the page's matches mostly belong to. The comparison stands without it. */
  async function addPageStory(comparison: Comparison, own: readonly string[]): Promise<void> {
    if (!comparison.statements.some((s) => s.matches.length > 0)) return;
    try {
      const excluded = [...own, ...(comparison.inCorpus ? [comparison.inCorpus.sourceId] : [])];
      // The last stories built: a regrouping the corpus's last change calls for does not hold up the panel.
      const story = findPageStory(comparison, await stories.latest(FIRST_STORIES_WAIT_MS), excluded);
      if (story) comparison.story = story;
    } catch (err) {
      console.warn('Crosscheck: the page’s story was not found', err);
    }
  }

  /** Resolves once the reader's sources have not changed for `quietMs` (an import is many changes). */
  async function sourcesSettled(quietMs: number): Promise<void> {
    for (;;) {
      const seen = corpusGeneration;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      if (seen === corpusGeneration) return;
    }
  }

  async function runAnalysis(tabId: number): Promise<Comparison> {
    const startedIn = generation.get(tabId) ?? 0;
    let reading: PageReading;
    try {
      reading = await deps.readTab(tabId);
    } catch (err) {
      throw describeScriptingError(err);
    }
    for (let attempt = 1; ; attempt++) {
      const corpusStartedIn = corpusGeneration;
      const comparison = await compareReading(reading);
      // The page moved on meanwhile: this result is of a page no longer shown (nothing stored).
      if ((generation.get(tabId) ?? 0) !== startedIn) return comparison;
      if (corpusGeneration === corpusStartedIn) {
        await keepResult(tabId, reading, comparison);
        return comparison;
      }
      // The sources changed while it compared (an import under way, a source removed): the result
      // is of a corpus that no longer exists. Say so, and compare again once the changes settle.
      if (attempt >= RECOMPARE_MAX) return comparison;
      await getAnalysisProgressItem(tabId)
        .setValue({ stage: 'updating', at: now() })
        .catch(() => undefined);
      await sourcesSettled(SOURCES_QUIET_MS);
      if ((generation.get(tabId) ?? 0) !== startedIn) return comparison;
    }
  }

  /** The page's article compared with the corpus as it is now. */
  async function compareReading(reading: PageReading): Promise<Comparison> {
    let comparison: Comparison;
    if (reading.article) {
      const corpus = await getCorpus();
      // A page the reader added as a source, or the memory kept, is not matched against itself.
      const own = [createUserSourceId(reading.url, []), getRememberedId(reading)].filter((id) =>
        corpus.sources.has(id),
      );
      // Each match's "why" line in the reader's language.
      const phrases = createReasonPhrases();
      comparison = await compare(
        reading.article,
        corpus,
        own.length ? { excludeSourceIds: [...new Set(own)], phrases } : { phrases },
      );
      await addPageStory(comparison, own);
    } else {
      comparison = notAnArticle(reading);
    }
    return comparison;
  }

  /** Stores a tab's result, computed on the current corpus, and remembers the page when the reader asked for that. */
  async function keepResult(tabId: number, reading: PageReading, comparison: Comparison): Promise<void> {
    analysedUrl.set(tabId, reading.url);
    await getTabResultItem(tabId).setValue({ url: reading.url, analysedAt: now(), comparison });
    // Kept once the result is: remembering changes the corpus, not this result. A failure to
    // remember must not fail the comparison the reader asked for.
    if (reading.article) {
      await memory
        .rememberTab(tabId, reading)
        .catch((err: unknown) => console.warn('Crosscheck: the page was not remembered', err));
    }
  }

  return {
    async analyseTab(tabId: number, force = false): Promise<Comparison> {
      if (!force) {
        const cached = await getTabResultItem(tabId).getValue();
        if (cached) return cached.comparison;
      }
      let run = running.get(tabId);
      if (!run) {
        run = runAnalysis(tabId).finally(() => running.delete(tabId));
        running.set(tabId, run);
      }
      return run;
    },

    async getTabResult(tabId: number): Promise<Comparison | null> {
      return (await getTabResultItem(tabId).getValue())?.comparison ?? null;
    },

    /**
     * Drops a tab's result: it navigated, reloaded or closed. Given the tab's new address, a result
     * for the same address but another #fragment is kept (the same article, scrolled).
     */
    async forgetTab(tabId: number, url?: string): Promise<void> {
      // Decided at once, without a storage read: a 'complete' right behind this 'loading' must not
      // find the old result still stored.
      const known = analysedUrl.get(tabId);
      if (url !== undefined && known !== undefined && known !== url && getPageKey(known) === getPageKey(url)) return;
      analysedUrl.delete(tabId);
      memory.forgetTab(tabId);
      generation.set(tabId, (generation.get(tabId) ?? 0) + 1);
      // A run under way reads the page that is gone: the next request starts afresh rather than join it.
      running.delete(tabId);
      await getTabResultItem(tabId).removeValue();
    },

    /** The size of the corpus, and how long loading it took in this service worker. */
    async corpusStatus(): Promise<CorpusStatus> {
      const { corpus } = await getState();
      const userSources = [...corpus.sources.keys()].filter(isUserSourceId).length;
      return {
        sources: corpus.sources.size,
        userSources,
        statements: corpus.size,
        loadMs: loadTimes?.totalMs ?? 0,
        userMs: loadTimes?.userMs ?? 0,
      };
    },

    /**
     * Whether a search will answer at once: the corpus is loaded and its search index built. The
     * first search after the background starts builds the index (getSearchIndex), which takes a
     * few seconds on a corpus of thousands of sources; the popup says so meanwhile. Never waits.
     */
    async isSearchIndexBuilt(): Promise<boolean> {
      return loadedState?.corpus.index != null;
    },

    /** Statements matching `query`, best first; `options.story`, `outlet`, `from`, `to` narrow it (SearchOptions). */
    async search(query: string, limit = 20, options: SearchOptions = {}): Promise<SearchHit[]> {
      const corpus = await getCorpus();
      const filters: SearchFilters = {
        ...(options.story !== undefined ? { sourceIds: await stories.sourceIds(options.story) } : {}),
        ...(options.outlet ? { outlet: options.outlet } : {}),
        ...(options.from ? { from: options.from } : {}),
        ...(options.to ? { to: options.to } : {}),
      };
      return searchCorpus(corpus, query, limit, filters);
    },

    /** The reader's stories: their corpus's articles grouped by the event they report, newest first. */
    async listStories(): Promise<Story[]> {
      return stories.list();
    },

    /** One story with its figures table; undefined when no story has this id (the corpus changed). */
    async getStory(id: string): Promise<StoryDetail | undefined> {
      return stories.get(id);
    },

    async getSource(sourceId: string): Promise<SourceView> {
      const loaded = await getCorpus();
      const meta = loaded.sources.get(sourceId);
      if (!meta) throw new ReaderError(i18n.t('errors.corpus.noSource'));
      const statements = (loaded.bySource.get(sourceId) ?? []).map(({ index, text }) => ({ index, text }));
      return { meta, statements };
    },

    /** Scrolls the tab to the page statement and highlights it (CSS Custom Highlight API); false when not found. */
    async showInPage(tabId: number, text: string): Promise<boolean> {
      return deps.highlightInTab ? deps.highlightInTab(tabId, text) : false;
    },

    ...sources,
    ...memory.methods,
  };
}

/** A page with no article: not one, a PDF, or too large to read (with its size). */
function notAnArticle(reading: PageReading): Comparison {
  const comparison = emptyComparison(
    { title: reading.title, url: reading.url, lang: '', published: null, readerable: false },
    reading.unread?.reason ?? 'not-article',
  );
  if (reading.unread?.reason === 'too-large') comparison.tooLarge = reading.unread.size;
  return comparison;
}
