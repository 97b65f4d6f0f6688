import type { PageReading, SourceMeta } from '../../lib/types';
import type { ImportInput, ImportProblem } from '../../lib/corpus/parse-import';
import type { UserCorpusExport } from '../../lib/corpus/user-corpus-export';

// What the background's service takes and returns, beside the engine's own types: the shapes
// every extension page and the background agree on (analysis-service.ts carries the calls).

// What the content script hands back (the value of its `main()`): declared with the engine's
// types, because lib/extract/read-page.ts makes it.
export type { PageReading, UserCorpusExport };

/** What the popup narrows a search to (the background's `search`): each optional. */
export interface SearchOptions {
  /** A story's id (listStories): only its articles. */
  story?: string;
  /** Only this outlet (SourceMeta.outlet). */
  outlet?: string;
  /** ISO dates (YYYY-MM-DD), both ends included. */
  from?: string;
  to?: string;
}

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

/**
 * Why a file was refused, as data: the engine's problems with its content, and those of the
 * options page (too many elements to read, unreadable) and of the background (nothing checkable,
 * not saved). The options page says it in the reader's language (utils/view/describe-import-problem.ts).
 */
export type RefusalProblem =
  | ImportProblem
  | { code: 'too-many-elements'; elements: number; limit: number }
  /** The browser could not read the file (moved, renamed or changed since it was picked). */
  | { code: 'unreadable' }
  /** Crosscheck failed on it: a fault of its own, not of the file (the console has the details). */
  | { code: 'failed' }
  /** `headline`: the source of an export that has none, or null when the file is one source. */
  | { code: 'no-statements'; headline: string | null }
  /** `reason`: why the write failed, in the reader's words (describeStorageError). */
  | { code: 'not-saved'; reason: string };

/** What an import did: the sources added, and the files refused with why (the corpus is untouched by a refused file). */
export interface ImportResult {
  added: SourceSummary[];
  /** Sources already among the reader's, with the same text: nothing to store (an import done again, or resumed). */
  skipped: SourceSummary[];
  refused: Array<{ name: string; problem: RefusalProblem }>;
}

/** The news memory as the popup and the options page show it. */
export interface MemoryStatus {
  /** How many articles are remembered; null when the popup asked before the corpus was loaded. */
  remembered: number | null;
  /** The site of the tab asked about (host without `www.`); null without a tab or a compared page. */
  site: string | null;
  /** The id under which the tab's page is remembered; null when it is not. */
  pageId: string | null;
}
