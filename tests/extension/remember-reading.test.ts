import { describe, expect, it } from 'vitest';
import { getMemoryState, parseSite, withNeverSite } from '../../utils/shared/remember-reading';
import type { RememberReading } from '../../utils/shared/storage';

const ON: RememberReading = { enabled: true, neverSites: ['news.example'], pausedUntil: null, keepArticles: 10 };
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
});
