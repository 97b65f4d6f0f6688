import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyseSource } from '../../lib/corpus/analyse-source';
import { createUserCorpusExport } from '../../lib/corpus/user-corpus-export';
import { createUserSourceId } from '../../lib/corpus/source-id';
import type { SourceMeta } from '../../lib/types';
import { openUserSourceStore, type StoredSource } from '../../utils/source-store/user-sources';
import { closeStores, everything, freshDbName, setupService } from './fixtures/source-service';
import { failPut } from './fixtures/storage-faults';
import { useLocale } from './fixtures/fake-i18n';
import { describeImportProblem } from '../../utils/view/describe-import-problem';

function storedSource(n: number): StoredSource {
  const paragraphs = [`Officials in town number ${n} said ${n * 100} recruits had signed contracts with the army.`];
  const meta: SourceMeta = {
    id: createUserSourceId(undefined, paragraphs),
    outlet: `Outlet ${n}`,
    headline: `Story ${n}`,
    published: '2015-02-01',
    publishedHow: 'byline',
  };
  return { meta, paragraphs, statements: analyseSource(meta, paragraphs), analysedBy: '1.0.0', addedAt: n };
}

const EXPORT = JSON.stringify(createUserCorpusExport([1, 2, 3].map(storedSource), '2026-03-01T00:00:00.000Z'));
const exportFile = { name: 'export.json', type: 'application/json', text: EXPORT };

describe('the store: a write that fails leaves nothing of itself', () => {
  afterEach(() => vi.restoreAllMocks());

  // Each source is two puts (its record, then its text): put 3 is the second source's record.
  it.each([
    ['the disk is full at the second source', 3, 'quota', 'QuotaExceededError'],
    ['the write is interrupted after the first source', 2, 'abort', 'AbortError'],
  ] as const)('%s', async (_, n, fault, errorName) => {
    const store = openUserSourceStore(freshDbName());
    await store.put([storedSource(9)]);
    const before = await store.list();

    failPut(n, fault);
    await expect(store.put([1, 2, 3].map(storedSource))).rejects.toMatchObject({ name: errorName });
    vi.restoreAllMocks();
    expect(await store.list()).toEqual(before);

    // The database still works.
    await store.put([storedSource(4)]);
    expect((await store.list()).map((s) => s.meta.outlet)).toEqual(['Outlet 4', 'Outlet 9']);
    await store.close();
  });

  it('a source the browser cannot store aborts the whole write (the sources before it are not kept)', async () => {
    const store = openUserSourceStore(freshDbName());
    const uncloneable = { ...storedSource(2), analysedBy: (() => '1.0.0') as unknown as string };
    await expect(store.put([storedSource(1), uncloneable, storedSource(3)])).rejects.toMatchObject({
      name: 'DataCloneError',
    });
    expect(await store.list()).toEqual([]);
    await store.close();
  });
});

describe('the service: a change that cannot be stored is refused, and changes nothing', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    vi.restoreAllMocks();
    await closeStores();
  });

  it.each([
    [
      'the disk is full',
      3,
      'quota',
      'could not be saved: your browser’s storage is full (free some disk space, then try again); nothing of it was stored',
    ],
    ['the write is interrupted', 2, 'abort', 'could not be saved: the write was interrupted; nothing of it was stored'],
  ] as const)('an import when %s', async (_, n, fault, problem) => {
    const { service, store, dbName } = setupService();
    await service.addSourceFromTab(3);
    const before = await everything(service, store);

    failPut(n, fault);
    const result = await service.importSources([exportFile]);
    expect(result.added).toEqual([]);
    expect(result.refused.map((r) => ({ name: r.name, problem: describeImportProblem(r.problem) }))).toEqual([
      { name: 'export.json', problem },
    ]);
    vi.restoreAllMocks();
    expect(await everything(service, store)).toEqual(before);

    // Later imports work, and the next start reads what this one has.
    expect((await service.importSources([exportFile])).added).toHaveLength(3);
    const restarted = setupService(dbName);
    const [now, then] = [await everything(restarted.service, restarted.store), await everything(service, store)];
    expect(now.stored).toEqual(then.stored);
    // The test's clock stands still: sources added at the same time may list in another order after a restart.
    expect(now.seen.sources.sort()).toEqual(then.seen.sources.sort());
    expect(now.seen.sources.filter((s) => s.startsWith('user'))).toHaveLength(4);
  });

  it('adding the page when the disk is full', async () => {
    const { service, store } = setupService();
    const before = await everything(service, store);
    failPut(1, 'quota');
    await expect(service.addSourceFromTab(3)).rejects.toThrow(
      'This page could not be saved: your browser’s storage is full (free some disk space, then try again). Your sources are unchanged.',
    );
    vi.restoreAllMocks();
    expect(await everything(service, store)).toEqual(before);
  });

  it('adding the page when the disk is full, in German: the reason too', async () => {
    await useLocale('de', 'de-DE');
    try {
      const { service } = setupService();
      failPut(1, 'quota');
      await expect(service.addSourceFromTab(3)).rejects.toThrow(
        'Diese Seite konnte nicht gespeichert werden: der Speicher Ihres Browsers ist voll (geben Sie Speicherplatz frei und versuchen Sie es erneut). Ihre Quellen sind unverändert.',
      );
      vi.restoreAllMocks();
      await expect(service.removeSource('user-0000000000000000')).rejects.toThrow(
        'Diese Quelle ist nicht mehr unter Ihren Quellen (sie wurde entfernt, vielleicht in einem anderen Tab).',
      );
    } finally {
      await useLocale('en', 'en-GB');
    }
  });

  it('removing a source when the write is interrupted', async () => {
    const { service, store } = setupService();
    const added = await service.addSourceFromTab(3);
    const before = await everything(service, store);
    vi.spyOn(store, 'remove').mockRejectedValueOnce(new DOMException('Transaction aborted', 'AbortError'));
    await expect(service.removeSource(added.meta.id)).rejects.toThrow(
      'Crosscheck could not save the change: the write was interrupted. Your sources are unchanged.',
    );
    expect(await everything(service, store)).toEqual(before);
  });
});
