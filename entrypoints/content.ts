import { defineContentScript } from 'wxt/utils/define-content-script';
import { readPage } from '../lib/extract/read-page';
import { sendMessage } from '../utils/shared/messaging';
import type { PageReading } from '../utils/shared/service-types';
import { watchNavigation } from '../utils/page/watch-navigation';

/**
 * Injected on request only (`scripting.executeScript` from the background, after the reader
 * asked): reads the article and returns it. The comparison itself runs in the background,
 * off the page's main thread. WXT hands main()'s return value to executeScript's result.
 * It runs in the top frame only (executeScript without `allFrames`): an article inside an
 * iframe or a frameset is not read, and such a page is "not an article". Reading runs on the
 * page's main thread, so `readPage` refuses pages too large to parse quickly (PAGE_LIMITS).
 *
 * Once injected, it also watches for the page moving to another article without loading a new
 * document (single-page news sites): the background then drops the old result and reads again.
 */
export default defineContentScript({
  registration: 'runtime',
  async main(): Promise<PageReading> {
    const scope = watchOnce();
    // Moved to a new address whose article has not rendered yet: read that one, not the old one
    // still on screen (Chrome reports such a move as a load that is 'complete' at once).
    await scope.crosscheckSettling;
    return readPage(document, location.href);
  },
});

/** State kept on the content script's own (isolated) window: each injection runs main() again. */
interface WatchScope {
  crosscheckWatching?: boolean;
  /** Pending while the page moved and its new content is still rendering. */
  crosscheckSettling?: Promise<void>;
}

function watchOnce(): WatchScope {
  const scope = window as Window & WatchScope;
  if (scope.crosscheckWatching) return scope;
  scope.crosscheckWatching = true;
  let settled: (() => void) | undefined;
  const tell = (url: string, rendered: boolean) => {
    // The extension may have been reloaded or removed meanwhile: nobody to tell.
    sendMessage('pageNavigated', { url, rendered }).catch(() => undefined);
  };
  watchNavigation(window, {
    onLeave(url) {
      scope.crosscheckSettling ??= new Promise((resolve) => (settled = resolve));
      tell(url, false);
    },
    onArrive(url) {
      settled?.();
      scope.crosscheckSettling = settled = undefined;
      tell(url, true);
    },
  });
  return scope;
}
