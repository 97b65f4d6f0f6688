import { forEachSharing, type CopyIndex } from './copy-index';
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
