/**
 * Pairs of canonical stems with opposite meaning. Prohibit/ban/bar are read as negation cues
 * (detectNegation), so they are not repeated here.
 */
const PAIRS: Array<[string, string[]]> = [
  ['includ', ['exclud', 'omit']],
  ['increas', ['decreas', 'reduc', 'cut', 'lower']],
  ['rise', ['fall', 'drop', 'declin']],
  ['rose', ['fell', 'drop', 'declin']],
  ['win', ['lose', 'lost']],
  ['won', ['lost', 'lose']],
  ['accept', ['reject']],
  ['approv', ['reject', 'veto']],
  ['open', ['close', 'shut']],
  ['legal', ['illeg']],
  ['support', ['oppos']],
  ['grant', ['deni', 'refus', 'revok']],
  ['confirm', ['deni']],
  ['expand', ['restrict', 'limit', 'narrow']],
  ['ad', ['remov']],
  ['start', ['stop', 'end', 'halt']],
  ['higher', ['lower']],
  ['more', ['less', 'fewer']],
];

const OPPOSITE = new Map<string, Set<string>>();
for (const [a, bs] of PAIRS) {
  for (const b of bs) {
    if (!OPPOSITE.has(a)) OPPOSITE.set(a, new Set());
    if (!OPPOSITE.has(b)) OPPOSITE.set(b, new Set());
    OPPOSITE.get(a)!.add(b);
    OPPOSITE.get(b)!.add(a);
  }
}

/** The first pair [page term, source term] of opposite meaning, where neither side also has the other. */
export function findAntonyms(pageTerms: string[], sourceTerms: string[]): [string, string] | null {
  const page = new Set(pageTerms);
  const source = new Set(sourceTerms);
  for (const a of pageTerms) {
    for (const b of OPPOSITE.get(a) ?? []) {
      if (source.has(b) && !source.has(a) && !page.has(b)) return [a, b];
    }
  }
  return null;
}
