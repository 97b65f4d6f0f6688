/**
 * The corpus's shingle samples (lib/corpus/sample-shingles.ts) with an inverted index from a
 * sampled hash to the sources holding it: what tells that a page is the text of a source, and
 * which sources are copies of one story. About 36 sampled hashes a source (FNC-1 bodies); the
 * look-up cost grows with the shared hashes, not with the corpus. Sources are numbered inside
 * (a number is never reused), so postings and counts are small integers, not strings.
 */
export interface CopyIndex {
  /** Source id of each number ('' once removed). */
  ids: string[];
  numbers: Map<string, number>;
  /** Each source's sample, sorted, by number (undefined once removed). */
  samples: Array<Uint32Array | undefined>;
  /** Sampled hash → the number of the source holding it, or the numbers (a shingle shared by copies or set phrases). */
  postings: Map<number, number | number[]>;
  /** Each source's voice: the representative id of its group of copies (only sources in a group of two or more). */
  voices: Map<string, string>;
  /** Shared counts of the current query by number, kept between queries (reset after use). */
  scratch: Int32Array;
}

/**
 * A hash held by more sources than this is a set phrase ("contributed to this report"), not a
 * sign of a copy: skipped, so one boilerplate line never costs a pass over thousands of sources.
 */
export const MAX_POSTINGS = 64;

export function createCopyIndex(): CopyIndex {
  return {
    ids: [],
    numbers: new Map(),
    samples: [],
    postings: new Map(),
    voices: new Map(),
    scratch: new Int32Array(0),
  };
}

/** Adds (or replaces) a source's sample. */
export function addToCopyIndex(index: CopyIndex, sourceId: string, sample: Uint32Array): void {
  removeFromCopyIndex(index, sourceId);
  const n = index.ids.length;
  index.ids.push(sourceId);
  index.numbers.set(sourceId, n);
  index.samples[n] = sample;
  for (const h of sample) {
    const list = index.postings.get(h);
    // Arrays made at their length: grown by push, each would keep spare room (~90,000 lists at 10,000 articles).
    index.postings.set(h, list === undefined ? n : typeof list === 'number' ? [list, n] : [...list, n]);
  }
}

/**
 * Adds many new sources' samples at once (loading a corpus): the same index as adding them one by
 * one in this order, but each hash's posting list is made once at its length, from all (hash,
 * number) pairs sorted, instead of copied at every source that joins it (362,000 sampled hashes
 * at 10,000 articles). Ids already in the index are replaced, as by addToCopyIndex.
 */
export function addAllToCopyIndex(index: CopyIndex, samples: Iterable<[string, Uint32Array]>): void {
  const added: number[] = [];
  let total = 0;
  for (const [sourceId, sample] of samples) {
    if (index.numbers.has(sourceId)) removeFromCopyIndex(index, sourceId);
    const n = index.ids.length;
    index.ids.push(sourceId);
    index.numbers.set(sourceId, n);
    index.samples[n] = sample;
    added.push(n);
    total += sample.length;
  }
  // hash * 2^21 + number: exact in a double (hashes are below 2^30), sorted by hash, then by number.
  const NUMBER_BITS = 2 ** 21;
  if (index.ids.length >= NUMBER_BITS) {
    for (const n of added) addPostings(index, n);
    return;
  }
  const pairs = new Float64Array(total);
  let at = 0;
  for (const n of added) for (const h of index.samples[n]!) pairs[at++] = h * NUMBER_BITS + n;
  pairs.sort();
  for (let i = 0; i < pairs.length;) {
    const h = Math.floor(pairs[i]! / NUMBER_BITS);
    let j = i + 1;
    while (j < pairs.length && Math.floor(pairs[j]! / NUMBER_BITS) === h) j++;
    const fresh: number[] = new Array<number>(j - i);
    for (let k = i; k < j; k++) fresh[k - i] = pairs[k]! - h * NUMBER_BITS;
    const list = index.postings.get(h);
    const before = list === undefined ? [] : typeof list === 'number' ? [list] : list;
    const merged = before.length ? [...before, ...fresh] : fresh;
    index.postings.set(h, merged.length === 1 ? merged[0]! : merged);
    i = j;
  }
}

function addPostings(index: CopyIndex, n: number): void {
  for (const h of index.samples[n]!) {
    const list = index.postings.get(h);
    index.postings.set(h, list === undefined ? n : typeof list === 'number' ? [list, n] : [...list, n]);
  }
}

/** Removes a source's sample; an unknown id is ignored. */
export function removeFromCopyIndex(index: CopyIndex, sourceId: string): void {
  const n = index.numbers.get(sourceId);
  if (n === undefined) return;
  const sample = index.samples[n]!;
  index.numbers.delete(sourceId);
  index.ids[n] = '';
  index.samples[n] = undefined;
  for (const h of sample) {
    const list = index.postings.get(h);
    if (list === n) index.postings.delete(h);
    else if (Array.isArray(list)) {
      const rest = list.filter((m) => m !== n);
      index.postings.set(h, rest.length === 1 ? rest[0]! : rest);
    }
  }
}

/** The sample of a source, by id. */
export function getSample(index: CopyIndex, sourceId: string): Uint32Array | undefined {
  const n = index.numbers.get(sourceId);
  return n === undefined ? undefined : index.samples[n];
}

/**
 * Calls `visit(number, shared)` for each source holding any of `sample`'s hashes, with how many
 * it holds. Counts accumulate in a typed array: the cost is the postings walked.
 */
export function forEachSharing(
  index: CopyIndex,
  sample: Uint32Array,
  visit: (n: number, shared: number) => void,
): void {
  if (index.scratch.length < index.ids.length) index.scratch = new Int32Array(Math.max(1024, index.ids.length * 2));
  const counts = index.scratch;
  const touched: number[] = [];
  const count = (m: number) => {
    if (counts[m] === 0) touched.push(m);
    counts[m]!++;
  };
  for (const h of sample) {
    const list = index.postings.get(h);
    if (list === undefined) continue;
    if (typeof list === 'number') count(list);
    else if (list.length <= MAX_POSTINGS) for (const m of list) count(m);
  }
  for (const m of touched) {
    const shared = counts[m]!;
    counts[m] = 0;
    visit(m, shared);
  }
}

/** How many of `sample`'s hashes each source holds, by id (sources sharing none are absent). */
export function countSharedShingles(index: CopyIndex, sample: Uint32Array): Map<string, number> {
  const shared = new Map<string, number>();
  forEachSharing(index, sample, (m, count) => shared.set(index.ids[m]!, count));
  return shared;
}
