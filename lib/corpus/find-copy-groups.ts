import { countSharedShingles, type CopyIndex } from './copy-index';
import { isCopy } from './find-copies';

/**
 * Groups the corpus's sources that are copies of one text (an AP story on two sites, a Reuters
 * story republished under another headline): two sources are copies when `isCopy` says so of
 * their samples, and a copy of a copy joins the group. Returns each grouped source's
 * representative (the first of its group by `order`, e.g. the earliest published); a source in
 * no group is absent. Cost: one look-up per sampled hash of each source.
 */
export function findCopyGroups(index: CopyIndex, order: (a: string, b: string) => number): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root)) root = parent.get(root)!;
    // Path compression: later look-ups of the same members are one step.
    for (let at = id; at !== root; ) {
      const next = parent.get(at)!;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const [id, sample] of index.samples) {
    for (const [other, shared] of countSharedShingles(index, sample)) {
      if (other <= id || !isCopy(shared, sample.length, index.samples.get(other)?.length ?? 0)) continue;
      const [a, b] = [find(id), find(other)];
      if (a === b) continue;
      // The group's root is always its first by `order`: it is the representative.
      if (order(a, b) <= 0) parent.set(b, a);
      else parent.set(a, b);
    }
  }
  const voices = new Map<string, string>();
  for (const id of parent.keys()) {
    const root = find(id);
    voices.set(id, root);
    voices.set(root, root);
  }
  return voices;
}
