import { browser } from 'wxt/browser';
import { DEMO_PAGE_PATH } from '../../utils/shared/demo-messaging';
import { openPanel } from '../../utils/shared/open-panel';
import { getStoriesPath } from '../../utils/shared/stories-path';

// What the extension's pages ask of the browser itself (tabs, windows, the options page), in one
// place beside the hooks: a page's components call these rather than `browser.*`.

export { openPanel };

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

/**
 * Opens the demo article (public/demo/article.html) in a new tab and the panel beside it, which
 * follows the active tab and so shows the demo's comparison. Both are started at once, inside
 * the reader's click: the browser opens the panel only within the user gesture.
 */
export function openDemoArticle(windowId: number | undefined): Promise<void> {
  const tab = browser.tabs.create({ url: browser.runtime.getURL(DEMO_PAGE_PATH) });
  const panel = openPanel(windowId);
  return Promise.all([tab, panel]).then(() => undefined);
}

/** The keys the reader's browser has for a command of the manifest ('' when none is set). */
export async function getShortcut(command: string): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === command)?.shortcut ?? '';
}

/** Opens the Stories page in a new tab, at one story when `storyId` is given. */
export async function openStoriesPage(storyId?: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/${getStoriesPath(storyId)}`) });
}
