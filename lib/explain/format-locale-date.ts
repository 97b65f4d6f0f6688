/**
 * An engine date ("2015", "2015-01", "2015-01-02") as `locale` writes it in running text, with the
 * month's name: German "2. Januar 2015", "Januar 2015". A year alone is its digits. (English keeps
 * lib/dates/compare-periods.ts's formatIsoDate, "2 January 2015", whatever the reader's English.)
 */
export function formatLocaleDate(iso: string, locale: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  if (!m) return y ?? iso;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, d ? Number(d) : 1));
  if (Number.isNaN(date.getTime())) return iso;
  const day = d ? ({ day: 'numeric' } as const) : {};
  return new Intl.DateTimeFormat(locale, { ...day, month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
