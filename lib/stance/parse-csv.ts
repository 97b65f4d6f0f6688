/**
 * Parses RFC 4180 CSV text into rows of fields: quoted fields may hold commas, doubled quotes and
 * newlines (FNC-1 bodies do). Blank lines are skipped. Same rules as ../shared/fnc1/score.mjs, so the
 * rows we predict for are the rows the scorer reads.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  // Fields are cut out with slice, never built a character at a time: V8 keeps `field += c` as a
  // chain of cons-strings, which held ~180 MB for the 6 MB of FNC-1 bodies.
  const parts: string[] = [];
  let from = 0;
  let quoted = false;
  const endField = (to: number) => {
    parts.push(text.slice(from, to));
    row.push(parts.length === 1 ? parts[0]! : parts.join(''));
    parts.length = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        parts.push(text.slice(from, i + 1)); // keep one quote of the pair
        i++;
        from = i + 1;
      } else if (c === '"') {
        parts.push(text.slice(from, i));
        quoted = false;
        from = i + 1;
      }
    } else if (c === '"') {
      parts.push(text.slice(from, i));
      quoted = true;
      from = i + 1;
    } else if (c === ',') {
      endField(i);
      from = i + 1;
    } else if (c === '\n' || c === '\r') {
      endField(i);
      if (c === '\r' && text[i + 1] === '\n') i++;
      from = i + 1;
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    }
  }
  if (from < text.length || parts.length || row.length) {
    endField(text.length);
    rows.push(row);
  }
  return rows;
}

/** Quotes one CSV field (always, doubling inner quotes), so headlines with commas or quotes survive. */
export function quoteCsvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
