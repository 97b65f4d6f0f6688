import { i18n } from '#i18n';
import { isObject } from '../../lib/corpus/read-source-meta';
import { prepareIndexes } from '../../lib/corpus/prepare-indexes';
import { checkStoredText } from './read-stored-source';
import { bumpGeneration, readSnapshot, writeSnapshot } from './source-snapshot';
import { rebuildSourceDatabase } from './rebuild-source-database';
import {
  checkRecords,
  deleteSources,
  openSourceDatabase,
  toWholeSource,
  toWholeSources,
  writeSources,
} from './source-database';
import {
  DB_NAME,
  type LoadedSource,
  type Rebuilt,
  type SnapshotIndexes,
  type SourceDatabase,
  type StoredSource,
  type StoreRepair,
  type UserSourcesSnapshot,
} from './schema';
import { ReaderError } from '../shared/reader-error';

// The facade's callers read the store's shapes from here too.
export type { LoadedSource, Rebuilt, StoredSource, StoreRepair, UserSourcesSnapshot };

/** How long after the last change to the reader's sources the start-up snapshot is made again. */
const SNAPSHOT_DELAY_MS = 3000;

/**
 * The reader's sources in IndexedDB. Every write is one transaction: it happens whole or not
 * at all (a failed or interrupted write is rolled back and rejects with the browser's error, e.g.
 * a DOMException named QuotaExceededError). Reads check every record: see `load`.
 */
export interface UserSourceStore {
  /**
   * What start-up needs, oldest first: each source's description and analysed statements, and
   * its text only when `engineVersion` did not analyse it. Records that cannot be read are
   * deleted and listed in `repair`; a source whose statements are unreadable but whose text is
   * fine comes back to be analysed again.
   */
  load(engineVersion: string): Promise<UserSourcesSnapshot>;
  /** Every readable source whole, text included, oldest first (for the export). */
  list(): Promise<StoredSource[]>;
  /** Adds or replaces sources (same id), all in one transaction. */
  put(sources: StoredSource[]): Promise<void>;
  /** Whether a source of each id is stored (keys only: start-up's reading is not needed). */
  hasAll(ids: string[]): Promise<boolean>;
  /** Deletes one source; false when there was none with that id. */
  remove(id: string): Promise<boolean>;
  /** Deletes several sources in one transaction (the news memory forgets thousands at once). */
  removeMany(ids: string[]): Promise<void>;
  hideShipped(id: string, at: number): Promise<void>;
  /** Forgets every hidden shipped source (they come back). */
  restoreShipped(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the reader's source store (lazily, on first use). `name` is for tests; the extension
 * uses `DB_NAME`. A database that cannot be opened (made by a newer version after a downgrade,
 * a failed upgrade, damaged files) is rebuilt from what can be read of it; a full disk is
 * reported, never "repaired" by deleting.
 */
export function openUserSourceStore(name = DB_NAME, { snapshotDelayMs = SNAPSHOT_DELAY_MS } = {}): UserSourceStore {
  let opening: Promise<SourceDatabase> | undefined;
  /** Told by the next `load`, once. */
  let rebuilt: Rebuilt | null = null;
  const callbacks = {
    // Another extension page holds an older version open: close ours so the upgrade can run.
    blocking() {
      void opening?.then((open) => open.close());
      opening = undefined;
    },
    // The browser closed the connection (storage cleared, disk error): open again next time.
    terminated() {
      opening = undefined;
    },
  };

  function db(): Promise<SourceDatabase> {
    opening ??= openSourceDatabase(name, callbacks)
      .catch(async (err: unknown) => {
        const again = await rebuildSourceDatabase(name, err, () => openSourceDatabase(name, callbacks));
        rebuilt = again.rebuilt;
        return again.database;
      })
      .catch((err: unknown) => {
        opening = undefined;
        throw new ReaderError(i18n.t('errors.database.notOpened', { name }), { cause: err });
      });
    return opening;
  }

  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Stores the start-up snapshot a moment after the last change (an import of many files is many
   * writes), off the path of whatever the reader is waiting for.
   */
  function snapshotSoon(write: () => Promise<unknown>): void {
    clearTimeout(snapshotTimer);
    snapshotTimer = setTimeout(() => {
      const connection = opening;
      write().catch((err: unknown) => {
        // Closed meanwhile (tests; a new version opened elsewhere): the next change or start makes it.
        if (opening === connection) console.warn('Crosscheck: start-up snapshot not stored', err);
      });
    }, snapshotDelayMs);
  }

  /** The engine of the last `load`: the one the running extension analyses with. */
  let engine: string | null = null;

  /**
   * The indexes start-up would build from `values` (records of 'sources', in key order), made by
   * this engine; null when start-up would not use them: a record it analyses again or cannot read.
   */
  function indexesOf(values: unknown[]): Omit<SnapshotIndexes, 'generation'> | null {
    if (engine === null) return null;
    const { records, removed } = checkRecords(values.map(recordKey), values);
    if (removed.length || records.some((r) => r.statements === null || r.analysedBy !== engine)) return null;
    return { engine, prepared: prepareIndexes(records.map((r) => ({ meta: r.meta, statements: r.statements! }))) };
  }

  /** Reads 'sources' whole and stores it as the snapshot, unless the snapshot is current. */
  async function refreshSnapshot(): Promise<void> {
    const database = await db();
    const tx = database.transaction(['sources', 'snapshot']);
    const snapshot = await readSnapshot(tx);
    const values = snapshot.records ? null : await tx.objectStore('sources').getAll();
    await tx.done;
    if (values) await writeSnapshot(database, values, snapshot.generation, indexesOf(values));
  }

  return {
    async load(engineVersion) {
      engine = engineVersion;
      const database = await db();
      const tx = database.transaction(['sources', 'texts', 'hidden-shipped', 'snapshot']);
      const [snapshot, hidden] = await Promise.all([readSnapshot(tx), tx.objectStore('hidden-shipped').getAllKeys()]);
      // The snapshot's records are checked like the store's: it is a copy, not a trusted one.
      const [keys, values] = snapshot.records
        ? [snapshot.records.map(recordKey), snapshot.records]
        : await Promise.all([tx.objectStore('sources').getAllKeys(), tx.objectStore('sources').getAll()]);
      const { records, removed } = checkRecords(keys, values);
      // Only the texts to analyse again are read: the others stay on disk (schema 2).
      const stale = records.filter((r) => r.statements === null || r.analysedBy !== engineVersion);
      const texts = await Promise.all(stale.map((r) => tx.objectStore('texts').get(r.meta.id)));
      await tx.done;
      const textOf = new Map(stale.map((r, i) => [r.meta.id, checkStoredText(texts[i], r.meta.id)]));
      const sources: LoadedSource[] = [];
      for (const record of records) {
        const { meta, statements, analysedBy, addedAt } = record;
        const text = textOf.get(meta.id);
        if (text === undefined) {
          sources.push({ meta, statements: statements!, analysedBy, addedAt });
          continue;
        }
        const whole = toWholeSource(record, text);
        if ('problem' in whole) removed.push({ id: meta.id, problem: whole.problem });
        else sources.push(whole);
      }
      // Not deleted this time (the disk failing too): they are left out all the same, and reported again next start.
      if (removed.length) {
        await deleteSources(
          database,
          removed.map((r) => r.id),
        ).catch((err: unknown) => console.warn('Crosscheck: unreadable sources not deleted', err));
      }
      // The sources are the snapshot's records as they are, in their order: its indexes fit them.
      const whole = snapshot.records !== null && removed.length === 0 && stale.length === 0;
      const indexes = whole && snapshot.indexes?.engine === engineVersion ? snapshot.indexes.prepared : undefined;
      // Made once start-up has what it needs; a write since (the repairs above) makes it moot. A
      // snapshot without indexes for this engine (made by an earlier version) is made again with them.
      if (!snapshot.records || (whole && indexes === undefined))
        snapshotSoon(() => writeSnapshot(database, values, snapshot.generation, indexesOf(values)));
      const repair: StoreRepair = { removed, rebuilt };
      rebuilt = null;
      return { sources, hidden: hidden.filter((id) => typeof id === 'string'), repair, indexes };
    },

    async list() {
      const tx = (await db()).transaction(['sources', 'texts']);
      const [keys, values, texts] = await Promise.all([
        tx.objectStore('sources').getAllKeys(),
        tx.objectStore('sources').getAll(),
        tx.objectStore('texts').getAll(),
      ]);
      await tx.done;
      return toWholeSources(keys, values, texts).sources;
    },

    async put(sources) {
      await writeSources(await db(), sources);
      snapshotSoon(refreshSnapshot);
    },

    async hasAll(ids) {
      const tx = (await db()).transaction('sources');
      const keys = await Promise.all(ids.map((id) => tx.objectStore('sources').getKey(id)));
      await tx.done;
      return keys.every((key) => key !== undefined);
    },

    async remove(id) {
      const tx = (await db()).transaction(['sources', 'texts', 'snapshot'], 'readwrite');
      const existed = (await tx.objectStore('sources').getKey(id)) !== undefined;
      await Promise.all([
        bumpGeneration(tx),
        tx.objectStore('sources').delete(id),
        tx.objectStore('texts').delete(id),
        tx.done,
      ]);
      snapshotSoon(refreshSnapshot);
      return existed;
    },

    async removeMany(ids) {
      if (ids.length === 0) return;
      await deleteSources(await db(), ids);
      snapshotSoon(refreshSnapshot);
    },

    async hideShipped(id, at) {
      await (await db()).put('hidden-shipped', { id, hiddenAt: at });
    },

    async restoreShipped() {
      await (await db()).clear('hidden-shipped');
    },

    async close() {
      clearTimeout(snapshotTimer);
      const open = opening;
      opening = undefined;
      if (open) (await open.catch(() => null))?.close();
    },
  };
}

/** A record's key as 'sources' keeps it: its source's id. */
function recordKey(record: unknown): unknown {
  return isObject(record) && isObject(record.meta) ? record.meta.id : undefined;
}
