import { analyseSource } from '../../lib/corpus/analyse-source';
import type { CorpusSource } from '../../lib/corpus/update-corpus';
import { describeStorageError } from '../shared/describe-storage-error';
import { corpusNoticeItem, type CorpusNotice } from '../shared/storage';
import type { StoredSource, StoreRepair, UserSourceStore } from '../source-store/user-sources';

/**
 * The reader's sources as the corpus takes them at start-up. Sources another engine analysed (an
 * extension update) or whose statements were unreadable are analysed again from their text and
 * stored again. Whatever the store had to repair, and a store that cannot be read at all (the
 * shipped corpus then works alone), is told to the reader (`corpusNoticeItem`).
 */
export async function loadUserSources(
  store: UserSourceStore | undefined,
  engineVersion: () => string,
  now: () => number,
): Promise<{ sources: CorpusSource[]; hidden: string[]; indexes?: unknown }> {
  if (!store) return { sources: [], hidden: [] };
  let snapshot;
  let engine = '';
  try {
    engine = engineVersion();
    snapshot = await store.load(engine);
  } catch (err) {
    console.warn('Crosscheck: your sources could not be read; comparing with the shipped corpus only', err);
    await tell({ kind: 'unavailable', lost: null, kept: 0, reason: describeStorageError(err), at: now() });
    return { sources: [], hidden: [] };
  }
  const stale = snapshot.sources.filter((s): s is StoredSource => s.paragraphs !== undefined);
  for (const s of stale) Object.assign(s, { statements: analyseSource(s.meta, s.paragraphs), analysedBy: engine });
  // Not stored: analysed again at the next start. The corpus in memory has them either way.
  if (stale.length)
    await store.put(stale).catch((err: unknown) => console.warn('Crosscheck: re-analysed sources not stored', err));
  const notice = describeRepair(snapshot.repair, snapshot.sources.length, now());
  // "Could not be read this time" is over once they are read.
  if (!notice && (await corpusNoticeItem.getValue().catch(() => null))?.kind === 'unavailable')
    await corpusNoticeItem.removeValue();
  if (notice) {
    console.warn('Crosscheck: the store of your sources was repaired', snapshot.repair);
    await tell(notice);
  }
  return {
    sources: snapshot.sources.map(({ meta, statements }) => ({ meta, statements })),
    hidden: snapshot.hidden,
    // Prepared for the sources as stored: not for any analysed again just now.
    indexes: stale.length ? undefined : snapshot.indexes,
  };
}

/** The notice for what the store repaired, or null when nothing of the reader's was touched. */
export function describeRepair({ removed, rebuilt }: StoreRepair, kept: number, at: number): CorpusNotice | null {
  if (rebuilt) {
    const lost = rebuilt.lost === null ? null : rebuilt.lost + removed.length;
    if (lost === 0 && kept === 0) return null;
    return { kind: 'rebuilt', lost, kept, reason: rebuilt.reason, at };
  }
  if (removed.length === 0) return null;
  return { kind: 'removed', lost: removed.length, kept, at };
}

async function tell(notice: CorpusNotice): Promise<void> {
  await corpusNoticeItem.setValue(notice).catch(() => undefined);
}
