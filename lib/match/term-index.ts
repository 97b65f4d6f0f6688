/**
 * An inverted index from canonical terms (and date tokens) to statement ids, for finding the
 * candidates of a page statement. Written by hand, not MiniSearch: a candidate query is an OR of
 * ~20 terms over up to ~150,000 statements, and MiniSearch scores it through per-document
 * objects and maps (measured: 340 ms a page at 10,000 articles, most of the matching time).
 * Here postings are integer arrays and scores accumulate in one typed array.
 */
export interface TermIndex {
  /** Statement ids per term, in the order they were added. */
  postings: Map<string, Postings>;
  /** Number of terms of each statement id (0 for a removed id). */
  lengths: Float32Array;
  /** Ids removed since they were added (their postings are skipped). */
  removed: Set<number>;
  /** Scores of the current query, kept between queries to avoid reallocating (reset after use). */
  scratch: Float32Array;
}

/**
 * One term's statement ids: the first `length` entries of `ids`. A typed array holds an id in 4
 * bytes where a number[] grown by push takes 8 plus spare capacity (1.7 million postings at
 * 10,000 articles).
 */
export interface Postings {
  ids: Int32Array;
  length: number;
}

export function createTermIndex(): TermIndex {
  return { postings: new Map(), lengths: new Float32Array(1024), removed: new Set(), scratch: new Float32Array(1024) };
}

/** Adds a statement's terms under its id (ids grow; an id is never reused). */
export function addToTermIndex(index: TermIndex, id: number, terms: readonly string[]): void {
  makeRoomFor(index, id);
  index.lengths[id] = terms.length;
  for (const term of new Set(terms)) {
    let list = index.postings.get(term);
    if (!list) index.postings.set(term, (list = { ids: new Int32Array(4), length: 0 }));
    if (list.length === list.ids.length) {
      const grown = new Int32Array(list.length * 2);
      grown.set(list.ids);
      list.ids = grown;
    }
    list.ids[list.length++] = id;
  }
}

/** Grows the per-id arrays so that `id` has a place (doubling, so that ids added one by one grow them rarely). */
function makeRoomFor(index: TermIndex, id: number): void {
  if (id < index.lengths.length) return;
  const size = Math.max(id + 1, index.lengths.length * 2);
  const lengths = new Float32Array(size);
  lengths.set(index.lengths);
  index.lengths = lengths;
  index.scratch = new Float32Array(size);
}

/**
 * Adds many statements at once (start-up: 135,000 of them at 10,000 articles), as addToTermIndex
 * does one by one, but counting each term's new postings first so that each list is made once at
 * its size instead of doubling from 4. Measured: `addSources` of 10,000 sources 1.3–1.5 s → 1.1–1.3 s
 * in Node; in Chromium's service worker the start-up moved within its run-to-run spread.
 */
export function addAllToTermIndex(
  index: TermIndex,
  entries: ReadonlyArray<{ id: number; terms: readonly string[] }>,
): void {
  if (entries.length === 0) return;
  let maxId = -1;
  for (const e of entries) if (e.id > maxId) maxId = e.id;
  makeRoomFor(index, maxId);
  // A term counted once per statement: `last` is the last statement (position in `entries`) that counted it.
  const slots = new Map<string, Slot>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    index.lengths[e.id] = e.terms.length;
    for (const term of e.terms) {
      let slot = slots.get(term);
      if (!slot) slots.set(term, (slot = { term, count: 0, last: -1, list: null }));
      if (slot.last === i) continue;
      slot.last = i;
      slot.count++;
    }
  }
  // One buffer for every list this batch makes or grows, each list a view of its part: a typed
  // array of its own per term is an allocation of its own, which Chromium makes costly. A list
  // that outgrows its part later (addToTermIndex) moves to an array of its own, as any list does.
  let total = 0;
  const lists: Array<[Slot, Postings | undefined]> = [];
  for (const [term, slot] of slots) {
    const list = index.postings.get(term);
    if (!list || list.length + slot.count > list.ids.length) total += (list?.length ?? 0) + slot.count;
    lists.push([slot, list]);
  }
  const buffer = new Int32Array(total);
  let offset = 0;
  const part = (size: number) => buffer.subarray(offset, (offset += size));
  for (const [slot, existing] of lists) {
    let list = existing;
    if (!list) index.postings.set(slot.term, (list = { ids: part(slot.count), length: 0 }));
    else if (list.length + slot.count > list.ids.length) {
      const grown = part(list.length + slot.count);
      grown.set(list.ids.subarray(0, list.length));
      list.ids = grown;
    }
    slot.list = list;
    slot.last = -1;
  }
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    for (const term of e.terms) {
      const slot = slots.get(term)!;
      if (slot.last === i) continue;
      slot.last = i;
      const list = slot.list!;
      list.ids[list.length++] = e.id;
    }
  }
}

interface Slot {
  term: string;
  count: number;
  last: number;
  list: Postings | null;
}

/**
 * A term index in a form that IndexedDB stores and reads back cheaply (a few typed arrays and one
 * string, where a Map of 100,000 lists is 100,000 values to clone): each term's ids, term after
 * term, in `ids`. Made of an index whose ids run from 0 (packTermIndex), and added to another
 * index under ids shifted by a base (addPackedToTermIndex).
 */
export interface PackedTermIndex {
  /** The terms, joined by newlines (a canonical term holds no white space). */
  terms: string;
  /** Where each term's ids start in `ids`, and where the last ends (terms + 1 entries). */
  starts: Int32Array;
  ids: Int32Array;
  /** Each id's number of terms (`TermIndex.lengths`). */
  lengths: Int32Array;
}

/** Packs an index of the ids 0 to `count` - 1 (none removed). */
export function packTermIndex(index: TermIndex, count: number): PackedTermIndex {
  const terms: string[] = [];
  const starts = new Int32Array(index.postings.size + 1);
  let total = 0;
  for (const list of index.postings.values()) total += list.length;
  const ids = new Int32Array(total);
  let at = 0;
  for (const [term, list] of index.postings) {
    starts[terms.length] = at;
    terms.push(term);
    ids.set(postingIds(list), at);
    at += list.length;
  }
  starts[terms.length] = at;
  return { terms: terms.join('\n'), starts, ids, lengths: Int32Array.from(index.lengths.subarray(0, count)) };
}

/**
 * The packed index's terms, when its parts agree with each other and with `count` ids; null
 * otherwise (it is read back from storage: a copy, not a trusted one).
 */
export function checkPackedTermIndex(packed: PackedTermIndex, count: number): string[] | null {
  const { starts, ids, lengths } = packed;
  if (typeof packed.terms !== 'string' || !(starts instanceof Int32Array) || !(ids instanceof Int32Array)) return null;
  if (!(lengths instanceof Int32Array) || lengths.length !== count) return null;
  const terms = packed.terms === '' ? [] : packed.terms.split('\n');
  if (starts.length !== terms.length + 1 || starts[0] !== 0 || starts[terms.length] !== ids.length) return null;
  for (let i = 0; i < terms.length; i++) if (starts[i + 1]! <= starts[i]!) return null;
  for (const id of ids) if (id < 0 || id >= count) return null;
  return terms;
}

/**
 * Adds a packed index of `count` ids (checked: checkPackedTermIndex gave `terms`) under the ids
 * `base` to `base + count - 1`, as addAllToTermIndex would have added those statements. Its id
 * arrays become the index's own (shifted in place), each term's list a view of them; a term the
 * index has already gets one list of both.
 */
export function addPackedToTermIndex(
  index: TermIndex,
  packed: PackedTermIndex,
  terms: readonly string[],
  base: number,
): void {
  const { starts, ids, lengths } = packed;
  if (lengths.length === 0) return;
  makeRoomFor(index, base + lengths.length - 1);
  index.lengths.set(lengths, base);
  if (base !== 0) for (let i = 0; i < ids.length; i++) ids[i] = ids[i]! + base;
  for (let i = 0; i < terms.length; i++) {
    const part = ids.subarray(starts[i]!, starts[i + 1]!);
    const list = index.postings.get(terms[i]!);
    if (!list) {
      index.postings.set(terms[i]!, { ids: part, length: part.length });
      continue;
    }
    const joined = new Int32Array(list.length + part.length);
    joined.set(list.ids.subarray(0, list.length));
    joined.set(part, list.length);
    list.ids = joined;
    list.length = joined.length;
  }
}

/** The ids of a term's postings (a view, not a copy). */
export function postingIds(list: Postings): Int32Array {
  return list.ids.subarray(0, list.length);
}

export function removeFromTermIndex(index: TermIndex, ids: Iterable<number>): void {
  for (const id of ids) {
    index.removed.add(id);
    index.lengths[id] = 0;
  }
}

/**
 * The ids sharing the most weight of `terms` with the query, best first: score = sum of the
 * weights of the shared terms over the square root of the candidate's length (long sentences
 * share more by chance). `accept` filters ids (e.g. excluded sources).
 */
export function queryTermIndex(
  index: TermIndex,
  terms: readonly string[],
  weight: (term: string) => number,
  limit: number,
  accept: (id: number) => boolean = () => true,
): number[] {
  const scores = index.scratch;
  const touched: number[] = [];
  for (const term of new Set(terms)) {
    const list = index.postings.get(term);
    if (!list) continue;
    const w = weight(term);
    const ids = list.ids;
    for (let i = 0; i < list.length; i++) {
      const id = ids[i]!;
      if (scores[id] === 0) touched.push(id);
      scores[id] = scores[id]! + w;
    }
  }
  // The best `limit` of the touched ids, kept in a min-heap (worst at the root): a query touches
  // thousands of ids at 10,000 articles and sorting them all was a fifth of the matching time.
  const best = createTopK(limit);
  for (const id of touched) {
    const score = scores[id]!;
    scores[id] = 0;
    if (index.removed.has(id) || !accept(id)) continue;
    best.offer(id, score / Math.sqrt(Math.max(1, index.lengths[id]!)));
  }
  return best.sorted();
}

/** The k best (id, score) pairs offered: higher score first, then lower id. */
function createTopK(k: number) {
  const ids: number[] = [];
  const scores: number[] = [];
  // Whether entry i ranks below entry j (the heap keeps the lowest-ranked at the root).
  const below = (si: number, ii: number, sj: number, ij: number) => si < sj || (si === sj && ii > ij);
  const swap = (i: number, j: number) => {
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
  };
  function siftDown(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < ids.length && below(scores[l]!, ids[l]!, scores[m]!, ids[m]!)) m = l;
      if (r < ids.length && below(scores[r]!, ids[r]!, scores[m]!, ids[m]!)) m = r;
      if (m === i) return;
      swap(i, m);
      i = m;
    }
  }
  return {
    offer(id: number, score: number): void {
      if (k <= 0) return;
      if (ids.length < k) {
        ids.push(id);
        scores.push(score);
        for (let i = ids.length - 1; i > 0;) {
          const parent = (i - 1) >> 1;
          if (!below(scores[i]!, ids[i]!, scores[parent]!, ids[parent]!)) break;
          swap(i, parent);
          i = parent;
        }
      } else if (below(scores[0]!, ids[0]!, score, id)) {
        ids[0] = id;
        scores[0] = score;
        siftDown(0);
      }
    },
    sorted(): number[] {
      return ids
        .map((id, i) => [id, scores[i]!] as const)
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .map(([id]) => id);
    },
  };
}
