import { forEachSharing, MAX_POSTINGS, type CopyIndex } from './copy-index';
import { isCopy } from './find-copies';

/**
 * Groups the corpus's sources that are copies of one text (an AP story on two sites, a Reuters
 * story republished under another headline): two sources are copies when `isCopy` says so of
 * their samples, and a copy of a copy joins the group. Returns each grouped source's
 * representative (the first of its group by `order`, e.g. the earliest published); a source in
 * no group is absent. Cost: one look-up per sampled hash of each source.
 */
export function findCopyGroups(index: CopyIndex, order: (a: string, b: string) => number): Map<string, string> {
  const parent = new Int32Array(index.ids.length).map((_, i) => i);
  const find = (n: number): number => {
    while (parent[n] !== n) n = parent[n] = parent[parent[n]!]!;
    return n;
  };
  index.samples.forEach((sample, n) => {
    if (!sample) return;
    forEachSharing(index, sample, (m, shared) => {
      if (m <= n || !isCopy(shared, sample.length, index.samples[m]?.length ?? 0)) return;
      const [a, b] = [find(n), find(m)];
      if (a === b) return;
      // The group's root is always its first by `order`: it is the representative.
      if (order(index.ids[a]!, index.ids[b]!) <= 0) parent[b] = a;
      else parent[a] = b;
    });
  });
  const voices = new Map<string, string>();
  parent.forEach((_, n) => {
    const root = find(n);
    if (root !== n) {
      voices.set(index.ids[n]!, index.ids[root]!);
      voices.set(index.ids[root]!, index.ids[root]!);
    }
  });
  return voices;
}

/** Past this many new sources a full findCopyGroups is cheaper than joining them one by one. */
const MAX_JOINED = 200;

/**
 * Joins sources just added to `index` (the last numbers, none removed or replaced since
 * `index.voices` was made) to the copy groups in `index.voices`, in place: the groups
 * findCopyGroups would make, at the cost of the new sources' look-ups, not of every source's.
 * Returns false, changing nothing, when it cannot join them so: too many new sources, or a new
 * source pushed a hash past MAX_POSTINGS (that hash no longer counts between older sources
 * either, which may split an older group); the caller then recomputes the groups.
 */
export function joinCopyGroups(
  index: CopyIndex,
  added: readonly string[],
  order: (a: string, b: string) => number,
): boolean {
  if (added.length > MAX_JOINED) return false;
  const numbers = added.map((id) => index.numbers.get(id));
  if (numbers.some((n) => n === undefined)) return false;
  const first = Math.min(...(numbers as number[]));
  // The new sources must be the last numbers, so that "number >= first" tells a new holder of a hash.
  if (numbers.length !== index.ids.length - first) return false;
  for (const n of numbers as number[]) {
    for (const h of index.samples[n]!) {
      const list = index.postings.get(h);
      if (!Array.isArray(list) || list.length <= MAX_POSTINGS) continue;
      let fresh = 0;
      for (const m of list) if (m >= first) fresh++;
      if (list.length - fresh <= MAX_POSTINGS) return false;
    }
  }
  const voices = index.voices;
  const voiceOf = (id: string) => voices.get(id) ?? id;
  for (const n of numbers as number[]) {
    const sample = index.samples[n]!;
    const id = index.ids[n]!;
    const roots = new Set<string>();
    forEachSharing(index, sample, (m, shared) => {
      if (m !== n && isCopy(shared, sample.length, index.samples[m]?.length ?? 0)) roots.add(voiceOf(index.ids[m]!));
    });
    if (roots.size === 0) continue;
    roots.add(voiceOf(id));
    // Each root is the first of its group by `order`: the first root is the first of the joined group.
    const rep = [...roots].reduce((a, b) => (order(a, b) <= 0 ? a : b));
    for (const [member, voice] of voices) if (roots.has(voice) && voice !== rep) voices.set(member, rep);
    for (const root of roots) voices.set(root, rep);
    voices.set(id, rep);
  }
  return true;
}
