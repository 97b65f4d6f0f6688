/**
 * The corpus's shingle samples (lib/corpus/sample-shingles.ts) with an inverted index from a
 * sampled hash to the sources holding it: what tells that a page is the text of a source, and
 * which sources are copies of one story. About 40 sampled hashes a source (FNC-1 bodies); the
 * look-up cost grows with the shared hashes, not with the corpus.
 */
export interface CopyIndex {
  /** Each source's sample, sorted. */
  samples: Map<string, Uint32Array>;
  /** Sampled hash → the source holding it, or the sources (a shingle shared by copies or set phrases). */
  postings: Map<number, string | string[]>;
  /** Each source's voice: the representative id of its group of copies (only sources in a group of two or more). */
  voices: Map<string, string>;
}

/**
 * A hash held by more sources than this is a set phrase ("contributed to this report"), not a
 * sign of a copy: skipped, so one boilerplate line never costs a pass over thousands of sources.
 */
const MAX_POSTINGS = 64;

export function createCopyIndex(): CopyIndex {
  return { samples: new Map(), postings: new Map(), voices: new Map() };
}

/** Adds (or replaces) a source's sample. */
export function addToCopyIndex(index: CopyIndex, sourceId: string, sample: Uint32Array): void {
  removeFromCopyIndex(index, sourceId);
  index.samples.set(sourceId, sample);
  for (const h of sample) {
    const list = index.postings.get(h);
    if (list === undefined) index.postings.set(h, sourceId);
    else if (typeof list === 'string') index.postings.set(h, [list, sourceId]);
    else list.push(sourceId);
  }
}

/** Removes a source's sample; an unknown id is ignored. */
export function removeFromCopyIndex(index: CopyIndex, sourceId: string): void {
  const sample = index.samples.get(sourceId);
  if (!sample) return;
  index.samples.delete(sourceId);
  for (const h of sample) {
    const list = index.postings.get(h);
    if (list === sourceId) index.postings.delete(h);
    else if (Array.isArray(list)) {
      const rest = list.filter((id) => id !== sourceId);
      index.postings.set(h, rest.length === 1 ? rest[0]! : rest);
    }
  }
}

/** How many of `sample`'s hashes each source holds (sources sharing none are absent). */
export function countSharedShingles(index: CopyIndex, sample: Uint32Array): Map<string, number> {
  const shared = new Map<string, number>();
  for (const h of sample) {
    const list = index.postings.get(h);
    if (list === undefined) continue;
    if (typeof list === 'string') shared.set(list, (shared.get(list) ?? 0) + 1);
    else if (list.length <= MAX_POSTINGS) for (const id of list) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  return shared;
}
