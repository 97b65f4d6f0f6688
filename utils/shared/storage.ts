import { storage } from 'wxt/utils/storage';
import type { Comparison } from '../../lib/types';

/** What the background keeps for an analysed tab until it navigates or closes. */
export interface TabResult {
  /** The page URL that was analysed. */
  url: string;
  /** When the analysis finished (ms since epoch). */
  analysedAt: number;
  comparison: Comparison;
}

function defineTabResultItem(tabId: number) {
  return storage.defineItem<TabResult | null>(`session:tabResult:${tabId}`, { fallback: null, version: 1 });
}

export type TabResultItem = ReturnType<typeof defineTabResultItem>;

const tabResultItems = new Map<number, TabResultItem>();

/**
 * The cached comparison of one tab, in session storage: it survives the service worker stopping,
 * not the browser closing. One key per tab, so analyses of two tabs never overwrite each other.
 */
export function getTabResultItem(tabId: number): TabResultItem {
  let item = tabResultItems.get(tabId);
  if (!item) {
    item = defineTabResultItem(tabId);
    tabResultItems.set(tabId, item);
  }
  return item;
}

/** The popup's last search, so reopening it picks up where the reader left off. */
export const lastQueryItem = storage.defineItem<string>('session:lastQuery', { fallback: '', version: 1 });

/**
 * The statement filter the reader last chose in the panel (all, conflicts, corroborated,
 * unmatched: utils/view/filter-statements.ts), so that the panel opens on it again. A string: a
 * value this version does not know reads as "all" (components/hooks/use-statement-filter.ts).
 */
export const statementFilterItem = storage.defineItem<string>('local:statementFilter', { fallback: 'all', version: 1 });

/**
 * Whether the welcome page has been opened on this profile (utils/background/open-welcome-on-install.ts).
 * A Chrome started with `--load-extension` (developers, the end-to-end tests) reports an install at
 * every start; this keeps the welcome page to the first. Removing Crosscheck removes it too.
 */
export const welcomeShownItem = storage.defineItem<boolean>('local:welcomeShown', { fallback: false, version: 1 });

/** A reader's verdict on one match: "not a match" hides it on that page; "wrong stance" keeps it, flagged. */
export interface MatchFeedback {
  /** The page the match was shown on (URL without the fragment). */
  pageUrl: string;
  statementText: string;
  sourceId: string;
  sourceIndex: number;
  /** The stance the engine gave. */
  stance: 'corroborates' | 'conflicts' | 'related';
  kind: 'not-a-match' | 'wrong-stance';
  /** When it was given (ms since epoch). */
  at: number;
}

/** The reader's feedback on matches, kept on this machine only (listed and exportable on the options page). */
export const feedbackItem = storage.defineItem<MatchFeedback[]>('local:feedback', { fallback: [], version: 1 });

/** Where a tab's analysis stands, so the panel can say more than "analysing" on a long page. */
export interface AnalysisProgress {
  /** 'updating': the reader's sources changed while it compared; it compares again once they settle. */
  stage: 'reading' | 'comparing' | 'updating';
  /** Size of the article read (known from the 'comparing' stage on). */
  paragraphs?: number;
  words?: number;
  /** When the stage began (ms since epoch). */
  at: number;
}

/** The progress of one tab's analysis (session storage; written by the background, read by the panel). */
export function getAnalysisProgressItem(tabId: number) {
  return storage.defineItem<AnalysisProgress | null>(`session:analysisProgress:${tabId}`, {
    fallback: null,
    version: 1,
  });
}

/**
 * Something happened to the reader's sources that they must hear about: some could not be read
 * and were removed, the database had to be rebuilt, or it could not be read at all this time.
 * Written by the background when it loads the corpus; shown by the options page and the side
 * panel until the reader dismisses it (`describeCorpusNotice` words it).
 */
export interface CorpusNotice {
  kind: 'removed' | 'rebuilt' | 'unavailable';
  /** The reader's sources that are gone; null when unknown (nothing of the database could be read). */
  lost: number | null;
  /** The reader's sources that are still there. */
  kept: number;
  /** Why, in words: the browser's reason the database could not be opened or read. */
  reason?: string;
  /** When it happened (ms since epoch). */
  at: number;
}

export const corpusNoticeItem = storage.defineItem<CorpusNotice | null>('local:corpusNotice', {
  fallback: null,
  version: 1,
});

/** The reader's news memory (issue 14): whether articles compared are kept as sources, and where not. */
export interface RememberReading {
  /** Off until the reader turns it on: nothing they read is kept without their say. */
  enabled: boolean;
  /** Host names never remembered (`www.` dropped: lib/corpus/canonical-url.ts `siteOf`). */
  neverSites: string[];
  /** Remembering is paused until then (ms since epoch); null when not paused. */
  pausedUntil: number | null;
  /**
   * How many remembered articles are kept; the oldest read beyond it are forgotten. 10,000 is the
   * scale the benchmarks measure (`npm run bench`, `bench:search`: start-up, search, stories).
   */
  keepArticles: number;
  /** Articles read more than this many days ago are forgotten; null keeps them whatever their age. */
  keepDays: number | null;
}

export const DEFAULT_KEEP_ARTICLES = 10_000;

export const rememberReadingItem = storage.defineItem<RememberReading>('local:rememberReading', {
  fallback: { enabled: false, neverSites: [], pausedUntil: null, keepArticles: DEFAULT_KEEP_ARTICLES, keepDays: null },
  version: 2,
  migrations: {
    // Version 1 knew only a number of articles: no age limit, as before.
    2: (old: Omit<RememberReading, 'keepDays'>): RememberReading => ({ ...old, keepDays: null }),
  },
});

/**
 * The reader's last import of files, recorded by the options page before it starts (the plan: each
 * file's name and size, in order) and after each file (what was added, skipped, refused), so that an
 * import cut short (the page closed, the browser closed or crashed) is told the next time the
 * options page or the popup opens (utils/view/run-import.ts). Removed when the reader dismisses it.
 */
export interface ImportRun {
  id: string;
  startedAt: number;
  /** Last written: after each file. */
  updatedAt: number;
  files: Array<{ name: string; size: number }>;
  /** Files dealt with, in order; the rest were not. */
  done: number;
  /** Of those, files whose sources are among the reader's (added, or there already). */
  saved: number;
  /** Sources added and sources already there (skipped), over the files done. */
  added: number;
  skipped: number;
  /** Files refused. */
  refused: number;
  /** Set when the import went through every file. */
  finishedAt: number | null;
  /**
   * The file the background is storing (its place in `files`, its sources' ids), written before
   * they are stored and cleared once counted: a browser closed in between leaves it here, and
   * `settleImportRun` counts it if its sources were stored (the two writes cannot be one).
   */
  pending?: { at: number; ids: string[] } | null;
}

/** The Web Lock an import holds while it runs: the browser releases it when its page goes, however it goes. */
export const IMPORT_LOCK = 'crosscheck-import';

export const importRunItem = storage.defineItem<ImportRun | null>('local:importRun', { fallback: null, version: 1 });
