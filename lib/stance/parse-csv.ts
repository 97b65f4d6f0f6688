/**
 * Parses RFC 4180 CSV text into rows of fields: quoted fields may hold commas, doubled quotes and
 * newlines (FNC-1 bodies do). Blank lines are skipped. Same rules as ../shared/fnc1/score.mjs, so the
 * rows we predict for are the rows the scorer reads.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Quotes one CSV field (always, doubling inner quotes), so headlines with commas or quotes survive. */
export function quoteCsvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
