import { browser } from 'wxt/browser';

// What the extension's pages ask of the browser itself (tabs, windows, the options page), in one
// place beside the hooks: a page's components call these rather than `browser.*`.

export { openPanel } from '../../utils/shared/open-panel';

/** Opens Crosscheck's options page (where sources are added and settings kept). */
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** The id of the active tab of the current window (what the popup acts on). */
export async function getActiveTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The current window's id, to open the panel in it. */
export async function getCurrentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}

/** Opens `url` in a new tab. */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
