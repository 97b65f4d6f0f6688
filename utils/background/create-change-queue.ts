import { i18n } from '#i18n';
import type { UserSourceStore } from '../source-store/user-sources';
import type { Corpus } from '../../lib/corpus/load-corpus';
import type { AnalysedCorpus } from '../../lib/types';
import { ReaderError } from '../shared/reader-error';

/** The corpus in memory and what it was made of. */
export interface CorpusState {
  corpus: Corpus;
  /** The shipped asset as loaded (kept to bring hidden shipped sources back). */
  asset: AnalysedCorpus;
  /** Shipped sources the reader removed. */
  hidden: Set<string>;
}

/** Changes to the reader's sources, one at a time: the source manager's and the news memory's share it. */
export interface ChangeQueue {
  /** Runs a change after the ones before it, with the loaded corpus and the store. */
  run<T>(apply: (s: CorpusState, store: UserSourceStore) => Promise<T>): Promise<T>;
  /** Resolves once every change asked for so far has finished (or failed). */
  settled(): Promise<unknown>;
  /** The store, or the reader's error when there is none. */
  requireStore(): UserSourceStore;
}

export function createChangeQueue(getState: () => Promise<CorpusState>, store?: UserSourceStore): ChangeQueue {
  let changes: Promise<unknown> = Promise.resolve();

  function requireStore(): UserSourceStore {
    if (!store) throw new ReaderError(i18n.t('errors.sources.noStore'));
    return store;
  }

  return {
    run(apply) {
      const run = changes.then(async () => apply(await getState(), requireStore()));
      changes = run.catch(() => undefined);
      return run;
    },
    settled: () => changes,
    requireStore,
  };
}
