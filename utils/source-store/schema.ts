import type { DBSchema, IDBPDatabase } from 'idb';
import type { CorpusStatement, SourceMeta } from '../../lib/types';

// The bottom of the source store: what it keeps and in which shape, with the schema's version.
// Every other file of utils/source-store/ imports from here, and this file from nothing of theirs.

/** The extension's IndexedDB database (bulk data; small settings live in `storage.ts`). */
export const DB_NAME = 'crosscheck';

/** One of the reader's sources whole: its description, its text and its analysed statements. */
export interface StoredSource {
  meta: SourceMeta;
  paragraphs: string[];
  /** Analysed once, when added, so start-up does not re-read the text. */
  statements: CorpusStatement[];
  /** Which engine analysed it (the extension's version): another version re-analyses it from `paragraphs`. */
  analysedBy: string;
  /** When it was added (ms since epoch); sources list in this order. */
  addedAt: number;
}

/** A source as start-up reads it: without its text, unless it has to be analysed again. */
export interface LoadedSource extends Omit<StoredSource, 'paragraphs'> {
  /**
   * Set only when `analysedBy` is not the engine `load` was given (or the stored statements
   * were unreadable, then `analysedBy` is ''): analyse this text again and `put` the source back.
   */
  paragraphs?: string[];
}

/** What had to be repaired while reading the store. The reader is told (`CorpusNotice`). */
export interface StoreRepair {
  /** Sources that could not be read and were deleted: their id and why. */
  removed: Array<{ id: string; problem: string }>;
  /** Set when the database could not be opened and was made again from what could be read of it. */
  rebuilt: Rebuilt | null;
}

/** Everything start-up needs from the store. */
export interface UserSourcesSnapshot {
  /** Oldest first. */
  sources: LoadedSource[];
  /** Ids of the shipped sources the reader removed. */
  hidden: string[];
  repair: StoreRepair;
  /**
   * The indexes prepared for `sources`, in this order, by the engine `load` was given (for
   * `addSources`); undefined when there are none that fit.
   */
  indexes?: unknown;
}

/** A database that could not be opened and was made again. */
export interface Rebuilt {
  /** Why it could not be opened, in the reader's words. */
  reason: string;
  /** Sources read from the old database and written to the new one. */
  recovered: number;
  /** Sources of the old database that could not be read; null when nothing of it could be read. */
  lost: number | null;
}

/**
 * Schema version of the reader's source database. To change the schema: bump it, and add a step
 * `if (oldVersion < N) { … }` to `upgradeSchema` below. Steps run in order, so a browser several
 * versions behind runs each one; never edit a step that has shipped. A step that fails aborts the
 * upgrade: the database is then rebuilt from what can be read of it (`rebuildSourceDatabase`).
 *
 * 1. 'sources' (whole records keyed by `meta.id`, index `addedAt`) and 'hidden-shipped'.
 * 2. Each source's text moves to 'texts'. Start-up needs only the analysed statements; the text
 *    is read back only to analyse a source again (another engine) or to export it. In the record,
 *    every start of the service worker read and held all of the reader's article text for nothing.
 * 3. 'snapshot': every record of 'sources' in a few JSON strings, read at start-up instead of one
 *    value per source (source-snapshot.ts: 1.4 s -> 0.5 s for 10,000 sources in Chromium).
 */
export const DB_VERSION = 3;

/** A source record as schema 2 stores it: the text is in 'texts', under the same id. */
export type SourceRecord = Omit<StoredSource, 'paragraphs'>;

export interface CrosscheckDb extends DBSchema {
  sources: { key: string; value: SourceRecord; indexes: { addedAt: number } };
  texts: { key: string; value: { id: string; paragraphs: string[] } };
  /** Shipped sources the reader removed, until "Restore the shipped corpus". */
  'hidden-shipped': { key: string; value: { id: string; hiddenAt: number } };
  /**
   * The start-up copy of 'sources': chunks under 0, 1, ..., 'generation', and the indexes made
   * from the chunks' sources under 'indexes' (source-snapshot.ts).
   */
  snapshot: { key: number | string; value: SnapshotChunk | SnapshotIndexes | number };
}

export type SourceDatabase = IDBPDatabase<CrosscheckDb>;

/** A chunk of the snapshot: records `JSON.stringify`-ed, in key order, with the generation they were read at. */
export interface SnapshotChunk {
  generation: number;
  /** How many chunks the snapshot has (all must be present). */
  total: number;
  json: string;
}

/**
 * What the engine `engine` prepared from the snapshot's sources (lib/corpus/prepare-indexes.ts),
 * in the order start-up loads them, at the snapshot's generation.
 */
export interface SnapshotIndexes {
  generation: number;
  engine: string;
  /** A PreparedIndexes as stored; checked when used (addSources). */
  prepared: unknown;
}
