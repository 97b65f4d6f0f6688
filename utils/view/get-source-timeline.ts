import { i18n } from '#i18n';
import type { Comparison, Timing } from '../../lib/types';
import { formatNumber } from './format-number';

/** One source on the panel's time line. */
export interface TimelineSource {
  sourceId: string;
  outlet: string;
  published: string;
  timing: Timing;
  /** Page statements this source corroborates, conflicts with, or is only related to. */
  agrees: number;
  conflicts: number;
  related: number;
  /** Where it sits on the line (0 = left end, 1 = right end); null when its date is unknown. */
  position: number | null;
  /** Its distance in time from the page, for a reader: "same period", "9 years later". */
  gap: string;
}

export interface SourceTimeline {
  /** The page's own date and where it sits on the line (null when the page has no date). */
  pagePublished: string | null;
  pagePosition: number | null;
  /** The years at the line's two ends. */
  fromYear: number;
  toYear: number;
  /** Sources with at least one match, oldest first (undated ones last). */
  sources: TimelineSource[];
}

/** Room left at each end of the line so the dots at the ends are not cut. */
const INSET = 0.04;

/**
 * The sources that matched anything on the page, placed by publication date relative to the
 * page's date, each with how many of the page's statements it agrees or conflicts with.
 * Returns null when nothing matched.
 */
export function getSourceTimeline(comparison: Comparison): SourceTimeline | null {
  const bySource = new Map<string, TimelineSource>();
  for (const statement of comparison.statements) {
    const seen = new Map<string, Set<string>>();
    for (const m of statement.matches) {
      if (!bySource.has(m.sourceId)) {
        bySource.set(m.sourceId, {
          sourceId: m.sourceId,
          outlet: m.outlet,
          published: m.published,
          timing: m.timing,
          agrees: 0,
          conflicts: 0,
          related: 0,
          position: null,
          gap: '',
        });
      }
      const stances = seen.get(m.sourceId) ?? new Set<string>();
      stances.add(m.stance);
      seen.set(m.sourceId, stances);
    }
    for (const [sourceId, stances] of seen) {
      const source = bySource.get(sourceId)!;
      if (stances.has('corroborates')) source.agrees++;
      if (stances.has('conflicts')) source.conflicts++;
      if (!stances.has('corroborates') && !stances.has('conflicts')) source.related++;
    }
  }
  if (bySource.size === 0) return null;

  const pagePublished = comparison.page.published;
  const pageYears = toYears(pagePublished);
  const sources = [...bySource.values()];
  const known = [pageYears, ...sources.map((s) => toYears(s.published))].filter((y): y is number => y !== null);
  let min = Math.min(...known);
  let max = Math.max(...known);
  // Less than a year apart: centre them on a one-year line rather than spreading days across it.
  if (known.length === 0 || max - min < 1) {
    const middle = known.length ? (min + max) / 2 : 0;
    min = middle - 0.5;
    max = middle + 0.5;
  }
  const place = (years: number | null) =>
    years === null ? null : INSET + ((1 - 2 * INSET) * (years - min)) / (max - min);
  for (const source of sources) {
    source.position = place(toYears(source.published));
    source.gap = describeGap(pagePublished, source.published, source.timing);
  }
  sources.sort(
    (a, b) =>
      (toYears(a.published) ?? Infinity) - (toYears(b.published) ?? Infinity) || a.outlet.localeCompare(b.outlet),
  );
  return {
    pagePublished,
    pagePosition: place(pageYears),
    fromYear: Math.floor(known.length ? Math.min(...known) : 0),
    toYear: Math.floor(known.length ? Math.max(...known) : 0),
    sources,
  };
}

/**
 * An ISO date, month or year as a fractional year: "2015" → 2015.5 (mid-year), "2015-01" →
 * the middle of January, "2015-01-09" → that day. Null when absent or not a date.
 */
export function toYears(iso: string | null | undefined): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  if (!m[2]) return year + 0.5;
  const month = Number(m[2]) - 1;
  const day = m[3] ? Number(m[3]) - 1 : 15;
  return year + (month + day / 31) / 12;
}

/**
 * How far a source is from the page in time, in words: "same period" (the engine's timing),
 * "9 years later", "4 months earlier". Empty when either date is unknown.
 */
export function describeGap(pagePublished: string | null, sourcePublished: string | null, timing: Timing): string {
  if (timing === 'same period') return i18n.t('panel.gap.samePeriod');
  const page = toYears(pagePublished);
  const source = toYears(sourcePublished);
  if (timing === 'unknown' || page === null || source === null) return '';
  const months = Math.round(Math.abs(source - page) * 12);
  const later = timing === 'later';
  if (months < 12) {
    return later
      ? i18n.t('panel.gap.monthsLater', months, [formatNumber(months)])
      : i18n.t('panel.gap.monthsEarlier', months, [formatNumber(months)]);
  }
  const years = Math.round(months / 12);
  return later
    ? i18n.t('panel.gap.yearsLater', years, [formatNumber(years)])
    : i18n.t('panel.gap.yearsEarlier', years, [formatNumber(years)]);
}
