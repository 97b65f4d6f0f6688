/**
 * Normalises a machine-readable date ("2015-02-02T10:00:00Z", "2015-02", "2015") to
 * YYYY-MM-DD, YYYY-MM or YYYY. Returns null for anything else.
 */
export function normalizeIsoDate(value: string): string | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const [, year, month, day] = m;
  return [year, month, day].filter(Boolean).join('-');
}
