import { COLLOCATIONS } from './collocations';
import { HYPER_LEVELS, LEXICON_VERSION, type LexiconAsset } from './lexicon-asset';

/** How WordNet relates two different lemmas. */
export type LexicalRelation = 'synonym' | 'derived' | 'hypernym' | 'hyponym' | 'antonym' | 'sibling';

export interface Lexicon {
  /** Whether WordNet (as pruned) has this lemma or collocation ("ship", "sign_up"). */
  has(lemma: string): boolean;
  /**
   * How `b` relates to `a`: 'synonym' (a shared synset among each one's first senses), 'antonym',
   * 'derived' ("decide" / "decision"), 'hypernym' (b is more general: "ship" / "vessel", within
   * three levels), 'hyponym' (b is more specific), 'sibling' (another kind of one thing: "sheep" /
   * "goat", see areSiblings), else null (also for a === b and unknown words).
   */
  relation(a: string, b: string): LexicalRelation | null;
  /** The lemma's antonyms ("increase" -> "decrease", …), empty when none or unknown. */
  antonymsOf(lemma: string): readonly string[];
  /**
   * Whether a and b are two kinds of one thing ("onion" / "ginger", "cat" / "dog", "barn" /
   * "house"): a first noun sense of each has a hypernym within SIBLING_LEVELS in common, and
   * neither is a synonym, hypernym or hyponym of the other. Nouns only: "cause" and "lead" (verbs)
   * or "large" and "white" meet at kinds so broad that they are no two things of a kind.
   */
  areSiblings(a: string, b: string): boolean;
}

/**
 * How far up two words' common kind may be for them to count as siblings. Two levels: "cat" and
 * "dog" meet at "carnivore" (feline, canine in between); three reach kinds so broad ("organism",
 * "artifact") that most nouns of a sentence would be siblings.
 */
export const SIBLING_LEVELS = 2;

/**
 * Wraps the shipped asset (corpus/lexicon.json, built by scripts/build-lexicon.ts; its words are
 * followed by COLLOCATIONS). Decodes the lists once; each query is a few array look-ups.
 * Throws when the asset is not one this code reads.
 */
export function loadLexicon(asset: LexiconAsset): Lexicon {
  if (asset?.version !== LEXICON_VERSION || !Array.isArray(asset.words))
    throw new Error(`lexicon: expected version ${LEXICON_VERSION}`);
  const words = [...asset.words, ...COLLOCATIONS];
  const senses = decodeLists(asset.senses, words.length, 'senses');
  const derived = decodeLists(asset.derived, words.length, 'derived');
  const antonyms = decodeLists(asset.antonyms, words.length, 'antonyms');
  const hypernyms = decodeLists(asset.hypernyms, -1, 'hypernyms');
  if (typeof asset.pos !== 'string' || asset.pos.length !== hypernyms.length)
    throw new Error('lexicon: pos does not match the synsets');
  const pos = asset.pos;
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));

  /** The synsets within `levels` above the given senses. */
  const walkUp = (start: readonly number[], levels: number): Set<number> => {
    const out = new Set<number>();
    let frontier = start;
    for (let level = 0; level < levels && frontier.length > 0; level++) {
      const next: number[] = [];
      for (const s of frontier) {
        for (const parent of hypernyms[s] ?? []) {
          if (out.has(parent)) continue;
          out.add(parent);
          next.push(parent);
        }
      }
      frontier = next;
    }
    return out;
  };
  /** Per word, memoised: the matcher asks about the same words again and again. */
  const above: Array<Set<number> | undefined> = [];
  const nounsAbove: Array<Set<number> | undefined> = [];
  /** The synsets within HYPER_LEVELS above word i's senses (the asset holds at least those levels). */
  const ancestors = (i: number): Set<number> => (above[i] ??= walkUp(senses[i]!, HYPER_LEVELS));
  /** The synsets within SIBLING_LEVELS above word i's noun senses: verbs and adjectives meet at kinds too broad to tell apart. */
  const nounAncestors = (i: number): Set<number> =>
    (nounsAbove[i] ??= walkUp(
      senses[i]!.filter((s) => pos[s] === 'n'),
      SIBLING_LEVELS,
    ));
  /** Whether noun senses of i and j meet within SIBLING_LEVELS (the caller has ruled out synonyms and kinds). */
  const siblingSenses = (i: number, j: number): boolean => {
    const up = nounAncestors(j);
    if (up.size === 0) return false;
    for (const s of nounAncestors(i)) if (up.has(s)) return true;
    return false;
  };
  const isAbove = (i: number, j: number): boolean => {
    const up = ancestors(i);
    return senses[j]!.some((s) => up.has(s));
  };

  const relation = (a: string, b: string): LexicalRelation | null => {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) return null;
    if (senses[i]!.some((s) => senses[j]!.includes(s))) return 'synonym';
    if (antonyms[i]!.includes(j)) return 'antonym';
    if (derived[i]!.includes(j)) return 'derived';
    if (isAbove(i, j)) return 'hypernym';
    if (isAbove(j, i)) return 'hyponym';
    return siblingSenses(i, j) ? 'sibling' : null;
  };

  return {
    has: (lemma) => index.has(lemma),
    relation,
    areSiblings: (a, b) => relation(a, b) === 'sibling',
    antonymsOf(lemma) {
      const i = index.get(lemma);
      return i === undefined ? [] : antonyms[i]!.map((j) => words[j]!);
    },
  };
}

/** Decodes LexiconAsset's lists; `count` is the expected number of lists (-1: any). */
function decodeLists(text: string, count: number, name: string): number[][] {
  if (typeof text !== 'string') throw new Error(`lexicon: ${name} is missing`);
  const lists = text.split(';').map((list) => (list ? list.split(',').map((n) => parseInt(n, 36)) : []));
  if (count >= 0 && lists.length !== count)
    throw new Error(`lexicon: ${name} has ${lists.length} lists for ${count} words`);
  return lists;
}
