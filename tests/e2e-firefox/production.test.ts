import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysedCorpus, Comparison } from '../../lib/types';
import { COMPARISON_FIXTURES_KEY } from '../../utils/background/with-comparison-fixtures';
import { getEngineComparison, listMatches } from '../e2e/engine-expectations';
import type { PageServer } from '../e2e/serve-pages';
import type { FirefoxApi } from './firefox-api';
import { grantOrigins } from './grant-origins';
import {
  FIREFOX_E2E_DIR,
  FIREFOX_PRODUCTION_DIR,
  openExtensionPage,
  openTab,
  type FirefoxBrowser,
  useFirefoxSession,
} from './launch-firefox';

const ROOT = path.resolve(import.meta.dirname, '../..');
const corpus = JSON.parse(readFileSync(path.join(ROOT, 'public/corpus-index.json'), 'utf8')) as AnalysedCorpus;
const OUTLETS = new Set(corpus.sources.map((s) => s.outlet));
const FIXTURE = 'd2-misreport-2015.html';
/** The test server's origin pattern: what the reader grants here, within the optional `http://*\/*`. */
const LOCAL_ORIGIN = 'http://127.0.0.1/*';

/**
 * The build that ships, in Firefox: no host access and no comparison fixtures, so the real engine
 * compares the page once the reader has granted its origin (what the options page's automatic
 * comparison asks for; here granted from the privileged scope, grant-origins.ts).
 */
describe('the production build in Firefox', () => {
  let server: PageServer;
  let ff: FirefoxBrowser;
  let panel: Page;
  let tabId: number;
  let cli: Comparison;

  useFirefoxSession((s, f) => {
    server = s;
    ff = f;
  }, FIREFOX_PRODUCTION_DIR);

  beforeAll(async () => {
    cli = await getEngineComparison(FIXTURE);
  });

  const hasLocalAccess = async () =>
    (await ff.extensionPage()).evaluate(
      (origin) =>
        (globalThis as unknown as { browser: FirefoxApi }).browser.permissions.contains({ origins: [origin] }),
      LOCAL_ORIGIN,
    );

  it('is the shipped build: no host access, no fixture code (the test build has the test server’s)', () => {
    const read = (dir: string) =>
      JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
        permissions: string[];
        optional_permissions: string[];
      };
    const manifest = read(FIREFOX_PRODUCTION_DIR);
    expect(manifest.permissions.filter((p) => p.includes(':'))).toEqual([]);
    expect(manifest.optional_permissions).toContain('http://*/*');
    // MV2 has one list: WXT puts the test build's host access among its permissions.
    expect(read(FIREFOX_E2E_DIR).permissions.filter((p) => p.includes(':'))).toEqual([LOCAL_ORIGIN]);
    expect(readFileSync(path.join(FIREFOX_PRODUCTION_DIR, 'background.js'), 'utf8')).not.toContain(
      COMPARISON_FIXTURES_KEY,
    );
  });

  it('asks the reader to compare a page it has no access to, instead of failing', async () => {
    ({ tabId } = await openTab(ff, `${server.origin}/${FIXTURE}`));
    expect(await hasLocalAccess()).toBe(false);
    panel = await openExtensionPage(ff, `sidepanel.html?tab=${tabId}`, { width: 420, height: 1000 });
    await panel.waitForSelector('[data-state="no-access"]', { timeout: 30_000 });
    expect(await panel.$eval('[data-state="no-access"] h2', (el) => el.textContent)).toBe('Compare this page?');
    expect(await panel.$$eval('[data-stance]', (els) => els.length)).toBe(0);
  });

  it('compares the page once its origin is granted: the real engine, what the CLI finds', async () => {
    // The engine finds conflicts and corroborations on this page, so an empty panel cannot pass.
    const stances = cli.statements.flatMap((st) => st.matches.map((m) => m.stance));
    expect(stances).toContain('conflicts');
    expect(stances).toContain('corroborates');

    await grantOrigins(ff, [LOCAL_ORIGIN]);
    expect(await hasLocalAccess()).toBe(true);
    // The reader, granted, presses the notice's button.
    await (await panel.waitForSelector('[data-state="no-access"] button'))!.click();
    await panel.waitForSelector('.comparison', { timeout: 60_000 });

    // What the background stored for the tab is the CLI's comparison, match for match.
    const stored = (await (
      await ff.extensionPage()
    ).evaluate(
      async (key) => (await (globalThis as unknown as { browser: FirefoxApi }).browser.storage.session.get(key))[key],
      `tabResult:${tabId}`,
    )) as { comparison: Comparison };
    expect(listMatches(stored.comparison)).toEqual(listMatches(cli));

    // And the panel shows it: the statements in page order, a card for each corroboration and
    // conflict (related matches are folded away), each under an outlet of the corpus.
    expect(await panel.$$eval('.statement .statement-text', (els) => els.map((el) => el.textContent))).toEqual(
      cli.statements.map((st) => st.text),
    );
    const cards = await panel.$$eval('[data-stance="conflicts"], [data-stance="corroborates"]', (els) =>
      els.map((el) => ({
        stance: el.getAttribute('data-stance'),
        outlet: el.closest('.source-group')?.querySelector('.source-head .outlet')?.textContent ?? '',
      })),
    );
    expect(cards.map((c) => c.stance).sort()).toEqual(
      stances.filter((s) => s === 'conflicts' || s === 'corroborates').sort(),
    );
    for (const { outlet } of cards) expect(OUTLETS).toContain(outlet);
  });
});
