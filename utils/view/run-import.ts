import type { ImportFile, ImportResult } from '../shared/service-types';
import { IMPORT_LOCK, importRunItem, type ImportRun } from '../shared/storage';
import { readImportFiles } from './read-import-files';

/** Without Web Locks: an import not written to for this long is taken for one that was cut short. */
const STALE_MS = 60_000;

interface ImportDeps {
  /** The background's importSources: given the run, it counts the files in the run's record once stored. */
  importSources: (files: ImportFile[], run: { id: string; at: number }) => Promise<ImportResult>;
  now: () => number;
  /** After each file, with the run so far (the page shows it). */
  onProgress?: (run: ImportRun) => void;
}

/**
 * Imports the chosen files one at a time, recording the plan before the first and the progress after
 * each in `importRunItem`, under the Web Lock IMPORT_LOCK. One file at a time: a worker stop loses one
 * call, which is made again (retry-on-restart.ts); a file whose sources are stored already is
 * skipped by the background, so choosing the same files again resumes an import. Rejects with the
 * error of a call that failed twice: the run stays unfinished, and is told as interrupted.
 */
export async function runImport(chosen: File[], deps: ImportDeps): Promise<ImportResult> {
  const run: ImportRun = {
    id: `${deps.now()}-${Math.random().toString(36).slice(2, 8)}`,
    startedAt: deps.now(),
    updatedAt: deps.now(),
    files: chosen.map((f) => ({ name: f.name, size: f.size })),
    done: 0,
    saved: 0,
    added: 0,
    skipped: 0,
    refused: 0,
    finishedAt: null,
  };
  const result: ImportResult = { added: [], skipped: [], refused: [] };
  const work = async () => {
    await importRunItem.setValue(run);
    for (const [at, file] of chosen.entries()) {
      const read = await readImportFiles([file]);
      const one = read.files.length
        ? await deps.importSources(read.files, { id: run.id, at })
        : { added: [], skipped: [], refused: [] };
      result.added.push(...one.added);
      result.skipped.push(...one.skipped);
      result.refused.push(...read.refused, ...one.refused);
      // The background counted a file it was sent, as soon as it was stored; a file refused here, this page counts.
      const counted = (await importRunItem.getValue()) ?? run;
      Object.assign(run, counted.id === run.id ? counted : {});
      if (!read.files.length) {
        run.done++;
        run.refused++;
      }
      run.done = Math.max(run.done, at + 1);
      run.updatedAt = deps.now();
      if (at === chosen.length - 1) run.finishedAt = deps.now();
      await importRunItem.setValue(run);
      deps.onProgress?.({ ...run });
    }
  };
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) await locks.request(IMPORT_LOCK, work);
  else await work();
  return result;
}

/**
 * The last import when it was cut short: not finished, and no page runs it any more (nobody holds
 * its lock; without Web Locks, not written to for a minute). Null otherwise.
 */
export async function findInterruptedImport(now: () => number = Date.now): Promise<ImportRun | null> {
  const run = await importRunItem.getValue();
  if (!run || run.finishedAt !== null) return null;
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (locks) {
    const state = await locks.query();
    return state.held?.some((l) => l.name === IMPORT_LOCK) ? null : run;
  }
  return now() - run.updatedAt > STALE_MS ? run : null;
}
