import { siteOf } from '../../lib/corpus/canonical-url';
import type { SourceMeta } from '../../lib/types';
import type { RememberReading } from './storage';

const DAY_MS = 86_400_000;

/** Where the news memory stands for a page: remembering, paused, off, or never on its site. */
export type MemoryState = 'on' | 'paused' | 'off' | 'never';

/** The memory's state for a page of `site` (null: no page) at `now` (ms since epoch). */
export function getMemoryState(settings: RememberReading, site: string | null, now: number): MemoryState {
  if (!settings.enabled) return 'off';
  if (site && isNeverSite(settings, site)) return 'never';
  return isPaused(settings, now) ? 'paused' : 'on';
}

/** Whether `settings` let a page of `url` be remembered at `now` (on, not paused, not a never-site). */
export function isRememberingAt(settings: RememberReading, url: string, now: number): boolean {
  return getMemoryState(settings, siteOf(url), now) === 'on';
}

export function isPaused(settings: RememberReading, now: number): boolean {
  return settings.pausedUntil !== null && settings.pausedUntil > now;
}

/** A never-site covers its subdomains too (never "example.com": nor "m.example.com"). */
export function isNeverSite(settings: Pick<RememberReading, 'neverSites'>, site: string): boolean {
  return site !== '' && settings.neverSites.some((s) => site === s || site.endsWith(`.${s}`));
}

/**
 * A site as the reader typed it ("https://www.Example.com/x", "example.com") as the never-list
 * keeps it ("example.com"); null when it names no host.
 */
export function parseSite(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const site = siteOf(/^[a-z][a-z\d+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  return /^[\p{L}\d-]+(\.[\p{L}\d-]+)+$/u.test(site) || site === 'localhost' ? site : null;
}

/** The settings with `site` on the never-list (once). */
export function withNeverSite(settings: RememberReading, site: string): RememberReading {
  return settings.neverSites.includes(site) ? settings : { ...settings, neverSites: [...settings.neverSites, site] };
}

/**
 * The remembered articles the retention settings let go at `now`: those read more than
 * `keepDays` ago, then the oldest read beyond `keepArticles`. An article without a reading date
 * counts as read longest ago.
 */
export function selectExpired(
  remembered: Array<Pick<SourceMeta, 'id' | 'readAt'>>,
  settings: Pick<RememberReading, 'keepArticles' | 'keepDays'>,
  now: number,
): string[] {
  const byAge = [...remembered].sort((a, b) => (a.readAt ?? '').localeCompare(b.readAt ?? ''));
  const since = settings.keepDays === null ? null : new Date(now - settings.keepDays * DAY_MS).toISOString();
  const tooOld = since === null ? 0 : byAge.findIndex((m) => (m.readAt ?? '') >= since);
  const old = tooOld === -1 ? byAge.length : tooOld;
  const over = Math.max(0, byAge.length - settings.keepArticles);
  return byAge.slice(0, Math.max(old, over)).map((m) => m.id);
}
