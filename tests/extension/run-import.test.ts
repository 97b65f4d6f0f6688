import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ImportFile, ImportResult } from '../../utils/shared/service-types';
import { IMPORT_LOCK, importRunItem } from '../../utils/shared/storage';
import { ServiceRestartedError } from '../../utils/shared/retry-on-restart';
import { findInterruptedImport, runImport } from '../../utils/view/run-import';
import { describeInterruptedImport } from '../../utils/view/describe-interrupted-import';
import { useLocale } from './fixtures/fake-i18n';
import { closeStores, setupService } from './fixtures/source-service';

const note = (n: number, topic: string) =>
  new File([`Report ${n}\n\n${topic}`], `note-${n}.txt`, { type: 'text/plain' });
// Files of more than one story: a recruitment decree, a derailment, a grounded ship.
const FILES = () => [
  note(1, 'The decree allows foreigners who speak Russian to serve five years in the army.'),
  note(2, 'About 50 cars of the Norfolk Southern train derailed in East Palestine on Friday night.'),
  note(3, 'The Ever Given ran aground in the Suez Canal, and more than 150 ships waited to pass.'),
];

/** Web Locks as the browser keeps them: `held` lists the locks pages hold now. */
function fakeLocks() {
  const held = new Set<string>();
  const locks = {
    async request(name: string, work: () => Promise<unknown>) {
      held.add(name);
      try {
        return await work();
      } finally {
        held.delete(name);
      }
    },
    async query() {
      return { held: [...held].map((name) => ({ name })) };
    },
  };
  vi.stubGlobal('navigator', { locks });
  return held;
}

describe('runImport', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    vi.unstubAllGlobals();
    await closeStores();
  });

  it('imports file by file, recording the plan and the progress, and ends finished', async () => {
    fakeLocks();
    const { service } = setupService();
    const seen: number[] = [];
    const result = await runImport(FILES(), {
      importSources: (files, run) => service.importSources(files, run),
      now: () => 5000,
      onProgress: (run) => seen.push(run.done),
    });
    expect(result.added).toHaveLength(3);
    expect(seen).toEqual([1, 2, 3]);
    expect(await importRunItem.getValue()).toMatchObject({
      files: [{ name: 'note-1.txt' }, { name: 'note-2.txt' }, { name: 'note-3.txt' }],
      done: 3,
      saved: 3,
      added: 3,
      skipped: 0,
      refused: 0,
      finishedAt: 5000,
    });
    expect(await findInterruptedImport()).toBeNull();
  });

  it('leaves an import the background lost twice unfinished, and it is told as interrupted with what was saved', async () => {
    fakeLocks();
    const { service } = setupService();
    let calls = 0;
    const importSources = async (files: ImportFile[], run: { id: string; at: number }): Promise<ImportResult> => {
      if (++calls === 2) throw new ServiceRestartedError('lost');
      return service.importSources(files, run);
    };
    await expect(runImport(FILES(), { importSources, now: () => 5000 })).rejects.toThrow(ServiceRestartedError);
    expect(await findInterruptedImport()).toMatchObject({ done: 1, saved: 1, added: 1, finishedAt: null });
    expect((await service.listSources()).filter((s) => s.origin === 'user')).toHaveLength(1);

    // Chosen again: the file already saved is recognised and skipped, the rest are added.
    const again = await runImport(FILES(), {
      importSources: (f, run) => service.importSources(f, run),
      now: () => 6000,
    });
    expect([again.added.length, again.skipped.length]).toEqual([2, 1]);
    expect((await service.listSources()).filter((s) => s.origin === 'user')).toHaveLength(3);
    expect(await findInterruptedImport()).toBeNull();
  });

  it('counts the file it was storing when cut short, once its sources are found stored, and only then', async () => {
    fakeLocks();
    const { service } = setupService();
    // The browser closes after the third file is stored and before it is counted: its record says
    // two files, with the third pending.
    const importSources = async (files: ImportFile[], run: { id: string; at: number }): Promise<ImportResult> => {
      const result = await service.importSources(files, run);
      if (run.at < 2) return result;
      const record = (await importRunItem.getValue())!;
      const ids = result.added.map((s) => s.meta.id);
      await importRunItem.setValue({ ...record, done: 2, saved: 2, added: 2, pending: { at: 2, ids } });
      throw new ServiceRestartedError('closed');
    };
    await expect(runImport(FILES(), { importSources, now: () => 5000 })).rejects.toThrow(ServiceRestartedError);
    expect(await findInterruptedImport()).toMatchObject({ done: 2, saved: 2 });
    await service.settleImportRun();
    expect(await findInterruptedImport()).toMatchObject({ done: 3, saved: 3, added: 3, pending: null });
    // Settled once: asked again, it counts nothing more.
    await service.settleImportRun();
    expect(await findInterruptedImport()).toMatchObject({ done: 3, saved: 3 });

    // A pending file whose sources are not all stored is not counted.
    const record = (await importRunItem.getValue())!;
    await importRunItem.setValue({ ...record, pending: { at: 3, ids: ['user-0000000000000000'] } });
    await service.settleImportRun();
    expect(await importRunItem.getValue()).toMatchObject({ done: 3, saved: 3 });
  });

  it('is not settled while a page still runs the import', async () => {
    const held = fakeLocks();
    const { service } = setupService();
    const [file] = FILES();
    await runImport([file!], { importSources: (f, run) => service.importSources(f, run), now: () => 1 });
    const id = (await service.listSources()).find((s) => s.origin === 'user')!.meta.id;
    const record = (await importRunItem.getValue())!;
    await importRunItem.setValue({ ...record, done: 0, saved: 0, finishedAt: null, pending: { at: 0, ids: [id] } });
    held.add(IMPORT_LOCK);
    await service.settleImportRun();
    expect(await importRunItem.getValue()).toMatchObject({ done: 0, saved: 0 });
    held.delete(IMPORT_LOCK);
    await service.settleImportRun();
    expect(await importRunItem.getValue()).toMatchObject({ done: 1, saved: 1 });
  });

  it('is not told as interrupted while a page still runs it (it holds the lock)', async () => {
    const held = fakeLocks();
    await importRunItem.setValue({
      id: 'other-page',
      startedAt: 1,
      updatedAt: 1,
      files: [{ name: 'a.txt', size: 10 }],
      done: 0,
      saved: 0,
      added: 0,
      skipped: 0,
      refused: 0,
      finishedAt: null,
    });
    held.add(IMPORT_LOCK);
    expect(await findInterruptedImport()).toBeNull();
    // The page closed (or the browser crashed): the browser released its lock.
    held.delete(IMPORT_LOCK);
    expect(await findInterruptedImport()).toMatchObject({ id: 'other-page' });
  });

  it('without Web Locks, takes an import silent for a minute for one cut short', async () => {
    vi.stubGlobal('navigator', undefined);
    await importRunItem.setValue({
      id: 'quiet',
      startedAt: 0,
      updatedAt: 1000,
      files: [{ name: 'a.txt', size: 10 }],
      done: 0,
      saved: 0,
      added: 0,
      skipped: 0,
      refused: 0,
      finishedAt: null,
    });
    expect(await findInterruptedImport(() => 30_000)).toBeNull();
    expect(await findInterruptedImport(() => 70_000)).toMatchObject({ id: 'quiet' });
  });

  it('counts refused files apart from saved ones', async () => {
    fakeLocks();
    const { service } = setupService();
    const empty = new File([''], 'empty.txt', { type: 'text/plain' });
    const result = await runImport([empty, ...FILES().slice(0, 1)], {
      importSources: (files, run) => service.importSources(files, run),
      now: () => 1,
    });
    expect(result.refused.map((r) => r.name)).toEqual(['empty.txt']);
    expect(await importRunItem.getValue()).toMatchObject({ done: 2, saved: 1, refused: 1 });
  });
});

describe('describeInterruptedImport', () => {
  const files = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `${i}.json`, size: 1 }));
  it.each([
    [
      { files: files(1500), done: 306, saved: 306 },
      'An import of 1,500 files was interrupted: 306 were saved. To import the rest, choose the same files again; those already saved are recognised and skipped.',
    ],
    [
      { files: files(1), done: 0, saved: 0 },
      'An import of 1 file was interrupted: 0 were saved. To import the rest, choose the same files again; those already saved are recognised and skipped.',
    ],
    [{ files: files(3), done: 3, saved: 1 }, 'An import of 3 files was interrupted: 1 was saved.'],
  ])('%j', (run, want) => expect(describeInterruptedImport(run)).toBe(want));

  it('in German', async () => {
    await useLocale('de', 'de-DE');
    try {
      expect(describeInterruptedImport({ files: files(1500), done: 306, saved: 306 })).toMatch(
        /^Ein Import von 1\.500 Dateien wurde unterbrochen: 306 wurden gespeichert\. Um den Rest/,
      );
    } finally {
      await useLocale('en', 'en-GB');
    }
  });
});
