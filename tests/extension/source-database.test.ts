import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openDB } from 'idb';
import { analyseSource } from '../../lib/corpus/analyse-source';
import { describeCorpusNotice } from '../../utils/view/describe-corpus-notice';
import { DB_VERSION } from '../../utils/source-store/schema';
import { corpusNoticeItem } from '../../utils/shared/storage';
import { openUserSourceStore, type StoredSource } from '../../utils/source-store/user-sources';
import { closeStores, freshDbName, NOW, setupService } from './fixtures/source-service';
import { readRaw, sourceText, toFormat1, v1Record, writeRaw, writeV1Database } from './fixtures/raw-databases';

/** The reader's sources as the options page lists them: id, outlet and statement count. */
async function ownSources(service: ReturnType<typeof setupService>['service']) {
  return (await service.listSources())
    .filter((s) => s.origin === 'user')
    .map((s) => `${s.meta.id} ${s.meta.outlet} ${s.statementCount}`);
}

function storedSource(n: number, engine = '1.0.0'): StoredSource {
  const { meta, paragraphs } = sourceText(n);
  return { meta, paragraphs, statements: analyseSource(meta, paragraphs), analysedBy: engine, addedAt: 1000 + n };
}

/** Sources written through the store (schema 2), then the store closed. */
async function writeSources(name: string, sources: StoredSource[]): Promise<void> {
  const store = openUserSourceStore(name);
  await store.put(sources);
  await store.close();
}

describe('schema versions and migrations', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    vi.restoreAllMocks();
    await closeStores();
  });

  it('upgrades a schema-1 database: the reader’s sources keep their ids, order, text and hidden shipped sources', async () => {
    const name = freshDbName();
    const current = v1Record(1, '1.0.0', 300);
    // Analysed by an older extension, in analysed-statement format 1.
    const older = {
      ...v1Record(2, '0.9.0/1', 100),
      statements: toFormat1(analyseSource(sourceText(2).meta, sourceText(2).paragraphs)),
    };
    // A record from before `analysedBy` and `addedAt` were written: kept, analysed again, listed first.
    const { analysedBy: _a, addedAt: _b, ...oldest } = v1Record(3, '0.8.0', 0);
    await writeV1Database(name, [current, older, oldest], ['src-a']);

    const { service, store } = setupService(name);
    expect(await ownSources(service)).toEqual([
      `${oldest.meta.id} Outlet 3 2`,
      `${older.meta.id} Outlet 2 2`,
      `${current.meta.id} Outlet 1 2`,
    ]);
    expect((await service.listSources()).map((s) => s.meta.id)).not.toContain('src-a');
    expect((await service.search('town number 2'))[0]).toMatchObject({ sourceId: older.meta.id });

    const stored = await store.list();
    expect(stored.map((s) => [s.meta, s.paragraphs])).toEqual(
      [oldest, older, current].map((r) => [r.meta, r.paragraphs]),
    );
    // The ones another engine analysed were analysed again, in today's format, and stored so.
    expect(stored.map((s) => s.analysedBy)).toEqual(['1.0.0', '1.0.0', '1.0.0']);
    expect(stored[1]!.statements).toEqual(analyseSource(older.meta, older.paragraphs));
    expect(stored[2]!.statements).toEqual(current.statements);
    expect(await corpusNoticeItem.getValue()).toBeNull();

    // Schema 2 on disk: the records without their text, the text in 'texts'; schema 3 adds the snapshot.
    const raw = await readRaw(name);
    expect(raw.version).toBe(DB_VERSION);
    expect(raw.stores).toEqual(['hidden-shipped', 'snapshot', 'sources', 'texts']);
    expect(raw.records.sources!.every((r) => !('paragraphs' in (r as object)))).toBe(true);
    expect(raw.records.texts).toHaveLength(3);
  });

  it('an extension update: sources analysed by the previous engine are analysed again by the new one, and kept', async () => {
    const name = freshDbName();
    const before = [1, 2, 3].map((n) => storedSource(n, '1.0.0/2'));
    await writeSources(name, before);

    const { service, store } = setupService(name, undefined, '1.1.0/3');
    expect(await ownSources(service)).toEqual(before.map((s) => `${s.meta.id} ${s.meta.outlet} 2`));
    expect((await store.list()).map((s) => [s.meta, s.paragraphs, s.analysedBy])).toEqual(
      before.map((s) => [s.meta, s.paragraphs, '1.1.0/3']),
    );
  });

  it('start-up reads the text of only the sources it must analyse again', async () => {
    const name = freshDbName();
    await writeSources(name, [storedSource(1, 'new'), storedSource(2, 'old'), storedSource(3, 'new')]);
    const store = openUserSourceStore(name);
    const { sources } = await store.load('new');
    expect(sources.map((s) => [s.meta.outlet, s.paragraphs !== undefined])).toEqual([
      ['Outlet 1', false],
      ['Outlet 2', true],
      ['Outlet 3', false],
    ]);
    await store.close();
  });
});

describe('a damaged database', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    vi.restoreAllMocks();
    await closeStores();
  });

  const good = storedSource(1);
  const record = (n: number, change: object) => {
    const { paragraphs: _text, ...rest } = storedSource(n);
    return { ...rest, ...change };
  };
  const text = (n: number) => ({ id: storedSource(n).meta.id, paragraphs: storedSource(n).paragraphs });
  const badFeatures = (n: number) =>
    storedSource(n).statements.map((st) => ({ ...st, features: { ...st.features, terms: 'armi' } }));

  // Each: a damaged source (its record, and its text or none) and what becomes of it.
  const cases = [
    ['no description', record(2, { meta: { id: storedSource(2).meta.id } }), text(2), 'removed'],
    [
      'a date that is not one',
      record(3, { meta: { ...storedSource(3).meta, published: 'Tuesday' } }),
      text(3),
      'removed',
    ],
    ['statements that are not a list, the text fine', record(4, { statements: 'garbage' }), text(4), 'analysed again'],
    ['statements of another source', record(5, { statements: storedSource(6).statements }), text(5), 'analysed again'],
    ['features of the wrong types', record(7, { statements: badFeatures(7) }), text(7), 'analysed again'],
    [
      'statements and text both unreadable',
      record(8, { statements: null }),
      { id: storedSource(8).meta.id, paragraphs: 'garbage' },
      'removed',
    ],
    ['no text, the statements fine', record(9, {}), null, 'kept'],
    ['a shipped source’s id', { ...record(10, {}), meta: { ...storedSource(10).meta, id: 'src-a' } }, null, 'removed'],
  ] as const;

  it('keeps what can be read, analyses again what has text, removes the rest, and tells the reader', async () => {
    const name = freshDbName();
    await writeSources(name, [good]);
    await writeRaw(name, DB_VERSION, {
      sources: cases.map((c) => c[1]),
      texts: cases.map((c) => c[2]).filter(Boolean),
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const { service, store } = setupService(name);
    const kept = cases.filter((c) => c[3] !== 'removed').map((c) => c[1].meta.id);
    const own = await ownSources(service);
    expect(own.map((s) => s.split(' ')[0])).toEqual([good.meta.id, ...kept]);
    // Every source kept compares: none came back without statements.
    expect(own.every((s) => / [1-9]\d*$/.test(s))).toBe(true);
    expect(await service.listSources()).toContainEqual(
      expect.objectContaining({ meta: expect.objectContaining({ id: 'src-a', outlet: 'Outlet A' }) }),
    );

    // The unreadable ones are gone from the disk too; the others are whole again.
    const raw = await readRaw(name);
    const removed = cases.filter((c) => c[3] === 'removed').map((c) => c[1].meta.id);
    expect(raw.records.sources!.map((r) => (r as StoredSource).meta.id).filter((id) => removed.includes(id))).toEqual(
      [],
    );
    const stored = await store.list();
    expect(stored.find((s) => s.meta.id === storedSource(4).meta.id)).toMatchObject({
      analysedBy: '1.0.0',
      statements: storedSource(4).statements,
    });
    expect(stored.find((s) => s.meta.id === storedSource(9).meta.id)?.paragraphs).toEqual(
      storedSource(9).statements.map((st) => st.text),
    );

    const notice = await corpusNoticeItem.getValue();
    expect(notice).toEqual({ kind: 'removed', lost: 4, kept: 5, at: NOW });
    expect(describeCorpusNotice(notice!)).toBe(
      '4 of your 9 sources could not be read and were removed; the shipped corpus and your other 5 sources are intact. If you exported your sources, import the export to bring them back.',
    );
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/repaired/),
      expect.objectContaining({
        removed: expect.arrayContaining([
          { id: 'src-a', problem: expect.stringMatching(/not the id of one of your sources/) },
        ]),
      }),
    );

    // Repaired once: the next start finds nothing to tell.
    await corpusNoticeItem.setValue(null);
    const restarted = setupService(name);
    expect(await ownSources(restarted.service)).toEqual(own);
    expect(await corpusNoticeItem.getValue()).toBeNull();
  });
});

describe('a database that cannot be opened is rebuilt from what can be read of it', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    vi.restoreAllMocks();
    await closeStores();
  });

  const openFails = (times: number, name = 'UnknownError') => {
    const spy = vi.spyOn(indexedDB, 'open');
    for (let i = 0; i < times; i++) {
      spy.mockImplementationOnce(() => {
        throw new DOMException('Internal error opening backing store for indexedDB.open.', name);
      });
    }
  };

  it('made by a newer Crosscheck (the extension was downgraded): the readable sources and hidden ones come back', async () => {
    const name = freshDbName();
    const newer = await openDB(name, DB_VERSION + 1, {
      upgrade(database) {
        database.createObjectStore('sources', { keyPath: 'meta.id' });
        database.createObjectStore('texts', { keyPath: 'id' });
        database.createObjectStore('hidden-shipped', { keyPath: 'id' });
        database.createObjectStore('something-new');
      },
    });
    const sources = [storedSource(1), storedSource(2)];
    for (const { paragraphs, ...rest } of sources) {
      await newer.put('sources', rest);
      await newer.put('texts', { id: rest.meta.id, paragraphs });
    }
    await newer.put('sources', { meta: { id: storedSource(3).meta.id }, statements: 'unreadable' });
    await newer.put('hidden-shipped', { id: 'src-b', hiddenAt: 5 });
    newer.close();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);

    const { service, store } = setupService(name);
    expect(await ownSources(service)).toEqual(sources.map((s) => `${s.meta.id} ${s.meta.outlet} 2`));
    expect((await service.listSources()).map((s) => s.meta.id)).not.toContain('src-b');
    const notice = (await corpusNoticeItem.getValue())!;
    expect(notice).toEqual({
      kind: 'rebuilt',
      lost: 1,
      kept: 2,
      reason: 'it was written by a newer version of Crosscheck',
      at: NOW,
    });
    expect(describeCorpusNotice(notice)).toBe(
      'The database of your sources could not be opened (it was written by a newer version of Crosscheck), so Crosscheck rebuilt it: 2 of your 3 sources were recovered; 1 could not be read. The shipped corpus is intact. If you exported your sources, import the export to bring them back.',
    );
    expect((await readRaw(name)).version).toBe(DB_VERSION);
    // It works as before.
    await service.addSourceFromTab(3);
    expect(await store.list()).toHaveLength(3);
  });

  it('an open error: everything readable is recovered', async () => {
    const name = freshDbName();
    await writeSources(name, [storedSource(1), storedSource(2)]);
    openFails(1);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { service } = setupService(name);
    expect(await ownSources(service)).toHaveLength(2);
    expect(await corpusNoticeItem.getValue()).toMatchObject({
      kind: 'rebuilt',
      lost: 0,
      kept: 2,
      reason: 'the browser could not read its files, which may be damaged',
    });
  });

  it('an open error, and nothing of it can be read: a new database, and the reader is told', async () => {
    const name = freshDbName();
    await writeSources(name, [storedSource(1)]);
    openFails(2);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { service, store } = setupService(name);
    expect(await ownSources(service)).toEqual([]);
    const notice = (await corpusNoticeItem.getValue())!;
    expect(notice).toMatchObject({ kind: 'rebuilt', lost: null, kept: 0 });
    expect(describeCorpusNotice(notice)).toMatch(
      /rebuilt it; nothing could be read from it\. The shipped corpus is intact\. If you exported/,
    );
    await service.addSourceFromTab(3);
    expect(await store.list()).toHaveLength(1);
  });

  it('an upgrade that fails midway: the schema-1 sources are read as they were and written to a new database', async () => {
    const name = freshDbName();
    const records = [v1Record(1, '1.0.0', 10), v1Record(2, '1.0.0', 20)];
    await writeV1Database(name, records);
    // The first put of the migration (moving a text out) fails.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('Disk error', 'UnknownError');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { service, store } = setupService(name);
    expect(await ownSources(service)).toEqual(records.map((r) => `${r.meta.id} ${r.meta.outlet} 2`));
    expect((await store.list()).map((s) => s.paragraphs)).toEqual(records.map((r) => r.paragraphs));
    expect(await corpusNoticeItem.getValue()).toMatchObject({
      kind: 'rebuilt',
      lost: 0,
      kept: 2,
      reason: 'updating it to this version of Crosscheck failed',
    });
  });

  it('a full disk is not "repaired": nothing is deleted, the shipped corpus works, and the next start has everything', async () => {
    const name = freshDbName();
    await writeSources(name, [storedSource(1), storedSource(2)]);
    openFails(1, 'QuotaExceededError');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { service } = setupService(name);
    expect(await ownSources(service)).toEqual([]);
    expect(await service.listSources()).toHaveLength(2);
    const notice = (await corpusNoticeItem.getValue())!;
    expect(notice).toMatchObject({ kind: 'unavailable', reason: expect.stringMatching(/storage is full/) });
    expect(describeCorpusNotice(notice)).toMatch(
      /^Your sources could not be read \(your browser’s storage is full .*\), so Crosscheck compares with the shipped corpus only for now\. They have not been deleted/,
    );

    // The next start reads them, and the notice, no longer true, goes.
    const restarted = setupService(name);
    expect(await ownSources(restarted.service)).toHaveLength(2);
    expect(await corpusNoticeItem.getValue()).toBeNull();
  });
});
