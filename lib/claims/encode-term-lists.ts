/**
 * Compact storage of per-statement term lists that refer to the statement's own terms: a corpus
 * of 10,000 articles holds ~150,000 statements, and arrays of arrays of strings cost ~600 bytes
 * each there (measured: clause windows were 35% of the analysed corpus's heap). A string of
 * character codes (one per term index) costs a byte or two per entry and survives JSON.
 */
const OFFSET = 0x30;
const SEPARATOR = ',';

/** Encodes lists of terms (each drawn from `terms`) as one string; terms not in `terms` are left out. */
export function encodeTermLists(terms: readonly string[], lists: readonly (readonly string[])[]): string {
  const position = new Map(terms.map((t, i) => [t, i]));
  return lists
    .map((list) =>
      list
        .map((t) => position.get(t))
        .filter((i): i is number => i !== undefined)
        .map((i) => String.fromCharCode(OFFSET + i))
        .join(''),
    )
    .join(SEPARATOR);
}

/** The lists encoded by encodeTermLists, as terms again. */
export function decodeTermLists(terms: readonly string[], encoded: string): string[][] {
  // Statements analysed by an engine before this encoding held the lists themselves.
  if (typeof encoded !== 'string') return Array.isArray(encoded) ? (encoded as string[][]) : [];
  if (!encoded) return [];
  return encoded.split(SEPARATOR).map((list) => Array.from(list, (c) => terms[c.charCodeAt(0) - OFFSET]!));
}

/** Per term of `terms`: '1' when it is also in `subset`, else '0' (a flag string aligned to `terms`). */
export function encodeTermFlags(terms: readonly string[], subset: readonly string[]): string {
  const inSubset = new Set(subset);
  return terms.map((t) => (inSubset.has(t) ? '1' : '0')).join('');
}
