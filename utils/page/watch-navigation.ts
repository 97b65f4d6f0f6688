import { getPageKey } from '../shared/get-page-key';

/** How the watch notices a new address and decides the new article has rendered. */
export interface NavigationWatchOptions {
  /** How often the address is checked (history.pushState fires no event a content script can hear). */
  pollMs?: number;
  /** The page counts as rendered after this long without changes to its DOM... */
  quietMs?: number;
  /** ...or this long after the address changed, whichever comes first (a ticking page never goes quiet). */
  maxWaitMs?: number;
}

/** What the watch reports: the page left its address (at once), and the new one has rendered. */
export interface NavigationListener {
  onLeave?(url: string): void;
  onArrive(url: string): void;
}

/** The part of the Navigation API used here (Chromium; not in Firefox or TypeScript's DOM types yet). */
interface NavigationEvents {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

/**
 * Reports when the page moves to another address without loading a new document (history API
 * navigation in a single-page site): `onLeave` as soon as the address changed (what was shown
 * for the old one no longer applies), `onArrive` once the new content has rendered. A change of
 * the #fragment alone is not a new article. Returns a function that stops watching.
 *
 * Chromium's Navigation API tells at once (`currententrychange` fires for pushState too, and DOM
 * events reach the content script's world); elsewhere a poll of the address does (Firefox has no
 * Navigation API, and `popstate` fires only for back/forward). A string comparison costs nothing.
 */
export function watchNavigation(
  win: Window & typeof globalThis,
  listener: NavigationListener,
  options: NavigationWatchOptions = {},
): () => void {
  const { pollMs = 1000, quietMs = 500, maxWaitMs = 3000 } = options;
  const navigation = (win as { navigation?: NavigationEvents }).navigation;
  let current = getPageKey(win.location.href);
  let settle: (() => void) | undefined;

  function check(): void {
    const url = getPageKey(win.location.href);
    if (url === current) return;
    current = url;
    settle?.();
    listener.onLeave?.(win.location.href);
    settle = waitForQuiet(win, quietMs, maxWaitMs, () => {
      settle = undefined;
      // Moved on again while this page rendered: the newer address reports when it is ready.
      if (getPageKey(win.location.href) === url) listener.onArrive(win.location.href);
    });
  }

  const timer = win.setInterval(check, pollMs);
  win.addEventListener('popstate', check);
  navigation?.addEventListener('currententrychange', check);
  return () => {
    win.clearInterval(timer);
    win.removeEventListener('popstate', check);
    navigation?.removeEventListener('currententrychange', check);
    settle?.();
  };
}

/** Calls `done` once the document has had no DOM changes for `quietMs`, or after `maxWaitMs`; returns a cancel. */
function waitForQuiet(
  win: Window & typeof globalThis,
  quietMs: number,
  maxWaitMs: number,
  done: () => void,
): () => void {
  let quiet = win.setTimeout(finish, quietMs);
  const deadline = win.setTimeout(finish, maxWaitMs);
  const observer = new win.MutationObserver(() => {
    win.clearTimeout(quiet);
    quiet = win.setTimeout(finish, quietMs);
  });
  observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
  function cancel(): void {
    observer.disconnect();
    win.clearTimeout(quiet);
    win.clearTimeout(deadline);
  }
  function finish(): void {
    cancel();
    done();
  }
  return cancel;
}
