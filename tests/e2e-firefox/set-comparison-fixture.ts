import type { Comparison } from '../../lib/types';
import { COMPARISON_FIXTURES_KEY } from '../../utils/background/with-comparison-fixtures';
import type { FirefoxApi } from './firefox-api';
import type { FirefoxBrowser } from './launch-firefox';

/**
 * Makes the Firefox test build show `comparison` for the page at `pageUrl` (the full address)
 * instead of what the engine says, as tests/e2e/set-comparison-fixture.ts does for Chromium:
 * written to the extension's local storage, here from one of its pages (MV2's background page
 * is not a target puppeteer can evaluate in), before the panel asks.
 */
export async function setComparisonFixture(ff: FirefoxBrowser, pageUrl: string, comparison: Comparison): Promise<void> {
  const api = await ff.extensionPage();
  await api.evaluate(
    async ({ key, url, comparison }) => {
      const local = (globalThis as unknown as { browser: FirefoxApi }).browser.storage.local;
      const fixtures = ((await local.get(key))[key] ?? {}) as Record<string, unknown>;
      await local.set({ [key]: { ...fixtures, [url]: comparison } });
    },
    { key: COMPARISON_FIXTURES_KEY, url: pageUrl, comparison },
  );
}
