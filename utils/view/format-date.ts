import { getUiLocale } from '../shared/ui-locale';

const formats = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();

/** The two date formats of a locale, made once (an Intl formatter is costly to build per date). */
function formatsOf(locale: string) {
  let made = formats.get(locale);
  if (!made) {
    made = {
      day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    };
    formats.set(locale, made);
  }
  return made;
}

/**
 * Formats an ISO date as precise as it is given, in the browser's locale: "2015-01-12" → "12 Jan
 * 2015" (en-GB), "Jan 12, 2015" (en-US), "12. Jan. 2015" (de); "2015-01" → "Jan 2015"; "2015" →
 * "2015". Anything else is returned as it is; null → "".
 */
export function formatDate(iso: string | null | undefined, locale = getUiLocale()): string {
  if (!iso) return '';
  const read = readIsoDate(iso);
  if (typeof read === 'string') return read;
  const { day: dayFormat, month: monthFormat } = formatsOf(locale);
  return (read.hasDay ? dayFormat : monthFormat).format(read.date);
}

/**
 * An ISO date of a year, month or day as a UTC date and whether it gives the day; what is to be
 * shown as it is instead (a bare year, or text that is no such date) as a string.
 */
function readIsoDate(iso: string): { date: Date; hasDay: boolean } | string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  if (Number.isNaN(date.getTime())) return iso;
  return { date, hasDay: day !== undefined };
}

const shortFormats = new Map<string, { day: Intl.DateTimeFormat; month: Intl.DateTimeFormat }>();

/**
 * An ISO date without its year, for a list whose year is said once: "2023-02-04" → "4 Feb" (en-GB),
 * "Feb 4" (en-US), "4. Feb." (de); "2023-02" → "Feb"; a bare year stays "2023".
 */
export function formatDayMonth(iso: string | null | undefined, locale = getUiLocale()): string {
  if (!iso) return '';
  const read = readIsoDate(iso);
  if (typeof read === 'string') return read;
  let made = shortFormats.get(locale);
  if (!made) {
    made = {
      day: new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }),
      month: new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
    };
    shortFormats.set(locale, made);
  }
  return (read.hasDay ? made.day : made.month).format(read.date);
}
