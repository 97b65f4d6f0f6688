import type { PageReading, PageSize } from '../types';
import { extractArticle } from './extract-article';
import { PAGE_LIMITS, type PageLimits } from './page-limits';
import { keepBeginning } from '../text/keep-beginning';

/** Documents whose text can be an article; the browser shows others (XML, JSON, images) in viewers. */
const TEXT_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/**
 * What the content script does in the page: decides from cheap measures whether the page can be
 * read without freezing it (PAGE_LIMITS), then extracts its article and keeps its beginning
 * (PAGE_LIMITS.articleCharacters). A PDF or a page too large is not parsed at all and says why.
 * Never throws on a page's content; Readability's own `maxElemsToParse` would count the elements
 * only after the document is cloned (365 ms for a 20 MB page), so the count comes first here.
 */
export function readPage(doc: Document, url: string, limits: PageLimits = PAGE_LIMITS): PageReading {
  const title = doc.title ?? '';
  if (doc.contentType === 'application/pdf') return { url, title, article: null, unread: { reason: 'pdf' } };
  if (doc.contentType && !TEXT_TYPES.has(doc.contentType)) return { url, title, article: null };
  const size = measurePage(doc, limits);
  if (size.elements > limits.elements || size.characters > limits.characters) {
    return { url, title, article: null, unread: { reason: 'too-large', size } };
  }
  const article = extractArticle(doc, url);
  const canonical = readCanonicalLink(doc, url);
  return {
    url,
    title,
    article: article && keepBeginning(article, limits.articleCharacters),
    ...(canonical ? { canonical } : {}),
  };
}

/** The page's `<link rel=canonical>` resolved against `url`, when it is an http(s) address. */
function readCanonicalLink(doc: Document, url: string): string | null {
  const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  if (!href) return null;
  try {
    const u = new URL(href, url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * The page's element count and the length of its body text. Text is counted only when the
 * elements are within the limit, and only until it passes its own limit, so measuring is
 * bounded too: 0.6 ms for 31,000 elements, 12 ms to count 605,000 (Chromium).
 */
export function measurePage(doc: Document, limits: PageLimits = PAGE_LIMITS): PageSize {
  const elements = doc.getElementsByTagName('*').length;
  let characters = 0;
  const root = doc.body ?? doc.documentElement;
  if (root && elements <= limits.elements) {
    // NodeFilter.SHOW_TEXT (4), spelled out: jsdom has no global NodeFilter.
    const walker = doc.createTreeWalker(root, 4);
    while (walker.nextNode() && characters <= limits.characters) characters += (walker.currentNode as Text).length;
  }
  return { elements, characters };
}
