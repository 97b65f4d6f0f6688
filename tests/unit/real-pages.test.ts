import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPageFixtures, summarizeFixture } from '../pages/list-page-fixtures';

// Real pages as regression tests, as Mozilla Readability keeps its own: each folder of
// tests/pages holds a saved page and what the reader made of it. A change in extraction,
// dates, language or statement finding shows here as a diff of one page's expected.json.
// When the change is intended, `npm run pages:update` rewrites them; review that diff.
const fixtures = listPageFixtures();

// Measured on the 2-core test machine (vitest, this file alone): the slowest page (breitbart,
// 850 kB) takes 1.2 s to parse and read in jsdom, the 39 pages 12 s. 15 s a page leaves room for
// a loaded machine (the whole unit project runs files in parallel) and still stops a page that
// has become ten times slower.
const PAGE_TIMEOUT_MS = 15_000;

describe('real pages (tests/pages)', () => {
  it('has fixtures to check', () => expect(fixtures.length).toBeGreaterThan(0));

  it.each(fixtures)(
    '$slug reads as its expected.json says',
    (fixture) => {
      const expected: unknown = JSON.parse(readFileSync(fixture.expectedFile, 'utf8'));
      expect(
        summarizeFixture(fixture),
        `tests/pages/${fixture.slug}: the reading differs from expected.json (if intended: npm run pages:update)`,
      ).toEqual(expected);
    },
    PAGE_TIMEOUT_MS,
  );
});
