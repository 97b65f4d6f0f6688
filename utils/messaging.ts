import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Article, Comparison, SourceMeta } from '../lib/types';
import type { SearchHit } from '../lib/search/search-corpus';

/** What the content script hands back to the background (the value of its `main()`). */
export interface PageReading {
  url: string;
  /** `document.title`, for pages that are not articles. */
  title: string;
  /** The extracted article, or null when the page has none. */
  article: Article | null;
}

/** One corpus source as the panel shows it: its description and its statements in order. */
export interface SourceView {
  meta: SourceMeta;
  statements: Array<{ index: number; text: string }>;
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
  /** Full-text search over all corpus statements, best first. */
  search(data: { query: string; limit?: number }): SearchHit[];
  /** A corpus source's description and statements; throws when the id is unknown. */
  getSource(sourceId: string): SourceView;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  // The default logger prints every message; keep the console for real problems.
  logger: { debug() {}, log() {}, warn: console.warn, error: console.error },
});
