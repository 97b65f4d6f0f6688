import { getUiLocale } from '../shared/ui-locale';

/** A count as the reader writes it: "135,687" (English), "135.687" (German). */
export function formatNumber(n: number, locale = getUiLocale()): string {
  return new Intl.NumberFormat(locale).format(n);
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
