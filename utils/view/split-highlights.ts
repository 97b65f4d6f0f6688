/** A piece of text and whether it matched the query. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` at the highlight ranges ([start, end), character offsets, sorted or not,
 * possibly overlapping or out of bounds) into plain and marked pieces, in order.
 * The UI renders the pieces as text nodes and <mark> elements, never as HTML.
 */
export function splitHighlights(text: string, ranges: ReadonlyArray<readonly [number, number]>): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, s), Math.min(text.length, e)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) pieces.push({ text: text.slice(at, from), marked: false });
    pieces.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
