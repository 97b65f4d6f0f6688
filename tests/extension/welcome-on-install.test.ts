import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import { removeAllListeners } from '../../utils/shared/messaging';

const WELCOME = 'chrome-extension://test-extension-id/welcome.html';

/** The addresses the tabs show, once the listener's tab has been created (the fake starts with one blank tab). */
async function openTabs(): Promise<string[]> {
  // The listener opens the tab without being awaited: let it run (a storage read, a write, then the tab).
  await new Promise((resolve) => setTimeout(resolve, 10));
  return (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));
}

describe('the welcome page on first run (background.ts, open-welcome-on-install.ts)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake has no commands API; the shortcut is background.test.ts's.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    background.main();
  });

  afterEach(() => {
    removeAllListeners();
    vi.restoreAllMocks();
  });

  it('opens the welcome page in a new tab when Crosscheck is installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await openTabs()).toEqual([WELCOME]);
  });

  it('opens it once per profile: Chrome reports an install at every start of an extension loaded from the command line', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await openTabs();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(await openTabs()).toEqual([WELCOME]);
  });

  // An update of Crosscheck, of the browser (Firefox's and Chrome's names) or of a shared module: the reader knows it already.
  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'] as const)(
    'opens nothing on %s',
    async (reason) => {
      // The polyfill's types are Firefox's: Chrome's 'chrome_update' and 'shared_module_update' are not in them.
      const details = { reason: reason as 'update', previousVersion: '0.1.0', temporary: false };
      await fakeBrowser.runtime.onInstalled.trigger(details);
      expect(await openTabs()).toEqual([]);
    },
  );
});
