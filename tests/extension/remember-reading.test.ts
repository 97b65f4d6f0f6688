import { describe, expect, it } from 'vitest';
import { getMemoryState, parseSite, selectExpired, withNeverSite } from '../../utils/shared/remember-reading';
import type { RememberReading } from '../../utils/shared/storage';

const ON: RememberReading = {
  enabled: true,
  neverSites: ['news.example'],
  pausedUntil: null,
  keepArticles: 10,
  keepDays: null,
};
const NOW = 1_000_000;

describe('the news memory’s settings', () => {
  it.each([
    ['off', { enabled: false }, 'other.example', 'off'],
    ['on', {}, 'other.example', 'on'],
    ['on, no page', {}, null, 'on'],
    ['a never-site', {}, 'news.example', 'never'],
    ['a subdomain of a never-site', {}, 'm.news.example', 'never'],
    ['a site that only ends like one', {}, 'fakenews.example', 'on'],
    ['paused', { pausedUntil: NOW + 1 }, 'other.example', 'paused'],
    ['a pause that is over', { pausedUntil: NOW }, 'other.example', 'on'],
  ] as const)('%s', (_, change, site, state) => {
    expect(getMemoryState({ ...ON, ...change }, site, NOW)).toBe(state);
  });

  it.each([
    ['example.com', 'example.com'],
    [' https://www.Example.com/news/1 ', 'example.com'],
    ['http://m.bbc.co.uk', 'm.bbc.co.uk'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['', null],
    ['not a site', null],
    ['example', null],
  ])('parseSite(%j) is %j', (input, site) => {
    expect(parseSite(input)).toBe(site);
  });

  it('adds a never-site once', () => {
    expect(withNeverSite(ON, 'a.example').neverSites).toEqual(['news.example', 'a.example']);
    expect(withNeverSite(ON, 'news.example')).toBe(ON);
  });

  const DAY = 86_400_000;
  const read = (id: string, daysAgo: number | null) => ({
    id,
    readAt: daysAgo === null ? undefined : new Date(NOW - daysAgo * DAY).toISOString(),
  });
  const MEMORY = [read('fresh', 0), read('week', 7), read('month', 31), read('undated', null), read('day', 1)];

  it.each([
    ['keeps all within both limits', { keepArticles: 10, keepDays: null }, []],
    [
      'lets the oldest read go beyond the number (undated first)',
      { keepArticles: 3, keepDays: null },
      ['undated', 'month'],
    ],
    ['lets go what was read too long ago', { keepArticles: 10, keepDays: 30 }, ['undated', 'month']],
    ['an article read exactly at the limit stays', { keepArticles: 10, keepDays: 7 }, ['undated', 'month']],
    ['the stricter limit wins: days', { keepArticles: 4, keepDays: 2 }, ['undated', 'month', 'week']],
    ['the stricter limit wins: number', { keepArticles: 1, keepDays: 30 }, ['undated', 'month', 'week', 'day']],
    ['zero days keeps only what was read now', { keepArticles: 10, keepDays: 0 }, ['undated', 'month', 'week', 'day']],
  ] as const)('selectExpired %s', (_, settings, expired) => {
    expect(selectExpired(MEMORY, settings, NOW)).toEqual(expired);
  });
});
