import type { Article } from '../types';
import { extractArticle } from '../extract/extract-article';

/**
 * The article of an imported HTML file (Readability, as on a live page), addressed by the
 * canonical URL or og:url the file gives, else by none. Null when the file has no article.
 * Kept apart from `parseImport` so that code with no DOM (Chrome's service worker) does not
 * bundle Readability.
 */
export function readHtmlArticle(doc: Document): Article | null {
  return extractArticle(doc, canonicalUrl(doc) ?? '');
}

/** Where the page says it lives: <link rel=canonical> or og:url (http(s) only); null when it does not say. */
function canonicalUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const value = candidate?.trim();
    if (value && /^https?:\/\/\S+$/i.test(value)) return value;
  }
  return null;
}
