import { compareArticle, emptyComparison } from '../lib/compare-article';
import { loadCorpus, type Corpus } from '../lib/corpus/load-corpus';
import { searchCorpus, type SearchHit } from '../lib/search/search-corpus';
import type { AnalysedCorpus, Comparison } from '../lib/types';
import type { WordVectors } from '../lib/semantic/word-vectors';
import type { PageReading, SourceView } from './messaging';
import { getTabResultItem } from './storage';
import { describeScriptingError } from './describe-scripting-error';

/** What the service needs from the browser; injected so Node tests can run it with fakes. */
export interface AnalysisDeps {
  /** Fetches the shipped analysed corpus (public/corpus-index.json). */
  loadCorpusAsset(): Promise<AnalysedCorpus>;
  /** Reads the shipped word vectors (public/word-vectors.*); without them the engine matches exact terms only. */
  loadWordVectors?(): Promise<WordVectors | null>;
  /** Runs the content script in the tab and returns what it read. */
  readTab(tabId: number): Promise<PageReading>;
  /** Defaults to the engine's `compareArticle`. */
  compare?: typeof compareArticle;
  now?: () => number;
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;

/**
 * The background's work: load the corpus once (lazily), read a tab, compare it in the service
 * worker, cache the result per tab in session storage, answer search and source look-ups.
 */
export function createAnalysisService(deps: AnalysisDeps) {
  const compare = deps.compare ?? compareArticle;
  const now = deps.now ?? Date.now;
  let corpus: Promise<Corpus> | undefined;
  /** Analyses under way, so the panel and the shortcut asking at once share one run. */
  const running = new Map<number, Promise<Comparison>>();
  /** Bumped when a tab navigates: a run that started before must not store its (stale) result. */
  const generation = new Map<number, number>();

  function getCorpus(): Promise<Corpus> {
    if (corpus) return corpus;
    // Without word vectors the engine still works on exact terms: warn, do not fail the reader.
    const vectors = (deps.loadWordVectors?.() ?? Promise.resolve(null)).catch((err: unknown) => {
      console.warn('Crosscheck: word vectors not loaded; matching exact terms only', err);
      return null;
    });
    corpus = Promise.all([deps.loadCorpusAsset(), vectors])
      .then(([asset, vectors]) => loadCorpus(asset, vectors))
      .catch((err: unknown) => {
        corpus = undefined;
        throw new Error('Crosscheck could not load its corpus. Reinstall or reload the extension.', { cause: err });
      });
    return corpus;
  }

  async function runAnalysis(tabId: number): Promise<Comparison> {
    const startedIn = generation.get(tabId) ?? 0;
    let reading: PageReading;
    try {
      reading = await deps.readTab(tabId);
    } catch (err) {
      throw describeScriptingError(err);
    }
    const comparison = reading.article
      ? compare(reading.article, await getCorpus())
      : notAnArticle(reading);
    if ((generation.get(tabId) ?? 0) === startedIn) {
      await getTabResultItem(tabId).setValue({ url: reading.url, analysedAt: now(), comparison });
    }
    return comparison;
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

    /** Drops a tab's result: it navigated, reloaded or closed. */
    async forgetTab(tabId: number): Promise<void> {
      generation.set(tabId, (generation.get(tabId) ?? 0) + 1);
      await getTabResultItem(tabId).removeValue();
    },

    async search(query: string, limit = 20): Promise<SearchHit[]> {
      return searchCorpus(await getCorpus(), query, limit);
    },

    async getSource(sourceId: string): Promise<SourceView> {
      const loaded = await getCorpus();
      const meta = loaded.sources.get(sourceId);
      if (!meta) throw new Error(`There is no corpus source "${sourceId}".`);
      const statements = (loaded.bySource.get(sourceId) ?? []).map(({ index, text }) => ({ index, text }));
      return { meta, statements };
    },
  };
}

function notAnArticle(reading: PageReading): Comparison {
  return emptyComparison({ title: reading.title, url: reading.url, lang: '', published: null, readerable: false }, 'not-article');
}
