import type { Lexicon } from '../lexicon/load-lexicon';

/**
 * Pairs of lemmas with opposite meaning that WordNet lacks (measured against corpus/lexicon.json:
 * it has include/exclude, increase/decrease, rise/fall, win/lose, accept/reject, open/close and
 * shut, legal/illegal, start/stop, more/less and fewer, so they are not repeated here). General
 * English of direction and of granting: no story's vocabulary. Prohibit/ban/bar are read as
 * negation cues (detectNegation), so they are not here either.
 */
const GENERAL_PAIRS: Array<[string, string[]]> = [
  ['include', ['omit']],
  ['increase', ['reduce', 'cut', 'lower']],
  ['rise', ['drop', 'decline']],
  ['approve', ['reject', 'veto']],
  ['support', ['oppose']],
  ['grant', ['deny', 'refuse', 'revoke']],
  ['confirm', ['deny']],
  ['expand', ['restrict', 'limit', 'narrow']],
  ['add', ['remove']],
  ['start', ['end', 'halt']],
  ['higher', ['lower']],
  // States that overtake each other in news of any kind: a road or port reopened after it was
  // closed, an event called off or going ahead, a ruling upheld or struck down, an order made
  // mandatory or left voluntary, people who survived or died.
  ['reopen', ['close', 'shut']],
  ['go_ahead', ['postpone', 'cancel', 'call_off', 'delay', 'suspend']],
  ['uphold', ['overturn', 'strike_down', 'reverse', 'annul', 'quash']],
  ['mandatory', ['voluntary']],
  ['compulsory', ['voluntary']],
  ['survive', ['die']],
];

const GENERAL = new Map<string, Set<string>>();
for (const [a, bs] of GENERAL_PAIRS) {
  for (const b of bs) {
    if (!GENERAL.has(a)) GENERAL.set(a, new Set());
    if (!GENERAL.has(b)) GENERAL.set(b, new Set());
    GENERAL.get(a)!.add(b);
    GENERAL.get(b)!.add(a);
  }
}

/**
 * The first pair [page term, source term] of opposite meaning (WordNet's antonyms when a lexicon
 * is given, and the general pairs above), where neither side also has the other.
 */
export function findAntonyms(pageTerms: string[], sourceTerms: string[], lexicon: Pick<Lexicon, 'antonymsOf'> | null = null): [string, string] | null {
  const page = new Set(pageTerms);
  const source = new Set(sourceTerms);
  for (const a of pageTerms) {
    for (const b of [...(GENERAL.get(a) ?? []), ...(lexicon?.antonymsOf(a) ?? [])]) {
      if (source.has(b) && !source.has(a) && !page.has(b)) return [a, b];
    }
  }
  return null;
}
