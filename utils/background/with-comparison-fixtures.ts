import { storage } from 'wxt/utils/storage';
import type { Comparison } from '../../lib/types';
import type { CompareArticle } from './create-analysis-service';

/**
 * The `chrome.storage.local` key under which an end-to-end test puts the comparisons the panel
 * must show, by page URL: `{ [pageUrl]: Comparison }` (tests/e2e/set-comparison-fixture.ts).
 */
export const COMPARISON_FIXTURES_KEY = 'e2eComparisonFixtures';

/** What a test stores under COMPARISON_FIXTURES_KEY. */
export type ComparisonFixtures = Record<string, Comparison>;

/**
 * The test build's engine, and only the test build's (`wxt build --mode e2e`: the background
 * wires it in behind `import.meta.env.MODE`, so the production build has none of this file).
 * Why: UI tests show a committed comparison (tests/fixtures/comparisons/) instead of what the
 * engine says today, so an engine change cannot break a test about the panel, nor hide a panel
 * bug behind an engine change. A page with a fixture under its URL gets that fixture, with
 * `page.url` set to the page's (the test server's port changes from run to run); every other
 * page is compared by the real engine. It reads local storage only: nothing leaves the machine.
 */
export function withComparisonFixtures(compare: CompareArticle): CompareArticle {
  return async (article, corpus, options) => {
    const fixture = (await storage.getItem<ComparisonFixtures>(`local:${COMPARISON_FIXTURES_KEY}`))?.[article.url];
    if (!fixture) return compare(article, corpus, options);
    return { ...fixture, page: { ...fixture.page, url: article.url } };
  };
}
