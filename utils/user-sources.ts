import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CorpusStatement, SourceMeta } from '../lib/types';

/** The extension's IndexedDB database (bulk data; small settings live in `storage.ts`). */
export const DB_NAME = 'crosscheck';
/**
 * Schema version. To change the schema: bump it, and add a step `if (oldVersion < N) { … }`
 * to `upgrade` below. Steps run in order, so a browser several versions behind runs each
 * one; never edit a step that has shipped.
 */
const DB_VERSION = 1;

/** One of the reader's sources as stored: its description, its text, and its analysed statements. */
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

interface CrosscheckDb extends DBSchema {
  sources: { key: string; value: StoredSource; indexes: { addedAt: number } };
  /** Shipped sources the reader removed, until "Restore the shipped corpus". */
  'hidden-shipped': { key: string; value: { id: string; hiddenAt: number } };
}

/** The reader's sources in IndexedDB. Every write is one transaction: it happens whole or not at all. */
export interface UserSourceStore {
  /** All stored sources, oldest first. */
  list(): Promise<StoredSource[]>;
  /** Adds or replaces sources (same id), all in one transaction. */
  put(sources: StoredSource[]): Promise<void>;
  /** Deletes one source; false when there was none with that id. */
  remove(id: string): Promise<boolean>;
  /** Ids of the shipped sources the reader removed. */
  listHidden(): Promise<string[]>;
  hideShipped(id: string, at: number): Promise<void>;
  /** Forgets every hidden shipped source (they come back). */
  restoreShipped(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the reader's source store (lazily, on first use). `name` is for tests; the extension
 * uses `DB_NAME`. A failure to open names the database and keeps the browser's error as `cause`.
 */
export function openUserSourceStore(name = DB_NAME): UserSourceStore {
  let opening: Promise<IDBPDatabase<CrosscheckDb>> | undefined;

  function db(): Promise<IDBPDatabase<CrosscheckDb>> {
    opening ??= openDB<CrosscheckDb>(name, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          const sources = database.createObjectStore('sources', { keyPath: 'meta.id' });
          sources.createIndex('addedAt', 'addedAt');
          database.createObjectStore('hidden-shipped', { keyPath: 'id' });
        }
        // Version 2 goes here, e.g. a new field on every source:
        //   if (oldVersion < 2) { const store = transaction.objectStore('sources');
        //     for await (const cursor of store) cursor.update(migrate(cursor.value)); }
        // (`transaction` is upgrade's fourth argument: the migration runs inside the upgrade.)
      },
      // Another extension page holds an older version open: close ours so the upgrade can run.
      blocking() {
        void opening?.then((open) => open.close());
        opening = undefined;
      },
    }).catch((err: unknown) => {
      opening = undefined;
      throw new Error(`Crosscheck could not open its database "${name}".`, { cause: err });
    });
    return opening;
  }

  return {
    async list() {
      return (await db()).getAllFromIndex('sources', 'addedAt');
    },
    async put(sources) {
      const tx = (await db()).transaction('sources', 'readwrite');
      await Promise.all([...sources.map((s) => tx.store.put(s)), tx.done]);
    },
    async remove(id) {
      const tx = (await db()).transaction('sources', 'readwrite');
      const existed = (await tx.store.getKey(id)) !== undefined;
      if (existed) await tx.store.delete(id);
      await tx.done;
      return existed;
    },
    async listHidden() {
      return (await db()).getAllKeys('hidden-shipped');
    },
    async hideShipped(id, at) {
      await (await db()).put('hidden-shipped', { id, hiddenAt: at });
    },
    async restoreShipped() {
      await (await db()).clear('hidden-shipped');
    },
    async close() {
      const open = opening;
      opening = undefined;
      if (open) (await open.catch(() => null))?.close();
    },
  };
}
