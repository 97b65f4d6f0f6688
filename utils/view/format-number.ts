import { getUiLocale } from '../shared/ui-locale';

const formats = new Map<string, Intl.NumberFormat>();

/** A number as the reader writes it: "604,658" (en), "604.658" (de), "6.4" / "6,4". */
export function formatNumber(n: number, locale = getUiLocale()): string {
  let format = formats.get(locale);
  if (!format) {
    // Made once per locale: an Intl formatter is costly to build per number.
    format = new Intl.NumberFormat(locale);
    formats.set(locale, format);
  }
  return format.format(n);
}
