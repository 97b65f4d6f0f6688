import type { SourceMeta } from '../types';

/** What the reader narrows a search to (all optional; none set keeps every source). */
export interface SearchFilters {
  /** Only these sources (the articles of a story: the background fills it from the story's id). */
  sourceIds?: readonly string[];
  /** Only this outlet, as SourceMeta.outlet writes it. */
  outlet?: string;
  /** ISO dates (YYYY-MM-DD), both ends included. */
  from?: string;
  to?: string;
}

/**
 * Whether a source passes the reader's filters. A date given to the month or the year passes when
 * its period meets the range ("2024-06" is within from 2024-06-25); a source of unknown date passes
 * no date filter.
 */
export function matchesSearchFilters(
  meta: Pick<SourceMeta, 'id' | 'outlet' | 'published'>,
  filters: SearchFilters,
): boolean {
  if (filters.sourceIds && !filters.sourceIds.includes(meta.id)) return false;
  if (filters.outlet && meta.outlet !== filters.outlet) return false;
  if (!filters.from && !filters.to) return true;
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(meta.published) ? meta.published : '';
  if (!date) return false;
  if (filters.from && date < filters.from.slice(0, date.length)) return false;
  if (filters.to && date > filters.to.slice(0, date.length)) return false;
  return true;
}

/** Whether any filter is set. */
export function hasSearchFilters(filters: SearchFilters | undefined): filters is SearchFilters {
  return !!filters && (!!filters.sourceIds || !!filters.outlet || !!filters.from || !!filters.to);
}
