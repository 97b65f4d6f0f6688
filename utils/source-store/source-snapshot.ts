import type { IDBPTransaction, StoreNames } from 'idb';
import { isObject } from '../../lib/corpus/read-source-meta';
import type { CrosscheckDb, SnapshotChunk, SnapshotIndexes, SourceDatabase } from './schema';

/**
 * A copy of every record of 'sources', kept as a few JSON strings in the 'snapshot' store, so
 * that start-up reads a handful of values instead of one per source. Measured in Chromium with
 * 9,924 sources (127,000 statements): `getAll` on 'sources' takes 1.38 s whether the statements
 * are objects or JSON strings (the cost is per record); one JSON string of them all reads in
 * 0.17 s and parses in 0.29 s.
 *
 * 'sources' stays the truth. Every write to it bumps a generation number in the same transaction
 * (`bumpGeneration`); a snapshot is used only when it was made at the current generation, so a
 * stale or half-written one is never read, only ignored (and made again).
 *
 * With the chunks, under 'indexes', the engine's indexes of those same sources (term index,
 * counts, shingle samples: lib/corpus/prepare-indexes.ts), so that start-up does not compute them.
 */

/** Sources per chunk: a chunk is parsed at once, and one string of 10,000 sources would be ~70 MB. */
const CHUNK_SOURCES = 1000;
const GENERATION = 'generation';
const INDEXES = 'indexes';
/** The chunks' keys: numbers only (in IndexedDB every string sorts after every number, 'generation' too). */
const CHUNKS = () => IDBKeyRange.bound(0, Infinity);

type SnapshotWriter = IDBPTransaction<CrosscheckDb, Array<StoreNames<CrosscheckDb>>, 'readwrite'>;
type SnapshotReader = IDBPTransaction<CrosscheckDb, Array<StoreNames<CrosscheckDb>>, 'readonly' | 'readwrite'>;

/** Marks every snapshot stale: call in each transaction that writes or deletes in 'sources'. */
export async function bumpGeneration(tx: SnapshotWriter): Promise<void> {
  const store = tx.objectStore('snapshot');
  const current = await store.get(GENERATION);
  await store.put((typeof current === 'number' ? current : 0) + 1, GENERATION);
}

/**
 * The records of 'sources' from the snapshot, in key order, with the generation read; `records`
 * is null when there is no usable snapshot (none yet, stale, incomplete or unreadable).
 */
export async function readSnapshot(tx: SnapshotReader): Promise<{
  generation: number;
  records: unknown[] | null;
  /** The indexes stored with the records, with the engine that made them (null without records). */
  indexes: { engine: string; prepared: unknown } | null;
}> {
  const store = tx.objectStore('snapshot');
  const [stored, chunks, indexes] = await Promise.all([
    store.get(GENERATION),
    store.getAll(CHUNKS()),
    store.get(INDEXES),
  ]);
  const generation = typeof stored === 'number' ? stored : 0;
  const usable =
    chunks.length > 0 && chunks.every((c) => isChunk(c) && c.generation === generation && c.total === chunks.length);
  if (!usable) return { generation, records: null, indexes: null };
  try {
    const records = (chunks as SnapshotChunk[]).flatMap((c) => JSON.parse(c.json) as unknown[]);
    const current = isIndexes(indexes) && indexes.generation === generation;
    return { generation, records, indexes: current ? { engine: indexes.engine, prepared: indexes.prepared } : null };
  } catch {
    return { generation, records: null, indexes: null };
  }
}

/**
 * Stores `records` (as read from 'sources' at `generation`) as the snapshot, unless 'sources'
 * changed since: then the snapshot would be stale at once, and the next read makes it again.
 */
export async function writeSnapshot(
  database: SourceDatabase,
  records: unknown[],
  generation: number,
  indexes: Omit<SnapshotIndexes, 'generation'> | null,
): Promise<boolean> {
  const chunks: SnapshotChunk[] = [];
  const total = Math.max(1, Math.ceil(records.length / CHUNK_SOURCES));
  for (let i = 0; i < total; i++) {
    chunks.push({ generation, total, json: JSON.stringify(records.slice(i * CHUNK_SOURCES, (i + 1) * CHUNK_SOURCES)) });
  }
  const tx = database.transaction('snapshot', 'readwrite');
  const current = await tx.store.get(GENERATION);
  if ((typeof current === 'number' ? current : 0) !== generation) {
    await tx.done;
    return false;
  }
  await tx.store.delete(CHUNKS());
  await Promise.all([
    ...chunks.map((chunk, i) => tx.store.put(chunk, i)),
    indexes ? tx.store.put({ ...indexes, generation }, INDEXES) : tx.store.delete(INDEXES),
    tx.done,
  ]);
  return true;
}

function isChunk(value: unknown): value is SnapshotChunk {
  return (
    isObject(value) &&
    typeof value.generation === 'number' &&
    typeof value.total === 'number' &&
    typeof value.json === 'string'
  );
}

function isIndexes(value: unknown): value is SnapshotIndexes {
  return isObject(value) && typeof value.generation === 'number' && typeof value.engine === 'string';
}
