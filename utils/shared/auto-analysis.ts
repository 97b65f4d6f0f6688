import { browser } from 'wxt/browser';
import { AUTO_ANALYSIS_ORIGINS } from './auto-analysis-origins';

export { AUTO_ANALYSIS_ORIGINS };

// The permission itself is the setting: nothing else is stored.
const PERMISSIONS = { origins: AUTO_ANALYSIS_ORIGINS };

/** Whether the reader has granted automatic comparison (both origins, as asked). */
export function hasAutoAnalysis(): Promise<boolean> {
  return browser.permissions.contains(PERMISSIONS);
}

/**
 * Asks the browser for access to every page (it shows its own prompt). Call it straight from the
 * reader's click, before any await: the browser refuses a request without a user gesture.
 */
export function requestAutoAnalysis(): Promise<boolean> {
  return browser.permissions.request(PERMISSIONS);
}

/** Gives the access back; pages are then read only when the reader asks again. */
export function revokeAutoAnalysis(): Promise<boolean> {
  return browser.permissions.remove(PERMISSIONS);
}

/** Calls `onChange` whenever the grant may have changed (options page, browser settings). Returns the unsubscribe. */
export function watchAutoAnalysis(onChange: (granted: boolean) => void): () => void {
  const recheck = () => void hasAutoAnalysis().then(onChange);
  browser.permissions.onAdded.addListener(recheck);
  browser.permissions.onRemoved.addListener(recheck);
  return () => {
    browser.permissions.onAdded.removeListener(recheck);
    browser.permissions.onRemoved.removeListener(recheck);
  };
}
