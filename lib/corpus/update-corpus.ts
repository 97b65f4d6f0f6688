import type { CorpusStatement, SourceMeta } from '../types';
import {
  addToCopyGroups,
  indexTerms,
  toIndexed,
  updateCopyGroups,
  updateTermWeights,
  type Corpus,
} from './load-corpus';
import { addAllToTermIndex, addPackedToTermIndex, removeFromTermIndex } from '../match/term-index';
import { checkPreparedIndexes } from './prepare-indexes';
import { addAllToCopyIndex, removeFromCopyIndex } from './copy-index';
import { sampleShingles } from './sample-shingles';
import { shareEmptyLists } from './analyse-source';

/** A source with its analysed statements (see `analyseSource`), ready to join a loaded corpus. */
export interface CorpusSource {
  meta: SourceMeta;
  statements: CorpusStatement[];
}

/**
 * Adds sources to a loaded corpus, in place: their statements join `statements`, `bySource`
 * and the search index (appended, so existing ids stay valid), the IDF is recomputed once and
 * the new sources join the groups of copies (Corpus.voiceOf; recomputed when a source was replaced).
 * A source whose id is already in the corpus is replaced. Throws when a statement names
 * another source (misuse).
 *
 * `prepared` is what prepareIndexes made of these same sources (start-up: stored with the
 * snapshot): used instead of indexing their statements again when it fits them, ignored when not.
 */
export function addSources(corpus: Corpus, sources: CorpusSource[], prepared?: unknown): void {
  for (const { meta, statements } of sources) {
    const stray = statements.find((st) => st.sourceId !== meta.id);
    if (stray)
      throw new Error(
        `Statement ${stray.index} belongs to "${stray.sourceId}", not to the source "${meta.id}" it is added with.`,
      );
  }
  const removed = discardSources(corpus, new Set(sources.map((s) => s.meta.id)));
  const replaced = removed.length > 0;
  const ready = prepared === undefined ? null : checkPreparedIndexes(prepared, sources);
  const base = corpus.statements.length;
  const added: Array<{ id: number; terms: string[] }> = [];
  for (const { meta, statements } of sources) {
    corpus.sources.set(meta.id, meta);
    corpus.bySource.set(meta.id, statements);
    // A replaced source is read again on its next use.
    corpus.events.delete(meta.id);
    for (const st of statements) {
      shareEmptyLists(st);
      const id = corpus.statements.length;
      corpus.statements.push(st);
      corpus.index?.add(toIndexed(st, id));
      if (!ready) added.push({ id, terms: indexTerms(st.features) });
    }
  }
  if (ready) addPackedToTermIndex(corpus.terms, ready.terms, ready.termList, base);
  else addAllToTermIndex(corpus.terms, added);
  addAllToCopyIndex(
    corpus.copies,
    sources.map(({ meta, statements }, i) => [
      meta.id,
      ready ? ready.samples.subarray(ready.sampleStarts[i], ready.sampleStarts[i + 1]) : sampleShingles(statements),
    ]),
  );
  updateTermWeights(corpus, {
    added: sources.flatMap((s) => s.statements),
    removed,
    addedCounts: ready ? { terms: ready.termList, counts: ready.counts } : undefined,
  });
  // Only added: the new sources join the groups; a replaced one may have held a group together.
  if (replaced) updateCopyGroups(corpus);
  else
    addToCopyGroups(
      corpus,
      sources.map((s) => s.meta.id),
    );
}

/**
 * Removes sources from a loaded corpus, in place: their ids are discarded from the search
 * index (MiniSearch cleans up lazily), their positions in `statements` left empty, and the IDF
 * and the groups of copies recomputed. Unknown ids are ignored. Returns the ids that were removed.
 */
export function removeSources(corpus: Corpus, sourceIds: Iterable<string>): string[] {
  const ids = new Set([...sourceIds].filter((id) => corpus.sources.has(id)));
  if (ids.size === 0) return [];
  const removed = discardSources(corpus, ids);
  updateTermWeights(corpus, { added: [], removed });
  updateCopyGroups(corpus);
  return [...ids];
}

/** Returns the statements of those of `ids` that were in the corpus (none: nothing was discarded). */
function discardSources(corpus: Corpus, ids: ReadonlySet<string>): CorpusStatement[] {
  const present = [...ids].filter((id) => corpus.sources.has(id));
  if (present.length === 0) return [];
  const removed = present.flatMap((id) => corpus.bySource.get(id) ?? []);
  const gone = new Set(present);
  const discarded: number[] = [];
  corpus.statements.forEach((st, id) => {
    if (st && gone.has(st.sourceId)) {
      discarded.push(id);
      corpus.statements[id] = undefined;
    }
  });
  corpus.index?.discardAll(discarded);
  removeFromTermIndex(corpus.terms, discarded);
  for (const id of present) {
    corpus.sources.delete(id);
    corpus.bySource.delete(id);
    corpus.stanceBodies.delete(id);
    removeFromCopyIndex(corpus.copies, id);
    corpus.events.delete(id);
  }
  return removed;
}
