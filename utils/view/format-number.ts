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

/** A number with `digits` decimals: "0.25" (English), "0,25" (German). */
export function formatDecimal(n: number, digits: number, locale = getUiLocale()): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/**
 * A size in megabytes (of 1,048,576 bytes, as the import limit is set) with `digits` decimals:
 * "5.0 MB", "5,0 MB". No thousands separator: "1024.0 MB" reads as the file size it is.
 */
export function formatMegabytes(bytes: number, digits: number, locale = getUiLocale()): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }).format(bytes / 1024 / 1024);
}
