import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../types';
import { normalizeIsoDate } from '../text/normalize-iso-date';

/** Block elements whose text is one paragraph of the article. */
const BLOCKS = 'p, li, blockquote, h2, h3, h4, h5, h6, pre, td';
/** Elements inside the article body that are never statements of the article. */
const SKIP = 'figcaption, figure, aside, nav, button, form, [aria-hidden="true"], .caption';

/**
 * Extracts the article of a page with Mozilla Readability.
 * Parses a clone, because Readability mutates the document it is given.
 * `isProbablyReaderable` is recorded but is not the only gate: it rejects short articles
 * that Readability extracts well (STACK.md pitfall 12).
 * Returns null when Readability finds no article text.
 */
export function extractArticle(doc: Document, url: string): Article | null {
  let parsed;
  try {
    parsed = parseArticle(doc);
  } catch (err) {
    // A page is hostile input, and the reader must get a state, never a crash. Known causes are
    // handled in cloneForReadability; this catches what is left. Found by the fuzz test, both in
    // jsdom only (the CLI and tests; browsers do neither): its cloneNode throws on attribute names
    // the parser accepted ("<x"), and its parser throws on lone surrogates when Readability
    // re-parses the HTML it serialised itself.
    console.warn('Crosscheck: Readability could not read this page', err);
    return null;
  }
  if (!parsed?.content) return null;
  const readerable = isProbablyReaderable(doc);
  const paragraphs = collectParagraphs(parsed.content);
  if (paragraphs.join(' ').split(/\s+/).length < 20) return null;
  const title = parsed.title?.trim() || metaContent(doc, 'og:title') || doc.title || '';
  return {
    title,
    url,
    lang: primaryLanguage(parsed.lang ?? doc.documentElement?.getAttribute('lang') ?? ''),
    published: normalizeIsoDate(parsed.publishedTime ?? '') ?? pagePublished(doc),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || metaContent(doc, 'og:site_name') || null,
    paragraphs,
    readerable,
  };
}

/**
 * A copy of the page that Readability can parse (it mutates what it is given), or null when it
 * cannot: Readability climbs from its best candidate up to the <body> element, and a page
 * without one (a frameset, whose `document.body` is the <frameset>) made it throw. Its tag
 * name tests are upper-case, as only HTML documents give them: an XHTML page (served as
 * application/xhtml+xml, an XML document) is copied into an HTML document first.
 */
function cloneForReadability(doc: Document): Document | null {
  if (doc.body?.localName !== 'body') return null;
  let clone: Document;
  if (doc.createElement('p').tagName === 'P') clone = doc.cloneNode(true) as Document;
  else {
    clone = doc.implementation.createHTMLDocument('');
    clone.replaceChild(clone.importNode(doc.documentElement, true), clone.documentElement);
  }
  return clone;
}

/** Readability's article of a copy of `doc`; null when there is none. */
function parseArticle(doc: Document) {
  const parse = (clone: Document) => new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  const clone = cloneForReadability(doc);
  if (!clone) return null;
  try {
    return parse(clone);
  } catch (err) {
    if ((err as { name?: string } | null)?.name !== 'InvalidCharacterError') throw err;
    // Only then: looking at every attribute of a page costs ~100 ms in jsdom (~1 ms in a browser).
    const again = cloneForReadability(doc)!;
    dropUnsettableAttributes(again);
    return parse(again);
  }
}

/**
 * Removes attributes whose names `setAttribute` refuses: the HTML parser accepts `<img <x=1>`
 * (an attribute named "<x"), and Readability copies a lazy image's attributes with
 * `setAttribute`, which then throws InvalidCharacterError where names are checked strictly
 * (Firefox 115 ESR and jsdom; Chromium 156 accepts them). Found by
 * the fuzz test. Such names carry nothing an article needs.
 */
export function dropUnsettableAttributes(doc: Document): void {
  const probe = doc.createElement('span');
  const settable = new Map<string, boolean>();
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    for (const name of element.getAttributeNames()) {
      let ok = settable.get(name);
      if (ok === undefined) {
        try {
          probe.setAttribute(name, '');
          ok = true;
        } catch {
          ok = false;
        }
        settable.set(name, ok);
      }
      if (!ok) element.removeAttribute(name);
    }
  }
}

function collectParagraphs(root: Element): string[] {
  for (const skip of Array.from(root.querySelectorAll(SKIP))) skip.remove();
  const out: string[] = [];
  for (const block of Array.from(root.querySelectorAll(BLOCKS))) {
    // Nested blocks (a <p> inside an <li>) are read once, at the innermost level.
    if (block.querySelector(BLOCKS)) continue;
    const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  if (out.length === 0) {
    const text = (root.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

function metaContent(doc: Document, property: string): string | null {
  const el = doc.querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return el?.getAttribute('content')?.trim() || null;
}

/** Readability misses a bare <time datetime> byline; news templates often have only that. */
function pagePublished(doc: Document): string | null {
  for (const name of ['article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued']) {
    const value = normalizeIsoDate(metaContent(doc, name) ?? '');
    if (value) return value;
  }
  const time = doc.querySelector('time[datetime]');
  return normalizeIsoDate(time?.getAttribute('datetime') ?? '');
}

function primaryLanguage(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
