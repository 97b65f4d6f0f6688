import { i18n } from '#i18n';
import { deleteDB, openDB } from 'idb';
import type { Rebuilt, SourceDatabase } from './schema';
import { hasName, openSourceDatabase, toWholeSources, writeSources } from './source-database';

/**
 * Called when the database cannot be opened at `DB_VERSION`: reads what it can of it as it is
 * (any version, no upgrade), deletes it, creates it afresh and writes back what it read. A newer
 * version's database (the extension was downgraded), a failed upgrade, damaged files: the reader
 * keeps every source that can be read. A full disk (QuotaExceededError) is rethrown: deleting
 * the reader's data is no cure for it.
 */
export async function rebuildSourceDatabase(
  name: string,
  openError: unknown,
  open: () => Promise<SourceDatabase> = () => openSourceDatabase(name),
): Promise<{ database: SourceDatabase; rebuilt: Rebuilt }> {
  if (hasName(openError) && openError.name === 'QuotaExceededError') throw openError;
  const salvaged = await salvage(name).catch(() => null);
  await deleteDB(name);
  const database = await open();
  const rebuilt: Rebuilt = {
    reason: describeOpenError(openError),
    recovered: 0,
    lost: salvaged ? salvaged.lost : null,
  };
  if (salvaged && salvaged.sources.length > 0) {
    try {
      await writeSources(database, salvaged.sources);
      rebuilt.recovered = salvaged.sources.length;
    } catch {
      rebuilt.lost = salvaged.lost + salvaged.sources.length;
    }
  }
  if (salvaged?.hidden.length) {
    const tx = database.transaction('hidden-shipped', 'readwrite');
    await Promise.all([...salvaged.hidden.map((id) => tx.store.put({ id, hiddenAt: 0 })), tx.done]).catch(
      () => undefined,
    );
  }
  return { database, rebuilt };
}

/** What can be read of the database as it is, whatever its version and schema. */
async function salvage(name: string) {
  // No version: opens the database at the version it has, without upgrading it.
  const raw = await openDB(name);
  try {
    const has = (store: string) => raw.objectStoreNames.contains(store);
    const keys = async (store: string): Promise<IDBValidKey[]> => (has(store) ? raw.getAllKeys(store) : []);
    const values = async (store: string): Promise<unknown[]> => (has(store) ? raw.getAll(store) : []);
    const [sourceKeys, sourceValues, texts, hidden] = await Promise.all([
      keys('sources'),
      values('sources'),
      values('texts'),
      keys('hidden-shipped'),
    ]);
    const { sources, removed } = toWholeSources(sourceKeys, sourceValues, texts);
    return { sources, lost: removed.length, hidden: hidden.filter((id): id is string => typeof id === 'string') };
  } finally {
    raw.close();
  }
}

function describeOpenError(err: unknown): string {
  const name = hasName(err) ? err.name : '';
  if (name === 'VersionError') return i18n.t('errors.database.newer');
  if (name === 'AbortError') return i18n.t('errors.database.upgradeFailed');
  // UnknownError, InvalidStateError, DataError…: the browser's words ("Internal error") tell the
  // reader nothing they can act on; the console has them.
  console.warn('Crosscheck: the database of the reader’s sources could not be opened', err);
  return i18n.t('errors.database.damaged');
}
