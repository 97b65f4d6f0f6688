/** How a grouping compares with the truth: purity, adjusted Rand index, and how many true stories there are. */
export interface GroupingScore {
  /** Share of articles in a group whose commonest true story is theirs (1: no group mixes stories). */
  purity: number;
  /** Adjusted Rand index (Hubert & Arabie 1985): 1 for the true grouping, about 0 for a random one. */
  ari: number;
  stories: number;
}

/**
 * Scores a grouping given, per group, the true story label of each of its articles. Written out here
 * (a dozen lines of counting) rather than taken from a statistics package, none of which the
 * extension needs otherwise.
 */
export function scoreGrouping(groups: readonly string[][]): GroupingScore {
  const n = groups.reduce((s, g) => s + g.length, 0);
  const pairs = (k: number) => (k * (k - 1)) / 2;
  const truth = new Map<string, number>();
  let pure = 0;
  let together = 0;
  for (const g of groups) {
    const counts = new Map<string, number>();
    for (const label of g) {
      counts.set(label, (counts.get(label) ?? 0) + 1);
      truth.set(label, (truth.get(label) ?? 0) + 1);
    }
    pure += Math.max(0, ...counts.values());
    for (const k of counts.values()) together += pairs(k);
  }
  const predicted = groups.reduce((s, g) => s + pairs(g.length), 0);
  const actual = [...truth.values()].reduce((s, k) => s + pairs(k), 0);
  const expected = n > 1 ? (predicted * actual) / pairs(n) : 0;
  const max = (predicted + actual) / 2;
  return {
    purity: n ? pure / n : 1,
    ari: max === expected ? 1 : (together - expected) / (max - expected),
    stories: truth.size,
  };
}
