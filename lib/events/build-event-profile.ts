import type { Statement } from '../types';
import { monthIndex } from '../dates/compare-periods';
import { findKeyNames } from './find-key-names';
import { readEventFrame } from './read-event-frame';

/** What event(s) a document (a page or a corpus source) reports, read once per document. */
export interface EventProfile {
  /** Its names, with how many of its statements (and its headline) name each, most named first. */
  names: Array<{ name: string; count: number }>;
  /** Its acts (predicate lemmas), with how many statements state each, commonest first. */
  acts: Array<{ term: string; count: number }>;
  /** Months (see monthIndex) of the day and month dates it mentions, sorted. */
  months: number[];
  /** ISO publication date, or null. */
  published: string | null;
  /** Statements read (the headline not counted). */
  statements: number;
}

/** Names and acts kept per document: enough to tell its event, small enough for 10,000 sources in memory. */
export const PROFILE_NAMES = 24;
export const PROFILE_ACTS = 16;

/**
 * The event profile of a document from its analysed statements (and headline, whose names
 * count once more: a headline names the subject). Cost: one pass over the statement texts.
 */
export function buildEventProfile(statements: Statement[], published: string | null, headline = ''): EventProfile {
  const names = new Map<string, number>();
  const acts = new Map<string, number>();
  const months: number[] = [];
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  // A headline in title case ("Container Ship Runs Aground") capitalises every word: its names cannot be told.
  const words = headline.match(/[A-Za-z]+/g) ?? [];
  if (words.filter((w) => /^[A-Z]/.test(w)).length <= words.length * 0.6)
    for (const name of findKeyNames(headline)) bump(names, name);
  for (const st of statements) {
    const frame = readEventFrame(st);
    for (const name of frame.names) bump(names, name);
    for (const act of frame.acts) bump(acts, act);
    for (const d of st.features.dates)
      if (d.precision !== 'year' && d.precision !== 'time' && d.weekday === null) months.push(monthIndex(d.iso));
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
  return {
    names: top(names, PROFILE_NAMES).map(([name, count]) => ({ name, count })),
    acts: top(acts, PROFILE_ACTS).map(([term, count]) => ({ term, count })),
    months: months.sort((a, b) => a - b),
    published,
    statements: statements.length,
  };
}
