import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractArticle } from '../lib/extract/extract-article';
import type { PageReading } from '../utils/messaging';

/**
 * Injected on request only (`scripting.executeScript` from the background, after the reader
 * asked): reads the article and returns it. The comparison itself runs in the background,
 * off the page's main thread. WXT hands main()'s return value to executeScript's result.
 */
export default defineContentScript({
  registration: 'runtime',
  main(): PageReading {
    return { url: location.href, title: document.title, article: extractArticle(document, location.href) };
  },
});
