/**
 * How much of a page Crosscheck reads. The content script runs Readability on the page's own
 * main thread, in one task: a page past these limits is not parsed at all (the panel says why),
 * so that reading never freezes the tab. Kept apart from read-page.ts so the panel can quote the
 * limits without bundling Readability.
 *
 * Measured with Readability 0.6 in Chromium 156 on this project's 2-core test machine
 * (generated pages from scripts/hostile-pages.ts; the 25 real news pages of ../shared):
 * - real news pages have 440–2,600 elements and take 4–24 ms (12 µs per element, median);
 * - a page of many small elements takes 0.2 s at 7,800 elements, 0.5 s at 31,000, 1.9 s at
 *   122,000 and 16 s at 605,000 (a 20 MB page: it grows faster than the element count);
 * - text in a few elements is cheaper: 0.28 s for 5 MB of text, 1.9 s for 20 MB.
 * Counting the elements first costs 12 ms on the 605,000-element page.
 * In jsdom (Node tests, the CLI) Readability is 10–20 times slower than in Chromium.
 */
export const PAGE_LIMITS = {
  /** Elements in the document: about 0.8 s of Readability at worst, 20 times the largest real page measured. */
  elements: 50_000,
  /** Characters of text in the body (script text included): about 0.3 s of Readability. */
  characters: 5_000_000,
  /**
   * Characters of article text handed to the background (about 50,000 words). The engine checks
   * at most MAX_STATEMENTS (500) statements (lib/compare-article.ts); the real pages have one
   * statement per 110–230 characters, so 500 are found within 115,000 characters. More text
   * would only make the message bigger.
   */
  articleCharacters: 300_000,
} as const;

export type PageLimits = { readonly [K in keyof typeof PAGE_LIMITS]: number };
