import { browser } from 'wxt/browser';
import { hasAutoAnalysis } from '../shared/auto-analysis';

/** Whether the optional access covers the page (not chrome://, about:, file:, other extensions). */
function isWebPage(url: string | undefined): boolean {
  return url !== undefined && /^https?:\/\//.test(url);
}

/**
 * Background: while automatic comparison is granted, analyses each http(s) tab when it has
 * finished loading, so the panel shows the result at once when the reader opens it.
 * `analyseTab` is the service's: it answers from the tab's cached result when there is one and
 * runs one analysis per tab at a time. The grant is asked of the browser at each page load, not
 * kept here, so a revocation in the browser's settings takes effect on the next page.
 */
export function startAutoAnalysis(analyseTab: (tabId: number) => Promise<unknown>): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !isWebPage(tab.url)) return;
    void hasAutoAnalysis()
      .then((granted) => (granted ? analyseTab(tabId) : undefined))
      // A page that cannot be read (a browser page, a tab closed meanwhile) just stays unanalysed;
      // the panel says why when the reader opens it.
      .catch(() => undefined);
  });
}
