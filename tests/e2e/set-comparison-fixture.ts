import type { Comparison } from '../../lib/types';
import { COMPARISON_FIXTURES_KEY } from '../../utils/background/with-comparison-fixtures';
import type { ExtensionBrowser } from './launch-extension';

/** The part of the service worker's `chrome` used here (Chrome's types are not loaded in tests). */
interface ChromeStorageLocal {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
}

/**
 * Makes the test build show `comparison` for the page at `pageUrl` (the full address, query
 * included) instead of what the engine says (utils/background/with-comparison-fixtures.ts):
 * written to the extension's local storage through its service worker, before the panel asks.
 * UI tests use it so that they test the UI only; the other pages are still compared by the engine.
 */
export async function setComparisonFixture(
  ext: ExtensionBrowser,
  pageUrl: string,
  comparison: Comparison,
): Promise<void> {
  await ext.serviceWorker.evaluate(
    async ({ key, url, comparison }) => {
      // Runs in the extension's service worker, where `chrome` is the real API.
      const local = (globalThis as unknown as { chrome: ChromeStorageLocal }).chrome.storage.local;
      const fixtures = ((await local.get(key))[key] ?? {}) as Record<string, unknown>;
      await local.set({ [key]: { ...fixtures, [url]: comparison } });
    },
    { key: COMPARISON_FIXTURES_KEY, url: pageUrl, comparison },
  );
}
