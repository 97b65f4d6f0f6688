import { storage } from 'wxt/utils/storage';
import { compareArticle, emptyComparison } from '../lib/compare-article';
import { loadCorpus, type Corpus } from '../lib/corpus/load-corpus';
import { addSources, removeSources, type CorpusSource } from '../lib/corpus/update-corpus';
import { analyseSource } from '../lib/corpus/analyse-source';
import { sourceFromArticle, type SourceText } from '../lib/corpus/source-from-article';
import { createUserSourceId, isUserSourceId } from '../lib/corpus/source-id';
import { ImportError, parseImport } from '../lib/corpus/parse-import';
import { createUserCorpusExport, type UserCorpusExport } from '../lib/corpus/user-corpus-export';
import { searchCorpus, type SearchHit } from '../lib/search/search-corpus';
import type { AnalysedCorpus, Article, Comparison, SourceMeta } from '../lib/types';
import type { WordVectors } from '../lib/semantic/word-vectors';
import type { StanceModel } from '../lib/stance/stance-model';
import type { ImportFile, ImportResult, PageReading, SourceSummary, SourceView } from './messaging';
import { getTabResultItem } from './storage';
import { describeScriptingError } from './describe-scripting-error';
import type { StoredSource, UserSourceStore } from './user-sources';

/** What the service needs from the browser; injected so Node tests can run it with fakes. */
export interface AnalysisDeps {
  /** Fetches the shipped analysed corpus (public/corpus-index.json). */
  loadCorpusAsset(): Promise<AnalysedCorpus>;
  /** Reads the shipped word vectors (public/word-vectors.*); without them the engine matches exact terms only. */
  loadWordVectors?(): Promise<WordVectors | null>;
  /** Reads the shipped stance model (public/stance-model.*); without it the engine relies on its explicit evidence only. */
  loadStanceModel?(): Promise<StanceModel | null>;
  /** Runs the content script in the tab and returns what it read. */
  readTab(tabId: number): Promise<PageReading>;
  /** The reader's own sources (IndexedDB). Without it the corpus is the shipped one and the source messages fail. */
  userSources?: UserSourceStore;
  /** Which engine analyses sources (the extension's version): stored sources analysed by another are re-analysed. */
  engineVersion?: () => string;
  /** Reads imported HTML the options page did not extract already (tests; Chrome's service worker has no DOM). */
  readHtml?: (html: string) => Article | null;
  /** Defaults to the engine's `compareArticle`. */
  compare?: typeof compareArticle;
  now?: () => number;
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;

/** The corpus in memory and what it was made of. */
interface CorpusState {
  corpus: Corpus;
  /** The shipped asset as loaded (kept to bring hidden shipped sources back). */
  asset: AnalysedCorpus;
  /** Shipped sources the reader removed. */
  hidden: Set<string>;
}

/**
 * The background's work: load the corpus once (lazily: the shipped asset, minus the shipped
 * sources the reader removed, plus the reader's own), read a tab, compare it in the service
 * worker, cache the result per tab in session storage, answer search and source look-ups, and
 * add, import, remove and export the reader's sources, updating the corpus in place.
 */
export function createAnalysisService(deps: AnalysisDeps) {
  const compare = deps.compare ?? compareArticle;
  const now = deps.now ?? Date.now;
  let engineVersion = 'dev';
  let state: Promise<CorpusState> | undefined;
  /** Analyses under way, so the panel and the shortcut asking at once share one run. */
  const running = new Map<number, Promise<Comparison>>();
  /** Bumped when a tab navigates: a run that started before must not store its (stale) result. */
  const generation = new Map<number, number>();
  /** Bumped when the corpus changes: every result computed before is stale. */
  let corpusGeneration = 0;
  /** Changes to the reader's sources, one at a time (store first, then the corpus in memory). */
  let changes: Promise<unknown> = Promise.resolve();

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
    state = Promise.all([deps.loadCorpusAsset(), vectors, loadUserSources(), stance])
      .then(([asset, vectors, user, stance]) => {
        const hidden = new Set(user.hidden.filter((id) => asset.sources.some((s) => s.id === id)));
        const shipped: AnalysedCorpus = {
          ...asset,
          sources: asset.sources.filter((s) => !hidden.has(s.id)),
          statements: asset.statements.filter((st) => !hidden.has(st.sourceId)),
        };
        const corpus = loadCorpus(shipped, vectors, stance);
        addSources(corpus, user.sources.map(({ meta, statements }) => ({ meta, statements })));
        return { corpus, asset, hidden };
      })
      .catch((err: unknown) => {
        state = undefined;
        throw new Error('Crosscheck could not load its corpus. Reinstall or reload the extension.', { cause: err });
      });
    return state;
  }

  /** The reader's stored sources (re-analysed when another engine analysed them). A broken store leaves the shipped corpus working. */
  async function loadUserSources(): Promise<{ sources: StoredSource[]; hidden: string[] }> {
    const store = deps.userSources;
    if (!store) return { sources: [], hidden: [] };
    try {
      engineVersion = deps.engineVersion?.() ?? engineVersion;
      const [sources, hidden] = await Promise.all([store.list(), store.listHidden()]);
      const stale = sources.filter((s) => s.analysedBy !== engineVersion);
      for (const s of stale) Object.assign(s, { statements: analyseSource(s.meta, s.paragraphs), analysedBy: engineVersion });
      if (stale.length) await store.put(stale);
      return { sources, hidden };
    } catch (err) {
      console.warn('Crosscheck: your sources could not be read; comparing with the shipped corpus only', err);
      return { sources: [], hidden: [] };
    }
  }

  function getCorpus(): Promise<Corpus> {
    return getState().then((s) => s.corpus);
  }

  function requireStore(): UserSourceStore {
    if (!deps.userSources) throw new Error('Crosscheck has no store for your sources here.');
    return deps.userSources;
  }

  /** Runs a change to the reader's sources after the ones before it; stored results become stale. */
  function change<T>(apply: (s: CorpusState, store: UserSourceStore) => Promise<T>): Promise<T> {
    const run = changes.then(async () => apply(await getState(), requireStore()));
    changes = run.catch(() => undefined);
    return run;
  }

  /** Stores analysed sources (one transaction) and adds them to the corpus in memory. */
  async function commit(s: CorpusState, store: UserSourceStore, sources: CorpusSource[], paragraphs: string[][]): Promise<void> {
    // One millisecond apart: the sources of one file keep their order when listed after a restart.
    const addedAt = now();
    await store.put(
      sources.map(({ meta, statements }, i) => ({ meta, statements, paragraphs: paragraphs[i]!, analysedBy: engineVersion, addedAt: addedAt + i })),
    );
    addSources(s.corpus, sources);
    await forgetAllTabs();
  }

  /** Drops every stored tab result: the corpus changed, so they no longer say what it says. */
  async function forgetAllTabs(): Promise<void> {
    corpusGeneration++;
    const keys = Object.keys(await storage.snapshot('session'));
    const tabs = keys.map((k) => /^tabResult:(\d+)$/.exec(k)?.[1]).filter((id) => id !== undefined);
    await Promise.all(tabs.map((id) => getTabResultItem(Number(id)).removeValue()));
  }

  function summarize(corpus: Corpus, meta: SourceMeta): SourceSummary {
    return { meta, statementCount: corpus.bySource.get(meta.id)?.length ?? 0, origin: isUserSourceId(meta.id) ? 'user' : 'shipped' };
  }

  async function runAnalysis(tabId: number): Promise<Comparison> {
    const startedIn = generation.get(tabId) ?? 0;
    const corpusStartedIn = corpusGeneration;
    let reading: PageReading;
    try {
      reading = await deps.readTab(tabId);
    } catch (err) {
      throw describeScriptingError(err);
    }
    let comparison: Comparison;
    if (reading.article) {
      const corpus = await getCorpus();
      // A page the reader added as a source is not matched against itself.
      const own = createUserSourceId(reading.url, []);
      comparison = compare(reading.article, corpus, corpus.sources.has(own) ? { excludeSourceIds: [own] } : {});
    } else {
      comparison = notAnArticle(reading);
    }
    if ((generation.get(tabId) ?? 0) === startedIn && corpusGeneration === corpusStartedIn) {
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

    /** Every source in the corpus: the shipped ones (in shipped order) first, then the reader's (oldest first). */
    async listSources(): Promise<SourceSummary[]> {
      const { corpus, asset } = await getState();
      const shipped = asset.sources.filter((s) => corpus.sources.has(s.id));
      const user = [...corpus.sources.values()].filter((s) => isUserSourceId(s.id));
      return [...shipped, ...user].map((meta) => summarize(corpus, meta));
    },

    /** Reads the tab's article and adds it to the reader's sources (the same page again replaces it). */
    async addSourceFromTab(tabId: number): Promise<SourceSummary> {
      let reading: PageReading;
      try {
        reading = await deps.readTab(tabId);
      } catch (err) {
        throw describeScriptingError(err);
      }
      if (!reading.article) throw new Error('This page doesn’t look like an article, so there is nothing to add.');
      const source = sourceFromArticle(reading.article, localDate(now()));
      const statements = analyseSource(source.meta, source.paragraphs);
      if (statements.length === 0) throw new Error('Crosscheck found no checkable statements on this page, so it was not added.');
      return change(async (s, store) => {
        await commit(s, store, [{ meta: source.meta, statements }], [source.paragraphs]);
        return summarize(s.corpus, source.meta);
      });
    },

    /** Adds the sources of each file; a file that cannot be read is refused whole, with why, and changes nothing. */
    async importSources(files: ImportFile[]): Promise<ImportResult> {
      const result: ImportResult = { added: [], refused: [] };
      const today = localDate(now());
      for (const file of files) {
        let sources: SourceText[];
        try {
          sources = parseImport(file, { today, readHtml: deps.readHtml });
        } catch (err) {
          result.refused.push({ name: file.name, problem: err instanceof ImportError ? err.problem : errorMessage(err) });
          continue;
        }
        const analysed = sources.map(({ meta, paragraphs }) => ({ meta, statements: analyseSource(meta, paragraphs) }));
        const empty = analysed.find((a) => a.statements.length === 0);
        if (empty) {
          const which = sources.length > 1 ? `“${empty.meta.headline}” has` : 'it has';
          result.refused.push({ name: file.name, problem: `no checkable statements: ${which} no sentence that asserts something` });
          continue;
        }
        try {
          await change(async (s, store) => {
            await commit(s, store, analysed, sources.map((src) => src.paragraphs));
            result.added.push(...analysed.map(({ meta }) => summarize(s.corpus, meta)));
          });
        } catch (err) {
          result.refused.push({ name: file.name, problem: `could not be saved (${errorMessage(err)})` });
        }
      }
      return result;
    },

    /** Deletes one of the reader's sources, or hides a shipped one until `restoreShipped`. */
    async removeSource(sourceId: string): Promise<void> {
      await change(async (s, store) => {
        if (isUserSourceId(sourceId)) {
          const stored = await store.remove(sourceId);
          if (!stored && !s.corpus.sources.has(sourceId)) throw new Error(`There is no source "${sourceId}".`);
        } else if (s.asset.sources.some((m) => m.id === sourceId)) {
          await store.hideShipped(sourceId, now());
          s.hidden.add(sourceId);
        } else {
          throw new Error(`There is no source "${sourceId}".`);
        }
        removeSources(s.corpus, [sourceId]);
        await forgetAllTabs();
      });
    },

    /** Brings back the shipped sources the reader removed; the reader's own stay. */
    async restoreShipped(): Promise<void> {
      await change(async (s, store) => {
        await store.restoreShipped();
        const back = s.asset.sources.filter((m) => s.hidden.has(m.id));
        s.hidden.clear();
        if (back.length === 0) return;
        addSources(s.corpus, back.map((meta) => ({ meta, statements: s.asset.statements.filter((st) => st.sourceId === meta.id) })));
        await forgetAllTabs();
      });
    },

    /** The reader's own sources as one JSON document, importable again. */
    async exportUserCorpus(): Promise<UserCorpusExport> {
      const store = requireStore();
      await changes;
      const stored = await store.list();
      return createUserCorpusExport(stored, new Date(now()).toISOString());
    },
  };
}

/** A page with no article: not one, a PDF, or too large to read (with its size). */
function notAnArticle(reading: PageReading): Comparison {
  const comparison = emptyComparison({ title: reading.title, url: reading.url, lang: '', published: null, readerable: false }, reading.unread?.reason ?? 'not-article');
  if (reading.unread?.reason === 'too-large') comparison.tooLarge = reading.unread.size;
  return comparison;
}

/** The reader's calendar date (YYYY-MM-DD) at `ms`. */
function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
