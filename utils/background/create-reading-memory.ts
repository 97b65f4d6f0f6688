import { i18n } from '#i18n';
import { analyseSource } from '../../lib/corpus/analyse-source';
import { canonicalUrl, siteOf } from '../../lib/corpus/canonical-url';
import { removeSources, addSources } from '../../lib/corpus/update-corpus';
import { sourceFromArticle } from '../../lib/corpus/source-from-article';
import { createUserSourceId } from '../../lib/corpus/source-id';
import type { SourceMeta } from '../../lib/types';
import { describeStorageError } from '../shared/describe-storage-error';
import type { MemoryStatus, PageReading } from '../shared/service-types';
import { isNeverSite, isRememberingAt, selectExpired } from '../shared/remember-reading';
import { getTabResultItem, rememberReadingItem } from '../shared/storage';
import type { ChangeQueue } from './create-change-queue';
import type { CorpusState } from './create-source-manager';
import { ReaderError } from '../shared/reader-error';

export interface ReadingMemoryDeps {
  /** Shared with the source manager, so that a remembering and a removal never interleave. */
  queue: ChangeQueue;
  getState(): Promise<CorpusState>;
  /** The corpus if this worker has loaded it, without loading it (the popup's glance must not). */
  loadedState(): CorpusState | null;
  engineVersion(): string;
  now(): number;
  /** Whether the tab is in a private window; true when that cannot be told (then nothing is kept). */
  isIncognito(tabId: number): Promise<boolean>;
  /** After articles were forgotten: stored results may show them. `keepTab`'s result was computed just now and stays. */
  onCorpusChanged(keepTab?: number): Promise<void>;
  /** A page was kept (or its entry refreshed): what is grouped from the corpus is out of date. */
  onRemembered?(): void;
}

/** The id of the article remembered from a page: from its canonical address, so a utm or AMP copy is the same entry. */
export function getRememberedId(reading: Pick<PageReading, 'url' | 'canonical'>): string {
  return createUserSourceId(canonicalUrl(reading.url, reading.canonical), []);
}

/**
 * The reader's news memory (issue 14): after a comparison, the page's article joins the reader's
 * sources as "Add this page" adds it, marked `remembered` and dated `readAt`; one entry per
 * article (its canonical address). Forgetting removes remembered articles only, never the
 * reader's hand-added sources nor the shipped ones; beyond `keepArticles`, or read more than
 * `keepDays` ago, the oldest read go.
 */
export function createReadingMemory(deps: ReadingMemoryDeps) {
  /** The article each tab's page was remembered as (this worker's), for the popup. */
  const byTab = new Map<number, string>();
  /** The address of each tab's page last compared (this worker's), remembered or not. */
  const urlByTab = new Map<number, string>();

  function remembered(s: CorpusState): SourceMeta[] {
    return [...s.corpus.sources.values()].filter((m) => m.remembered);
  }

  /** Deletes remembered articles from the store (one transaction), then from the corpus in memory. */
  async function forget(s: CorpusState, ids: string[], keepTab?: number): Promise<number> {
    if (ids.length === 0) return 0;
    try {
      await deps.queue.requireStore().removeMany(ids);
    } catch (err) {
      throw new ReaderError(i18n.t('errors.sources.changeNotSaved', { reason: describeStorageError(err) }), {
        cause: err,
      });
    }
    removeSources(s.corpus, ids);
    await deps.onCorpusChanged(keepTab);
    return ids.length;
  }

  return {
    /**
     * Remembers the tab's article after its comparison, when the reader's settings allow it and
     * the tab is not private. Returns the remembered id, or null when nothing was kept. A page
     * the reader added by hand stays theirs. Other tabs' results are kept: they were right when
     * computed, and dropping them at every page read would compare every open tab again.
     */
    async rememberTab(tabId: number, reading: PageReading): Promise<string | null> {
      urlByTab.set(tabId, reading.url);
      const settings = await rememberReadingItem.getValue();
      const now = deps.now();
      if (!reading.article || !isRememberingAt(settings, reading.url, now)) return null;
      if (await deps.isIncognito(tabId).catch(() => true)) return null;
      const url = canonicalUrl(reading.url, reading.canonical);
      if (!/^https?:\/\//.test(url)) return null;
      const today = localDate(now);
      const source = sourceFromArticle({ ...reading.article, url }, today);
      const id = createUserSourceId(url, []);
      // The id "Add this page" gives the page (its address as read, not the canonical one).
      const handAdded = sourceFromArticle(reading.article, today).meta.id;
      const meta: SourceMeta = { ...source.meta, id, readAt: new Date(now).toISOString(), remembered: true };
      const statements = analyseSource(meta, source.paragraphs);
      if (statements.length === 0) return null;
      return deps.queue.run(async (s, store) => {
        const existing = s.corpus.sources.get(id);
        const own = s.corpus.sources.get(handAdded);
        if ((existing && !existing.remembered) || (own && !own.remembered)) return null;
        await store.put([
          { meta, statements, paragraphs: source.paragraphs, analysedBy: deps.engineVersion(), addedAt: now },
        ]);
        const before = s.corpus.bySource.get(id);
        if (existing && before && sameText(before, statements) && existing.headline === meta.headline) {
          // The same text read again: only when it was read changes, the index stays.
          s.corpus.sources.set(id, meta);
        } else {
          addSources(s.corpus, [{ meta, statements }]);
        }
        byTab.set(tabId, id);
        // The corpus grew by this page: the stories are of the corpus before (the tabs' results
        // are kept: one page more does not make them wrong).
        deps.onRemembered?.();
        await forget(s, selectExpired(remembered(s), settings, now), tabId);
        return id;
      });
    },

    /**
     * Forgets what the retention settings no longer keep: at start-up (a week away ages
     * articles) and when the reader lowers them, at once rather than at the next page read.
     * Returns how many were forgotten.
     */
    async applyRetention(): Promise<number> {
      const settings = await rememberReadingItem.getValue();
      return deps.queue.run((s) => forget(s, selectExpired(remembered(s), settings, deps.now())));
    },

    /** Forgets the tab's page as remembered (it navigated or closed). */
    forgetTab(tabId: number): void {
      byTab.delete(tabId);
      urlByTab.delete(tabId);
    },

    methods: {
      /**
       * How many articles are remembered, and the tab's page: its site and whether (under which
       * id) it is remembered. Asked about a tab (the popup, at every opening) it answers from the
       * corpus only if this worker has loaded it: loading thousands of articles to draw one line
       * would make opening the popup the slow thing; a page compared in this worker's life
       * loaded it. Then `remembered` and `pageId` are null (not known), the site is still told.
       */
      async memoryStatus(tabId?: number): Promise<MemoryStatus> {
        const s = tabId === undefined ? await deps.getState() : deps.loadedState();
        const count = s ? remembered(s).length : null;
        if (tabId === undefined) return { remembered: count, site: null, pageId: null };
        const url = urlByTab.get(tabId) ?? (await getTabResultItem(tabId).getValue())?.url ?? null;
        const candidates = [byTab.get(tabId), url ? getRememberedId({ url }) : undefined];
        const pageId = candidates.find((id) => id !== undefined && s?.corpus.sources.get(id)?.remembered) ?? null;
        return { remembered: count, site: url ? siteOf(url) || null : null, pageId };
      },

      /** Forgets one remembered article; the reader's hand-added and the shipped sources are not the memory's to forget. */
      async forgetArticle(sourceId: string): Promise<void> {
        await deps.queue.run(async (s) => {
          if (!s.corpus.sources.get(sourceId)?.remembered) throw new ReaderError(i18n.t('errors.sources.noSource'));
          // The tab showing the article keeps its result: it was compared without its own source.
          const showing = [...byTab].find(([, id]) => id === sourceId)?.[0];
          await forget(s, [sourceId], showing);
          for (const [tab, id] of byTab) if (id === sourceId) byTab.delete(tab);
        });
      },

      /** Forgets every remembered article of a site (its subdomains too); returns how many. */
      async forgetSite(host: string): Promise<number> {
        const site = siteOf(`https://${host}/`) || host;
        return deps.queue.run(async (s) => {
          const ids = remembered(s)
            .filter((m) => isNeverSite({ neverSites: [site] }, siteOf(m.url ?? '')))
            .map((m) => m.id);
          return forget(s, ids);
        });
      },

      /** Forgets every remembered article; returns how many. */
      async forgetRemembered(): Promise<number> {
        return deps.queue.run(async (s) => {
          byTab.clear();
          return forget(
            s,
            remembered(s).map((m) => m.id),
          );
        });
      },
    },
  };
}

function sameText(a: Array<{ text: string }>, b: Array<{ text: string }>): boolean {
  return a.length === b.length && a.every((st, i) => st.text === b[i]!.text);
}

/** The reader's calendar date (YYYY-MM-DD) at `ms`. */
function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
