/** How the watch notices a new address and decides the new article has rendered. */
export interface NavigationWatchOptions {
  /** How often the address is checked (history.pushState fires no event a content script can hear). */
  pollMs?: number;
  /** The page counts as rendered after this long without changes to its DOM... */
  quietMs?: number;
  /** ...or this long after the address changed, whichever comes first (a ticking page never goes quiet). */
  maxWaitMs?: number;
}

/**
 * Calls `onNavigate(url)` when the page moves to another address without loading a new document
 * (history API navigation in a single-page site), once the new content has rendered. A change of
 * the #fragment alone is not a new article. Returns a function that stops watching.
 *
 * Polling, not the Navigation API: Firefox has none, and `popstate` fires only for back/forward.
 * A string comparison a second costs the page nothing measurable.
 */
export function watchNavigation(win: Window & typeof globalThis, onNavigate: (url: string) => void, options: NavigationWatchOptions = {}): () => void {
  const { pollMs = 1000, quietMs = 500, maxWaitMs = 3000 } = options;
  let current = withoutFragment(win.location.href);
  let settle: (() => void) | undefined;

  function check(): void {
    const url = withoutFragment(win.location.href);
    if (url === current) return;
    current = url;
    settle?.();
    settle = waitForQuiet(win, quietMs, maxWaitMs, () => {
      settle = undefined;
      // Moved on again while this page rendered: the newer address reports when it is ready.
      if (withoutFragment(win.location.href) === url) onNavigate(win.location.href);
    });
  }

  const timer = win.setInterval(check, pollMs);
  win.addEventListener('popstate', check);
  return () => {
    win.clearInterval(timer);
    win.removeEventListener('popstate', check);
    settle?.();
  };
}

/** Calls `done` once the document has had no DOM changes for `quietMs`, or after `maxWaitMs`; returns a cancel. */
function waitForQuiet(win: Window & typeof globalThis, quietMs: number, maxWaitMs: number, done: () => void): () => void {
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

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}
