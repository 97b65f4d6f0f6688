import { browser } from 'wxt/browser';
import { DEMO_PAGE_PATH } from '../shared/demo-messaging';
import { getPageKey } from '../shared/get-page-key';

/** How long a demo tab that is still loading is waited for before it is asked anyway. */
const LOAD_WAIT_MS = 10_000;

/** Which of Crosscheck's own pages a tab shows. */
export type OwnPage = 'demo' | 'other';

/**
 * Whether a tab shows one of Crosscheck's own pages: 'demo' for the demo article (it reads itself
 * when asked: entrypoints/demo-reader.ts), 'other' for the welcome or options page, where there is
 * nothing to compare, and null for every other tab (a web page, read by the injected content
 * script). No permission is needed: Chrome and Firefox show an extension the addresses of its own
 * pages. A demo tab still loading is waited for, so that its script is listening when asked.
 */
export async function findOwnPage(tabId: number): Promise<OwnPage | null> {
  const tab = await getTab(tabId);
  // A tab just created has its address as `pendingUrl` in Chrome until it commits.
  const url = tab?.url || tab?.pendingUrl;
  if (!tab || !url?.startsWith(browser.runtime.getURL('/'))) return null;
  if (getPageKey(url) !== browser.runtime.getURL(DEMO_PAGE_PATH)) return 'other';
  if (tab.status === 'loading') await waitForLoad(tabId);
  return 'demo';
}

function getTab(tabId: number) {
  return browser.tabs.get(tabId).catch(() => undefined);
}

function waitForLoad(tabId: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') done();
    };
    const timer = setTimeout(done, LOAD_WAIT_MS);
    browser.tabs.onUpdated.addListener(onUpdated);
    // It may have finished loading between the first look and the listener.
    void getTab(tabId).then((tab) => tab?.status !== 'loading' && done());
  });
}
