import type { Timing } from '../types';

/** Month number (year*12 + month) of an ISO date, month or year; a bare year counts as mid-year. */
export function monthIndex(iso: string): number {
  const [y, m] = iso.split('-');
  return Number(y) * 12 + (m ? Number(m) - 1 : 6);
}

/** Months from `a` to `b` (positive when b is later); null when either is unknown. */
export function monthsBetween(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return monthIndex(b) - monthIndex(a);
}

/** Whether a source (published `source`) is earlier than, in the same period as, or later than the page. */
export function timingOf(page: string | null, source: string | null): Timing {
  const gap = monthsBetween(page, source);
  if (gap === null) return 'unknown';
  if (Math.abs(gap) <= 2) return 'same period';
  return gap < 0 ? 'earlier' : 'later';
}

/**
 * Reports written this far apart describe the state of things at different times: a shared
 * wording is not evidence of the same event, and a changed figure may be an update.
 */
export const DIFFERENT_PERIOD_MONTHS = 24;

export function isDifferentPeriod(page: string | null, source: string | null): boolean {
  const gap = monthsBetween(page, source);
  return gap !== null && Math.abs(gap) > DIFFERENT_PERIOD_MONTHS;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2 January 2015", "January 2015", "2015" for a reader. */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y ?? iso;
}
