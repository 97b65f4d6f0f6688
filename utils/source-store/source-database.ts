import { openDB, type IDBPTransaction, type OpenDBCallbacks, type StoreNames } from 'idb';
import { isObject } from '../../lib/corpus/read-source-meta';
import { checkStoredRecord, checkStoredText, type CheckedRecord } from './read-stored-source';
import {
  DB_VERSION,
  type CrosscheckDb,
  type SourceDatabase,
  type SourceRecord,
  type StoredSource,
  type StoreRepair,
} from './schema';
import { bumpGeneration } from './source-snapshot';

type UpgradeTransaction = IDBPTransaction<CrosscheckDb, Array<StoreNames<CrosscheckDb>>, 'versionchange'>;

/** Opens the database at `DB_VERSION`, creating or upgrading its schema. Rejects (never throws) on failure. */
export async function openSourceDatabase(
  name: string,
  callbacks: Pick<OpenDBCallbacks<CrosscheckDb>, 'blocking' | 'terminated'> = {},
): Promise<SourceDatabase> {
  return openDB<CrosscheckDb>(name, DB_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      upgradeSchema(database, oldVersion, transaction);
    },
    ...callbacks,
  });
}

function upgradeSchema(database: SourceDatabase, oldVersion: number, transaction: UpgradeTransaction): void {
  if (oldVersion < 1) {
    const sources = database.createObjectStore('sources', { keyPath: 'meta.id' });
    sources.createIndex('addedAt', 'addedAt');
    database.createObjectStore('hidden-shipped', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    database.createObjectStore('texts', { keyPath: 'id' });
    // The upgrade commits only once this is done; if it fails, the upgrade is aborted whole (and
    // openDB rejects: the transaction's own rejection needs no one to hear it).
    moveTextsOut(transaction).catch(() => {
      transaction.done.catch(() => undefined);
      abort(transaction);
    });
  }
  if (oldVersion < 3) {
    // Empty: the first start after the upgrade reads 'sources' and makes the snapshot.
    database.createObjectStore('snapshot');
  }
}

/** Schema 2: each record's `paragraphs` moves to 'texts' under the record's id. */
async function moveTextsOut(transaction: UpgradeTransaction): Promise<void> {
  const texts = transaction.objectStore('texts');
  for (let cursor = await transaction.objectStore('sources').openCursor(); cursor; cursor = await cursor.continue()) {
    const value: unknown = cursor.value;
    if (!isObject(value) || !('paragraphs' in value)) continue;
    const { paragraphs, ...record } = value;
    // Unreadable text is dropped: the source then lives on its statements, or is reported unreadable.
    if (Array.isArray(paragraphs)) await texts.put({ id: cursor.primaryKey, paragraphs: paragraphs as string[] });
    await cursor.update(record as unknown as SourceRecord);
  }
}

/** Checks records read from 'sources' (keys and values in the same order); oldest first. */
export function checkRecords(
  keys: unknown[],
  values: unknown[],
): { records: CheckedRecord[]; removed: StoreRepair['removed'] } {
  const records: CheckedRecord[] = [];
  const removed: StoreRepair['removed'] = [];
  values.forEach((value, i) => {
    const checked = checkStoredRecord(value, keys[i]);
    if ('record' in checked) records.push(checked.record);
    else removed.push({ id: String(keys[i]), problem: checked.problem });
  });
  // Records that do not say when they were added (0) list first, in key order (sort is stable).
  records.sort((a, b) => a.addedAt - b.addedAt);
  return { records, removed };
}

/**
 * A checked record as a whole source, with `text` (from 'texts'), else the text the record holds
 * (schema 1), else its statements' sentences (the text as the engine read it). Statements that
 * were unreadable come back empty, with `analysedBy` '' so that they are analysed again. Without
 * statements or text there is nothing to keep: returns the problem.
 */
export function toWholeSource(record: CheckedRecord, text: string[] | null): StoredSource | { problem: string } {
  const paragraphs = text ?? record.paragraphs ?? record.statements?.map((st) => st.text);
  if (!paragraphs?.length) return { problem: 'both its analysed statements and its text are unreadable' };
  return {
    meta: record.meta,
    paragraphs,
    statements: record.statements ?? [],
    analysedBy: record.statements ? record.analysedBy : '',
    addedAt: record.addedAt,
  };
}

/** Whole sources from the raw contents of 'sources' and 'texts' (any schema so far), and what could not be read. */
export function toWholeSources(
  keys: unknown[],
  values: unknown[],
  texts: unknown[],
): { sources: StoredSource[]; removed: StoreRepair['removed'] } {
  const { records, removed } = checkRecords(keys, values);
  const textById = new Map(texts.filter(isObject).map((t) => [t.id, t]));
  const sources: StoredSource[] = [];
  for (const record of records) {
    const whole = toWholeSource(record, checkStoredText(textById.get(record.meta.id), record.meta.id));
    if ('problem' in whole) removed.push({ id: record.meta.id, problem: whole.problem });
    else sources.push(whole);
  }
  return { sources, removed };
}

/**
 * Writes sources (records and texts) in one transaction. Any failure aborts it, so none of it
 * stays, and rejects with the transaction's own error when it has one: Chrome reports a full
 * disk there (QuotaExceededError) and gives the requests only AbortError.
 */
export async function writeSources(database: SourceDatabase, sources: StoredSource[]): Promise<void> {
  const tx = database.transaction(['sources', 'texts', 'snapshot'], 'readwrite');
  const requests: Array<Promise<unknown>> = [bumpGeneration(tx)];
  try {
    for (const { paragraphs, ...record } of sources) {
      requests.push(
        tx.objectStore('sources').put(record),
        tx.objectStore('texts').put({ id: record.meta.id, paragraphs }),
      );
    }
    await Promise.all([...requests, tx.done]);
  } catch (err) {
    // A put that throws at once (a value that cannot be stored) does not abort the transaction by
    // itself: the puts before it would be committed. Abort, and let the requests' AbortErrors go.
    for (const request of requests) request.catch(() => undefined);
    abort(tx);
    const doneError = await tx.done.then(
      () => null,
      (e: unknown) => e,
    );
    // The most telling error: a request's or the transaction's own (a full disk is reported on the
    // transaction in Chrome) rather than the AbortError and InvalidStateError that follow from it.
    const errors = [tx.error, doneError, err].filter(hasName);
    throw errors.find((e) => !CONSEQUENCES.has(e.name)) ?? errors[0] ?? err;
  }
}

/** Errors that only say a transaction was aborted, not why. */
const CONSEQUENCES = new Set(['AbortError', 'InvalidStateError', 'TransactionInactiveError']);

/** Deletes sources (records and texts) in one transaction. */
export async function deleteSources(database: SourceDatabase, ids: string[]): Promise<void> {
  const tx = database.transaction(['sources', 'texts', 'snapshot'], 'readwrite');
  await Promise.all([
    bumpGeneration(tx),
    ...ids.flatMap((id) => [tx.objectStore('sources').delete(id), tx.objectStore('texts').delete(id)]),
    tx.done,
  ]);
}

function abort(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted or finished.
  }
}

export function hasName(value: unknown): value is { name: string; message?: string } {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}
