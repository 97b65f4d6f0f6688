import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '../lib/extract/read-page';
import type { PageReading } from '../utils/messaging';

/**
 * Injected on request only (`scripting.executeScript` from the background, after the reader
 * asked): reads the article and returns it. The comparison itself runs in the background,
 * off the page's main thread. WXT hands main()'s return value to executeScript's result.
 * It runs in the top frame only (executeScript without `allFrames`): an article inside an
 * iframe or a frameset is not read, and such a page is "not an article". Reading runs on the
 * page's main thread, so `readPage` refuses pages too large to parse quickly (PAGE_LIMITS).
 */
export default defineContentScript({
  registration: 'runtime',
  main(): PageReading {
    return readPage(document, location.href);
  },
});
