import { analyseSource } from '../../lib/corpus/analyse-source';
import type { Corpus } from '../../lib/corpus/load-corpus';
import { i18n } from '#i18n';
import { ImportError, parseImport } from '../../lib/corpus/parse-import';
import { sourceFromArticle, type SourceText } from '../../lib/corpus/source-from-article';
import { isUserSourceId } from '../../lib/corpus/source-id';
import { addSources, removeSources, type CorpusSource } from '../../lib/corpus/update-corpus';
import { createUserCorpusExport, type UserCorpusExport } from '../../lib/corpus/user-corpus-export';
import type { Article, CorpusStatement, SourceMeta } from '../../lib/types';
import { describeScriptingError } from '../shared/describe-scripting-error';
import { describeStorageError } from '../shared/describe-storage-error';
import type { ImportFile, ImportResult, PageReading, SourceSummary } from '../shared/service-types';
import type { UserSourceStore } from '../source-store/user-sources';
import { IMPORT_LOCK, importRunItem } from '../shared/storage';
import { createChangeQueue, type ChangeQueue, type CorpusState } from './create-change-queue';
import { ReaderError } from '../shared/reader-error';

// CorpusState lives with the change queue (which the source manager uses): one direction of imports.
export type { CorpusState } from './create-change-queue';

export interface SourceManagerDeps {
  /** The corpus in memory (loaded once, by the analysis service). */
  getState(): Promise<CorpusState>;
  /** The reader's sources (IndexedDB); without it the source changes fail. */
  store?: UserSourceStore;
  readTab(tabId: number): Promise<PageReading>;
  /** Reads imported HTML the options page did not extract already. */
  readHtml?: (html: string) => Article | null;
  /** Which engine analyses sources (stored with each). */
  engineVersion(): string;
  /** Called after each change to the corpus: results computed before no longer say what it says. */
  onCorpusChanged(): Promise<void>;
  now(): number;
  /** The order of changes, when shared with the news memory (create-reading-memory.ts). */
  queue?: ChangeQueue;
}

/**
 * The reader's sources: list, add the tab's article, import files, remove, restore the shipped
 * ones, export. Each change is stored first (one transaction) and only then made to the corpus
 * in memory, so a write that fails (full disk, interrupted) leaves both as they were.
 */
export function createSourceManager(deps: SourceManagerDeps) {
  const queue = deps.queue ?? createChangeQueue(deps.getState, deps.store);
  /** Runs a change to the reader's sources after the ones before it. */
  const change = queue.run;

  /** Stores analysed sources (one transaction), then adds them to the corpus in memory. */
  async function commit(
    s: CorpusState,
    store: UserSourceStore,
    sources: CorpusSource[],
    paragraphs: string[][],
  ): Promise<void> {
    // One millisecond apart: the sources of one file keep their order when listed after a restart.
    const addedAt = deps.now();
    await store.put(
      sources.map(({ meta, statements }, i) => ({
        meta,
        statements,
        paragraphs: paragraphs[i]!,
        analysedBy: deps.engineVersion(),
        addedAt: addedAt + i,
      })),
    );
    addSources(s.corpus, sources);
    await deps.onCorpusChanged();
  }

  return {
    /** Every source in the corpus: the shipped ones (in shipped order) first, then the reader's (oldest first). */
    async listSources(): Promise<SourceSummary[]> {
      const { corpus, asset } = await deps.getState();
      const shipped = asset.sources.filter((s) => corpus.sources.has(s.id));
      const user = [...corpus.sources.values()].filter((s) => isUserSourceId(s.id));
      return [...shipped, ...user].map((meta) => summarize(corpus, meta));
    },

    /** Reads the tab's article and adds it to the reader's sources (the same page again replaces it). */
    async addSourceFromTab(tabId: number): Promise<SourceSummary> {
      let reading: PageReading;
      try {
        reading = await deps.readTab(tabId);
      } catch (err) {
        throw describeScriptingError(err);
      }
      if (!reading.article) throw new ReaderError(i18n.t('errors.sources.notAnArticle'));
      const source = sourceFromArticle(reading.article, localDate(deps.now()));
      const statements = analyseSource(source.meta, source.paragraphs);
      if (statements.length === 0) throw new ReaderError(i18n.t('errors.sources.noStatements'));
      return change(async (s, store) => {
        try {
          await commit(s, store, [{ meta: source.meta, statements }], [source.paragraphs]);
        } catch (err) {
          throw new ReaderError(i18n.t('errors.sources.pageNotSaved', { reason: describeStorageError(err) }), {
            cause: err,
          });
        }
        return summarize(s.corpus, source.meta);
      });
    },

    /**
     * Adds the sources of each file; a file that cannot be read or stored is refused whole, with why,
     * and changes nothing. Given `run` (the options page's import, utils/view/run-import.ts: its id
     * and the place of these files in it), the run's record counts them as soon as they are stored,
     * so that a browser closed right after still finds the count true.
     */
    async importSources(files: ImportFile[], run?: { id: string; at: number }): Promise<ImportResult> {
      const result: ImportResult = { added: [], skipped: [], refused: [] };
      const today = localDate(deps.now());
      for (const file of files) {
        let sources: SourceText[];
        try {
          sources = parseImport(file, { today, readHtml: deps.readHtml });
        } catch (err) {
          // Not an ImportError: a fault of the engine's, not of the file. Its message is for the console.
          if (!(err instanceof ImportError)) console.warn(`Crosscheck: importing ${file.name} failed`, err);
          result.refused.push({
            name: file.name,
            problem: err instanceof ImportError ? err.problem : { code: 'failed' },
          });
          continue;
        }
        const analysed = sources.map(({ meta, paragraphs }) => ({ meta, statements: analyseSource(meta, paragraphs) }));
        const empty = analysed.find((a) => a.statements.length === 0);
        if (empty) {
          result.refused.push({
            name: file.name,
            problem: { code: 'no-statements', headline: sources.length > 1 ? empty.meta.headline : null },
          });
          continue;
        }
        if (run)
          await markPending(
            run,
            analysed.map((a) => a.meta.id),
          );
        try {
          await change(async (s, store) => {
            // Already stored as they are (the same files imported again, or an interrupted import
            // resumed): recognised, not written again.
            const fresh = analysed.map((a) => !isStoredAsIs(s.corpus, a));
            const toStore = analysed.filter((_, i) => fresh[i]);
            if (toStore.length)
              await commit(
                s,
                store,
                toStore,
                sources.filter((_, i) => fresh[i]).map((src) => src.paragraphs),
              );
            analysed.forEach(({ meta }, i) =>
              (fresh[i] ? result.added : result.skipped).push(summarize(s.corpus, meta)),
            );
          });
        } catch (err) {
          result.refused.push({
            name: file.name,
            problem: { code: 'not-saved', reason: describeStorageError(err) },
          });
        }
      }
      if (run) await countInRun(run, files.length, result);
      return result;
    },

    /**
     * Counts the file an import was storing when it was cut short (the run's `pending`), if its
     * sources are stored, so that the reader is told the true count: the browser can close between
     * storing a file and counting it. Does nothing while a page still runs the import.
     */
    async settleImportRun(): Promise<void> {
      const record = await importRunItem.getValue();
      const pending = record?.pending;
      if (!record || !pending || record.finishedAt !== null || record.done !== pending.at) return;
      const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
      if ((await locks?.query())?.held?.some((l) => l.name === IMPORT_LOCK)) return;
      if (!(await queue.requireStore().hasAll(pending.ids))) return;
      await importRunItem.setValue({
        ...record,
        done: record.done + 1,
        saved: record.saved + 1,
        added: record.added + pending.ids.length,
        pending: null,
      });
    },

    /** Deletes one of the reader's sources, or hides a shipped one until `restoreShipped`. */
    async removeSource(sourceId: string): Promise<void> {
      await change(async (s, store) => {
        if (isUserSourceId(sourceId)) {
          const stored = await saving(store.remove(sourceId));
          if (!stored && !s.corpus.sources.has(sourceId)) throw new ReaderError(i18n.t('errors.sources.noSource'));
        } else if (s.asset.sources.some((m) => m.id === sourceId)) {
          await saving(store.hideShipped(sourceId, deps.now()));
          s.hidden.add(sourceId);
        } else {
          throw new ReaderError(i18n.t('errors.sources.noSource'));
        }
        removeSources(s.corpus, [sourceId]);
        await deps.onCorpusChanged();
      });
    },

    /** Brings back the shipped sources the reader removed; the reader's own stay. */
    async restoreShipped(): Promise<void> {
      await change(async (s, store) => {
        await saving(store.restoreShipped());
        const back = s.asset.sources.filter((m) => s.hidden.has(m.id));
        s.hidden.clear();
        if (back.length === 0) return;
        addSources(
          s.corpus,
          back.map((meta) => ({ meta, statements: s.asset.statements.filter((st) => st.sourceId === meta.id) })),
        );
        await deps.onCorpusChanged();
      });
    },

    /** The reader's own sources as one JSON document, importable again. */
    async exportUserCorpus(): Promise<UserCorpusExport> {
      const store = queue.requireStore();
      await queue.settled();
      const stored = await store.list();
      return createUserCorpusExport(stored, new Date(deps.now()).toISOString());
    },
  };
}

/** Writes down the ids of the file about to be stored (see ImportRun.pending), unless the record is of another run. */
async function markPending(run: { id: string; at: number }, ids: string[]): Promise<void> {
  const record = await importRunItem.getValue().catch(() => null);
  if (!record || record.id !== run.id || record.done !== run.at) return;
  await importRunItem
    .setValue({ ...record, pending: { at: run.at, ids } })
    .catch((err: unknown) => console.warn('Crosscheck: the import’s progress was not recorded', err));
}

/**
 * Counts `files` (at place `run.at` of the run) in the import run's record, unless the record is of
 * another run or counted them already (a call made again after the worker restarted).
 */
async function countInRun(run: { id: string; at: number }, files: number, result: ImportResult): Promise<void> {
  const record = await importRunItem.getValue().catch(() => null);
  if (!record || record.id !== run.id || record.done !== run.at) return;
  const refused = new Set(result.refused.map((r) => r.name)).size;
  await importRunItem
    .setValue({
      ...record,
      done: record.done + files,
      saved: record.saved + files - refused,
      refused: record.refused + refused,
      added: record.added + result.added.length,
      skipped: record.skipped + result.skipped.length,
      pending: null,
      updatedAt: Date.now(),
    })
    .catch((err: unknown) => console.warn('Crosscheck: the import’s progress was not recorded', err));
}

/** Whether the corpus holds this source already, described and analysed the same (then its text is the same). */
function isStoredAsIs(corpus: Corpus, source: { meta: SourceMeta; statements: CorpusStatement[] }): boolean {
  const meta = corpus.sources.get(source.meta.id);
  const stored = corpus.bySource.get(source.meta.id);
  if (!meta || !stored || stored.length !== source.statements.length) return false;
  const fields = new Set([...Object.keys(meta), ...Object.keys(source.meta)]) as Set<keyof SourceMeta>;
  for (const key of fields) if (JSON.stringify(meta[key]) !== JSON.stringify(source.meta[key])) return false;
  return stored.every((st, i) => st.text === source.statements[i]!.text);
}

/** A write to the store, whose failure is told in the reader's words (the corpus is then unchanged). */
async function saving<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (err) {
    throw new ReaderError(i18n.t('errors.sources.changeNotSaved', { reason: describeStorageError(err) }), {
      cause: err,
    });
  }
}

function summarize(corpus: Corpus, meta: SourceMeta): SourceSummary {
  return {
    meta,
    statementCount: corpus.bySource.get(meta.id)?.length ?? 0,
    origin: isUserSourceId(meta.id) ? 'user' : 'shipped',
  };
}

/** The reader's calendar date (YYYY-MM-DD) at `ms`. */
function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
