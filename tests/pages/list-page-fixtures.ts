// Node-only: the fixture folders of tests/pages, shared by the test and the script that
// rewrites their expected.json (tests may not import from scripts/, so this lives here).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { readPageSummary, type PageSummary } from './read-page-summary';

/** This folder: one subfolder per page. */
export const pagesDir = fileURLToPath(new URL('.', import.meta.url));

/** One page kept as a regression fixture. */
export interface PageFixture {
  slug: string;
  sourceFile: string;
  expectedFile: string;
  /** The page's address for the reader: fixed per page, so the summary never depends on where it was saved. */
  url: string;
}

/** The fixture folders of tests/pages, in name order. */
export function listPageFixtures(): PageFixture[] {
  return readdirSync(pagesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => ({
      slug,
      sourceFile: join(pagesDir, slug, 'source.html'),
      expectedFile: join(pagesDir, slug, 'expected.json'),
      url: `https://example.com/${slug}`,
    }));
}

/** The summary of a fixture's source.html, parsed with jsdom as the scripts parse pages. */
export function summarizeFixture(fixture: PageFixture): PageSummary {
  const dom = new JSDOM(readFileSync(fixture.sourceFile, 'utf8'), { url: fixture.url });
  try {
    return readPageSummary(dom.window.document, fixture.url);
  } finally {
    // Frees the page's window at once: 39 pages, some over 1 MB, add up within one test file.
    dom.window.close();
  }
}

/** expected.json's text for a summary: stable key order (the summary's own), two-space indent, final newline. */
export function formatSummary(summary: PageSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}
