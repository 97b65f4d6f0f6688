import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseSource } from '../../lib/corpus/analyse-source';
import { checkPreparedIndexes, prepareIndexes } from '../../lib/corpus/prepare-indexes';
import { openUserSourceStore, type StoredSource, type UserSourceStore } from '../../utils/source-store/user-sources';
import { freshDbName } from './fixtures/source-service';
import { sourceText } from './fixtures/raw-databases';

const ENGINE = '1.0.0';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function storedSource(n: number): StoredSource {
  const { meta, paragraphs } = sourceText(n);
  return { meta, paragraphs, statements: analyseSource(meta, paragraphs), analysedBy: ENGINE, addedAt: 1000 + n };
}

let open: UserSourceStore[] = [];
/** A store as one start of the service worker opens it (snapshots made at once rather than after 3 s). */
function start(name: string): UserSourceStore {
  const store = openUserSourceStore(name, { snapshotDelayMs: 0 });
  open.push(store);
  return store;
}

/** The outlets `load` returns, in order. */
async function loadedOutlets(store: UserSourceStore): Promise<string[]> {
  return (await store.load(ENGINE)).sources.map((s) => s.meta.outlet);
}

/** Changes a record of 'sources' behind the store's back (no generation bump), as only a snapshot read would miss. */
async function renameBehindTheBack(name: string, id: string, outlet: string): Promise<void> {
  const db = await openDB(name);
  const record = await db.get('sources', id);
  await db.put('sources', { ...record, meta: { ...record.meta, outlet } });
  db.close();
}

async function snapshotChunks(name: string): Promise<Array<[IDBValidKey, unknown]>> {
  const db = await openDB(name);
  const keys = await db.getAllKeys('snapshot');
  const values = await db.getAll('snapshot');
  db.close();
  return keys.map((k, i) => [k, values[i]]);
}

describe('start-up snapshot of the reader’s sources', () => {
  afterEach(async () => {
    await Promise.all(open.map((s) => s.close()));
    open = [];
  });

  it('is made after a change and read at the next start instead of every record', async () => {
    const name = freshDbName();
    const sources = [1, 2, 3].map(storedSource);
    await start(name).put(sources);
    await sleep(50);
    expect((await snapshotChunks(name)).map(([key]) => key)).toEqual([0, 'generation']);
    // A change the snapshot does not know of shows that the next start read the snapshot.
    await renameBehindTheBack(name, sources[1]!.meta.id, 'Changed behind the back');
    expect(await loadedOutlets(start(name))).toEqual(['Outlet 1', 'Outlet 2', 'Outlet 3']);
  });

  it('keeps the indexes of its sources, made by the engine that loaded them, and gives them to the next start', async () => {
    const name = freshDbName();
    const sources = [1, 2, 3].map(storedSource);
    // Stored by a store that has not loaded yet: it does not know the engine, so no indexes.
    await start(name).put(sources);
    await sleep(50);
    const first = await start(name).load(ENGINE);
    expect(first.indexes).toBeUndefined();
    // That start made the snapshot again, with the indexes of this engine.
    await sleep(50);
    const second = await start(name).load(ENGINE);
    const loaded = second.sources.map(({ meta, statements }) => ({ meta, statements }));
    expect(checkPreparedIndexes(second.indexes, loaded)).not.toBeNull();
    expect(second.indexes).toEqual(prepareIndexes(loaded));
    // Another engine analyses every source again: the indexes are not its own.
    expect((await start(name).load('2.0.0')).indexes).toBeUndefined();
  });

  it.each([
    ['a write through the store (stale snapshot)', async (store: UserSourceStore) => store.put([storedSource(4)])],
    [
      'a deletion through the store',
      async (store: UserSourceStore) => void (await store.remove(sourceText(3).meta.id)),
    ],
  ])('is not used after %s: the store is read', async (_, change) => {
    const name = freshDbName();
    const sources = [1, 2, 3].map(storedSource);
    await start(name).put(sources);
    await sleep(50); // the snapshot of the three
    // The change, by a store that would make the next snapshot only 10 s later (never, here).
    const changer = openUserSourceStore(name, { snapshotDelayMs: 10_000 });
    open.push(changer);
    await change(changer);
    await renameBehindTheBack(name, sources[0]!.meta.id, 'Read from the store');
    const outlets = await loadedOutlets(start(name));
    expect(outlets[0]).toBe('Read from the store');
  });

  it.each([
    ['unreadable JSON', (chunk: Record<string, unknown>) => ({ ...chunk, json: '[{"meta": ' })],
    ['a chunk of another generation', (chunk: Record<string, unknown>) => ({ ...chunk, generation: 99 })],
    ['a missing chunk', (chunk: Record<string, unknown>) => ({ ...chunk, total: 2 })],
    ['not a chunk at all', () => 'garbage'],
  ])('with %s, start-up reads the store and makes the snapshot again', async (_, damage) => {
    const name = freshDbName();
    const sources = [1, 2, 3].map(storedSource);
    await start(name).put(sources);
    await sleep(50);
    const db = await openDB(name);
    await db.put('snapshot', damage((await db.get('snapshot', 0)) as Record<string, unknown>), 0);
    db.close();
    await renameBehindTheBack(name, sources[2]!.meta.id, 'Read from the store');
    const store = start(name);
    expect(await loadedOutlets(store)).toEqual(['Outlet 1', 'Outlet 2', 'Read from the store']);
    await sleep(50);
    const chunk = (await snapshotChunks(name))[0]?.[1];
    expect(JSON.parse((chunk as { json: string }).json)).toHaveLength(3);
  });

  it('spreads a large corpus over chunks of 1,000 sources and reads them back in order', async () => {
    const name = freshDbName();
    const one = storedSource(1);
    // 2,500 sources sharing one analysed text: only ids, outlets and order differ.
    const many = Array.from({ length: 2500 }, (_, i): StoredSource => ({
      ...one,
      meta: { ...one.meta, id: `${one.meta.id.slice(0, -6)}${String(i).padStart(6, '0')}`, outlet: `Outlet ${i}` },
      statements: one.statements.map((st) => ({
        ...st,
        sourceId: `${one.meta.id.slice(0, -6)}${String(i).padStart(6, '0')}`,
      })),
      addedAt: i,
    }));
    await start(name).put(many);
    await sleep(200);
    expect((await snapshotChunks(name)).map(([key]) => key)).toEqual([0, 1, 2, 'generation']);
    await renameBehindTheBack(name, many[0]!.meta.id, 'not read');
    const outlets = await loadedOutlets(start(name));
    expect(outlets).toHaveLength(2500);
    expect(outlets.slice(0, 2)).toEqual(['Outlet 0', 'Outlet 1']);
    expect(outlets.at(-1)).toBe('Outlet 2499');
  });
});
