import { i18n } from '#i18n';
import { UNBOUNDED } from '../../lib/claims/quantity-bounds';
import type { FigureRow, FigureValue, StoryArticle } from '../../lib/stories/story-types';
import { getUiLocale } from '../shared/ui-locale';
import { formatDate, formatDayMonth } from './format-date';
import { formatNumber } from './format-number';
import { getTextFragmentUrl } from './get-text-fragment-url';
import { outletText } from './outlet-text';

/** One value of a figures row as the Stories page shows it. */
export interface FigureCell {
  value: FigureValue;
  /** The figure in the reader's notation: "~20", "$9.6B", "12%", "over 420". */
  amount: string;
  /** The publication date; its year only where it differs from the value before (or first). */
  date: string;
  /** "revised up" / "revised down" when it differs from the value before; else "". */
  change: string;
  /** "differs the same day" when an article of the same day gives another value; else "". */
  disagreement: string;
  /** The sentence in its article (a text fragment), or null when the article has no web address. */
  href: string | null;
}

/** Intl's units for the engine's base units (Quantity.unit), where Intl has one. */
const INTL_UNITS: Record<string, string> = {
  m: 'meter',
  l: 'liter',
  day: 'day',
  month: 'month',
  year: 'year',
  '°C': 'celsius',
  'km/h': 'kilometer-per-hour',
};

/**
 * The cells of a figures row, oldest first: each value's amount, date and what changed, and the
 * address of its sentence (`articles` give the articles' web addresses).
 */
export function getFigureCells(
  row: FigureRow,
  articles: readonly StoryArticle[],
  locale = getUiLocale(),
): FigureCell[] {
  const urlOf = new Map(articles.map((a) => [a.sourceId, a.url]));
  return row.values.map((value, i) => {
    const before = row.values[i - 1];
    const sameYear = before !== undefined && before.published.slice(0, 4) === value.published.slice(0, 4);
    return {
      value,
      amount: formatFigureAmount(value, row, locale),
      date: sameYear ? formatDayMonth(value.published, locale) : formatDate(value.published, locale),
      change:
        value.change === 'up'
          ? i18n.t('stories.figures.revisedUp')
          : value.change === 'down'
            ? i18n.t('stories.figures.revisedDown')
            : '',
      disagreement: value.disagreesSameDay ? i18n.t('stories.figures.differsSameDay') : '',
      href: getTextFragmentUrl(urlOf.get(value.sourceId), value.statement),
    };
  });
}

/**
 * A figures row on one line: "cars derailed: ~20 (KDKA, 4 Feb 2023) → ~50 (AP, 7 Feb, revised up)
 * → 38 (CBS News, 23 Feb, revised down)". The row's label is the articles' own words.
 */
export function formatFigureRow(row: FigureRow, articles: readonly StoryArticle[], locale = getUiLocale()): string {
  const values = getFigureCells(row, articles, locale).map(formatFigureCell).join(' → ');
  return i18n.t('stories.figures.line', { label: row.label, values });
}

/** One cell as text: "38 (CBS News, 23 Feb, revised down)". */
export function formatFigureCell(cell: FigureCell): string {
  const details = [outletText(cell.value.outlet), cell.date, cell.change, cell.disagreement].filter(Boolean).join(', ');
  return i18n.t('stories.figures.cited', { value: cell.amount, details });
}

/**
 * A figure as a number in the reader's notation, with its hedge: "~50", "over 420", "up to 12",
 * "3–3.5", "$9.6B", "12%", "200,000 t". What the number counts is the row's label.
 */
export function formatFigureAmount(
  value: Pick<FigureValue, 'low' | 'high' | 'approximate'>,
  row: Pick<FigureRow, 'dimension' | 'unit'>,
  locale = getUiLocale(),
): string {
  // A duration in days reads in the unit a reader would say it in: "5 years", not "1,826.25 days".
  const scale = durationScale(value, row);
  if (scale) {
    row = { ...row, unit: scale.unit };
    value = {
      ...value,
      low: value.low / scale.days,
      high: value.high >= UNBOUNDED ? value.high : value.high / scale.days,
    };
  }
  const one = (n: number) => formatOne(n, row, locale);
  const { low, high } = value;
  if (high >= UNBOUNDED) return i18n.t('stories.figures.atLeast', { value: one(low) });
  if (low === 0 && high > 0) return i18n.t('stories.figures.atMost', { value: one(high) });
  // A range of one unit says it once ("6–7 days").
  const unit = INTL_UNITS[row.unit];
  const amount =
    low === high
      ? one(low)
      : unit
        ? unitFormat(locale, unit).formatRange(low, high)
        : i18n.t('stories.figures.range', { low: one(low), high: one(high) });
  return value.approximate && low === high ? i18n.t('stories.figures.approximate', { value: amount }) : amount;
}

/** A number with an Intl unit, written out ("3.5 days", "2 Jahre"), to a tenth at most. */
function unitFormat(locale: string, unit: string): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
}

/** Days in a year and a month, on average (the engine reads "five years" as 1,826.25 days). */
const YEAR_DAYS = 365.25;
const MONTH_DAYS = YEAR_DAYS / 12;

/**
 * The unit a duration given in days reads best in, by its size: years from a year up, months from
 * four weeks, else days (null). The engine keeps durations in days to compare them.
 */
function durationScale(
  value: Pick<FigureValue, 'low' | 'high'>,
  row: Pick<FigureRow, 'unit'>,
): { unit: string; days: number } | null {
  if (row.unit !== 'day') return null;
  const size = value.high >= UNBOUNDED || value.high === 0 ? value.low : value.high;
  if (size >= YEAR_DAYS * 0.99) return { unit: 'year', days: YEAR_DAYS };
  if (size >= 28) return { unit: 'month', days: MONTH_DAYS };
  return null;
}

function formatOne(n: number, { dimension, unit }: Pick<FigureRow, 'dimension' | 'unit'>, locale: string): string {
  if (dimension === 'money' && /^[A-Z]{3}$/.test(unit)) {
    // "$9.6B", "9,6 Mrd. $": a compact amount keeps the article's precision (up to 3 digits).
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: unit,
      notation: n >= 1e6 ? 'compact' : 'standard',
      maximumSignificantDigits: n >= 1e6 ? 3 : undefined,
      maximumFractionDigits: n >= 1e6 ? undefined : 0,
    }).format(n);
  }
  if (dimension === 'percent' || unit === '%') {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(n / 100);
  }
  if (unit === 'kg' && n >= 1000) return i18n.t('stories.figures.tonnes', { value: formatNumber(n / 1000, locale) });
  if (unit === 'kg') return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilogram' }).format(n);
  if (unit === 'm' && n >= 10_000) {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 }).format(
      n / 1000,
    );
  }
  const intl = INTL_UNITS[unit];
  if (intl) return unitFormat(locale, intl).format(n);
  return unit ? `${formatNumber(n, locale)} ${unit}` : formatNumber(n, locale);
}
