import type { SourceMeta } from '../types';
import { normalizeIsoDate } from '../text/normalize-iso-date';
import { DataProblemError, describeValueSeen, seeValue, type FieldExpectation } from './import-problem';

/**
 * Reads a source's description from untrusted data (an imported export, a stored record):
 * outlet, headline and how the date is known as non-empty text, an ISO date, and an optional
 * http(s) address. Throws a `DataProblemError` naming the field at `at` ("sources[2].meta") and
 * what it holds. The id is not read: the caller derives or checks it.
 */
export function readSourceMeta(value: unknown, at: string): Omit<SourceMeta, 'id'> {
  if (!isObject(value)) throw badField(at, 'object', value);
  const outlet = requireText(value.outlet, `${at}.outlet`);
  const headline = requireText(value.headline, `${at}.headline`);
  const publishedHow = requireText(value.publishedHow, `${at}.publishedHow`);
  if (typeof value.published !== 'string' || normalizeIsoDate(value.published) !== value.published) {
    throw badField(`${at}.published`, 'iso-date', value.published);
  }
  if (value.url !== undefined && (typeof value.url !== 'string' || !/^https?:\/\/\S+$/i.test(value.url))) {
    throw badField(`${at}.url`, 'address', value.url);
  }
  const url = value.url as string | undefined;
  // What the news memory adds (issue 14); a value of another shape is left out, not refused.
  const readAt = typeof value.readAt === 'string' && !Number.isNaN(Date.parse(value.readAt)) ? value.readAt : null;
  return {
    outlet,
    headline,
    published: value.published,
    publishedHow,
    ...(url ? { url } : {}),
    ...(readAt ? { readAt } : {}),
    ...(value.remembered === true ? { remembered: true as const } : {}),
  };
}

function requireText(value: unknown, at: string): string {
  if (typeof value !== 'string' || !value.trim()) throw badField(at, 'text', value);
  return value.trim();
}

/** What each expectation is called in the English message. */
const EXPECTED: Record<FieldExpectation, string> = {
  object: 'an object',
  text: 'text',
  'iso-date': 'an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)',
  address: 'an http(s) address',
  list: 'a list',
  'list-of-strings': 'a list of strings',
  string: 'a string',
  'meta-and-paragraphs': 'an object with "meta" and "paragraphs"',
};

/** The error for a field at `field` that holds `value` where `expected` belongs. */
export function badField(field: string, expected: FieldExpectation, value: unknown): DataProblemError {
  const got = seeValue(value);
  return new DataProblemError(
    { code: 'bad-field', field, expected, got },
    `${field}: expected ${EXPECTED[expected]}, got ${describeValueSeen(got)}`,
  );
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as an error message quotes it: its kind, or its first 40 characters of JSON. */
export function describeValue(value: unknown): string {
  return describeValueSeen(seeValue(value));
}
