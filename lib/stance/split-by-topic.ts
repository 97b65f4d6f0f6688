import { createRandom, shuffleInPlace } from './create-random';

/**
 * Assigns each body to one of `folds` folds by topic: bodies and headlines joined by a related
 * pair form one topic (FNC-1's claims), and a topic's bodies all go to the same fold. Splitting by
 * Body ID alone would leave a validation body's headlines (which FNC-1 pairs with several bodies of
 * the same claim) in training, and the competition test set has new claims. Topics are dealt
 * largest first to the fold with the fewest bodies, after a seeded shuffle, so folds are balanced.
 * Returns Body ID → fold.
 */
export function splitByTopic(pairs: TopicPair[], bodyIds: number[], folds: number, seed: number): Map<number, number> {
  const groups = shuffleInPlace(getTopics(pairs, bodyIds), createRandom(seed)).sort((x, y) => y.length - x.length);
  const sizes = new Array<number>(folds).fill(0);
  const foldOf = new Map<number, number>();
  for (const group of groups) {
    const fold = sizes.indexOf(Math.min(...sizes));
    sizes[fold]! += group.length;
    for (const id of group) foldOf.set(id, fold);
  }
  return foldOf;
}

interface TopicPair {
  headline: string;
  bodyId: number;
  stance: string;
}

/** Topics as groups of Body IDs (bodies joined through headlines by related pairs), by smallest Body ID. */
export function getTopics(pairs: TopicPair[], bodyIds: number[]): number[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const p of pairs) {
    if (p.stance === 'unrelated') continue;
    const a = find(`h:${p.headline}`);
    const b = find(`b:${p.bodyId}`);
    if (a !== b) parent.set(a, b);
  }
  const topics = new Map<string, number[]>();
  for (const id of [...bodyIds].sort((x, y) => x - y)) {
    const root = find(`b:${id}`);
    topics.set(root, [...(topics.get(root) ?? []), id]);
  }
  return [...topics.values()];
}
