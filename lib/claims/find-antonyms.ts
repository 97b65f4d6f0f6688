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
  ['approve', ['reject', 'veto', 'strike_down', 'overturn', 'block']],
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
  // Left as it was against changed: a forecast, a rate or a policy kept unchanged or moved.
  ['unchanged', ['cut', 'raise', 'lower', 'increase', 'reduce', 'change', 'revise', 'lift', 'slash']],
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
 * is given, and the general pairs above), where neither side also has the other or an opposite
 * of its own word, and which `except` does not rule out.
 */
export function findAntonyms(
  pageTerms: string[],
  sourceTerms: string[],
  lexicon: Pick<Lexicon, 'antonymsOf'> | null = null,
  except?: (pageTerm: string, sourceTerm: string) => boolean,
): [string, string] | null {
  const page = new Set(pageTerms);
  const source = new Set(sourceTerms);
  const opposites = (t: string) => [...(GENERAL.get(t) ?? []), ...(lexicon?.antonymsOf(t) ?? [])];
  // A side that says both poles ("upheld the ban, overturning the June decision") takes no side.
  const bothPoles = (t: string, side: Set<string>) => opposites(t).some((o) => side.has(o));
  for (const a of pageTerms) {
    for (const b of opposites(a)) {
      if (
        source.has(b) &&
        !source.has(a) &&
        !page.has(b) &&
        !except?.(a, b) &&
        !bothPoles(a, page) &&
        !bothPoles(b, source)
      )
        return [a, b];
    }
  }
  return null;
}
