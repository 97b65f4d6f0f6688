import { browser, type PublicPath } from 'wxt/browser';
import { welcomeShownItem } from '../shared/storage';

/** The welcome page (entrypoints/welcome/). */
export const WELCOME_PAGE_PATH: PublicPath = '/welcome.html';

/**
 * Background: opens the welcome page in a new tab when Crosscheck is installed, and only then.
 * An update of Crosscheck ('update') or of the browser ('browser_update' in Firefox,
 * 'chrome_update' in Chrome) finds a reader who has already met it. Chrome also reports an
 * 'install' at every start of an extension loaded from the command line (`--load-extension`:
 * three starts of one profile gave three), so the page opens once per profile (welcomeShownItem).
 * Registered at the top of the background's start, as onInstalled requires: the event fires once,
 * right after the worker starts.
 */
export function openWelcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    openOnce().catch((err: unknown) => console.warn('Crosscheck: could not open the welcome page', err));
  });
}

async function openOnce(): Promise<void> {
  if (await welcomeShownItem.getValue()) return;
  await welcomeShownItem.setValue(true);
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE_PATH) });
}
