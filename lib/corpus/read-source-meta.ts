import type { SourceMeta } from '../types';
import { normalizeIsoDate } from '../text/normalize-iso-date';

/**
 * Reads a source's description from untrusted data (an imported export, a stored record):
 * outlet, headline and how the date is known as non-empty text, an ISO date, and an optional
 * http(s) address. Throws an Error naming the field at `at` ("sources[2].meta") and what it
 * holds. The id is not read: the caller derives or checks it.
 */
export function readSourceMeta(value: unknown, at: string): Omit<SourceMeta, 'id'> {
  if (!isObject(value)) throw new Error(`${at}: expected an object, got ${describeValue(value)}`);
  const outlet = requireText(value.outlet, `${at}.outlet`);
  const headline = requireText(value.headline, `${at}.headline`);
  const publishedHow = requireText(value.publishedHow, `${at}.publishedHow`);
  if (typeof value.published !== 'string' || normalizeIsoDate(value.published) !== value.published) {
    throw new Error(
      `${at}.published: expected an ISO date (YYYY-MM-DD, YYYY-MM or YYYY), got ${describeValue(value.published)}`,
    );
  }
  if (value.url !== undefined && (typeof value.url !== 'string' || !/^https?:\/\/\S+$/i.test(value.url))) {
    throw new Error(`${at}.url: expected an http(s) address, got ${describeValue(value.url)}`);
  }
  const url = value.url as string | undefined;
  return { outlet, headline, published: value.published, publishedHow, ...(url ? { url } : {}) };
}

function requireText(value: unknown, at: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new Error(`${at}: expected text, got ${describeValue(value)}`);
  return value.trim();
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as an error message quotes it: its kind, or its first 40 characters of JSON. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const json = JSON.stringify(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}
