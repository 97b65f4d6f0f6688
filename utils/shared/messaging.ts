import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Comparison, PageReading, SourceMeta } from '../../lib/types';
import type { SearchHit } from '../../lib/search/search-corpus';
import type { ImportInput } from '../../lib/corpus/parse-import';
import type { UserCorpusExport } from '../../lib/corpus/user-corpus-export';

// What the content script hands back (the value of its `main()`): declared with the engine's
// types, because lib/extract/read-page.ts makes it.
export type { PageReading, UserCorpusExport };

/** One corpus source as the panel shows it: its description and its statements in order. */
export interface SourceView {
  meta: SourceMeta;
  statements: Array<{ index: number; text: string }>;
}

/** The corpus as a whole: its size, and how long the background took to load it (shipped asset, models, the reader's sources). */
export interface CorpusStatus {
  sources: number;
  /** How many of `sources` are the reader's own. */
  userSources: number;
  statements: number;
  /** Loading everything, in ms, measured in the background when it (re)started. */
  loadMs: number;
  /** The part spent reading the reader's sources from IndexedDB and indexing them. */
  userMs: number;
}

/** A corpus source as the options page lists it. */
export interface SourceSummary {
  meta: SourceMeta;
  statementCount: number;
  /** Shipped with the extension (removing one hides it until "Restore the shipped corpus") or added by the reader. */
  origin: 'shipped' | 'user';
}

/**
 * A file the reader chose to import, read as text by the options page. For an HTML file the
 * page also sends the article it extracted (`readHtmlArticle`): Chrome's service worker has no DOMParser.
 */
export type ImportFile = ImportInput;

/** What an import did: the sources added, and the files refused with why (the corpus is untouched by a refused file). */
export interface ImportResult {
  added: SourceSummary[];
  refused: Array<{ name: string; problem: string }>;
}

/**
 * Every message between the extension's pages and its background, declared once.
 * Handlers are registered in entrypoints/background.ts; an error thrown there is re-thrown at the caller.
 */
export interface ProtocolMap {
  /** Reads the tab's article and compares it with the corpus; a cached result is reused unless `force`. */
  analyseTab(data: { tabId: number; force?: boolean }): Comparison;
  /** The cached result for a tab, or null when it has not been analysed since it last loaded. */
  getTabResult(tabId: number): Comparison | null;
  /**
   * From the content script of an analysed page: the page moved to `url` without loading a new
   * document (history API). The old result is dropped at once; once the new content has rendered
   * (`rendered`), the page is analysed again.
   */
  pageNavigated(data: { url: string; rendered: boolean }): void;
  /** Full-text search over all corpus statements, best first. */
  search(data: { query: string; limit?: number }): SearchHit[];
  /** A corpus source's description and statements; throws when the id is unknown. */
  getSource(sourceId: string): SourceView;
  /** Scrolls the tab to the page statement and highlights it (CSS Custom Highlight API); false when not found. */
  showInPage(data: { tabId: number; text: string }): boolean;
  /** All sources, shipped and the reader's, with their statement counts. */
  listSources(): SourceSummary[];
  /** How big the corpus is and how long it took to load. */
  corpusStatus(): CorpusStatus;
  /** Reads the tab's article (Readability) and adds it to the reader's sources. */
  addSourceFromTab(tabId: number): SourceSummary;
  /** Adds sources from files (HTML, text, or a Crosscheck JSON export); bad files are refused one by one. */
  importSources(data: { files: ImportFile[] }): ImportResult;
  /** Removes one of the reader's sources for good, or hides a shipped one (until `restoreShipped`). */
  removeSource(sourceId: string): void;
  /** Brings back the shipped sources the reader hid, keeping the reader's own. */
  restoreShipped(): void;
  /** The reader's own sources as one JSON document. */
  exportUserCorpus(): UserCorpusExport;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  // The default logger prints every message; keep the console for real problems.
  logger: { debug() {}, log() {}, warn: console.warn, error: console.error },
});
