import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysedCorpus } from '../../lib/types';
import { ARTIFACTS_DIR } from '../e2e/artifacts-dir';
import type { FirefoxApi } from './firefox-api';
import { openExtensionPage, type FirefoxBrowser, useFirefoxSession } from './launch-firefox';
import { readSidebar } from './open-sidebar';

const ROOT = path.resolve(import.meta.dirname, '../..');
const corpus = JSON.parse(readFileSync(path.join(ROOT, 'public/corpus-index.json'), 'utf8')) as AnalysedCorpus;
const OUTLETS = new Set(corpus.sources.map((s) => s.outlet));

describe('the popup in Firefox (test build)', () => {
  let ff: FirefoxBrowser;

  useFirefoxSession((_server, f) => {
    ff = f;
  });

  it('finds a corpus statement by keyboard: type, arrow down, Enter opens its source in the sidebar', async () => {
    const popup = await openExtensionPage(ff, 'popup.html', { width: 420, height: 560 });
    // The search box has the focus when the popup opens: the reader types at once.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.matches('input[type="search"]'))).toBe(true);
    await popup.keyboard.type('criminal record', { delay: 20 });
    await popup.waitForSelector('.hit', { timeout: 15_000 });
    const readHits = () =>
      popup.$$eval('.hit', (els) =>
        els.map((el) => ({
          text: el.querySelector('.hit-text')?.textContent ?? '',
          marks: [...el.querySelectorAll('mark')].map((m) => m.textContent?.toLowerCase()),
          outlet: el.querySelector('.outlet')?.textContent ?? '',
          source: el.getAttribute('data-source') ?? '',
          selected: el.getAttribute('aria-selected'),
        })),
      );
    const hits = await readHits();
    // Two at least, so that the arrow keys have somewhere to go.
    expect(hits.length).toBeGreaterThan(1);
    // Both words marked in each; the search stems them ("criminal records" is found too).
    for (const hit of hits.slice(0, 2)) {
      expect(hit.text).toMatch(/criminal records?/i);
      expect(hit.marks).toEqual(expect.arrayContaining(['criminal', expect.stringMatching(/^records?$/)]));
      expect(OUTLETS).toContain(hit.outlet);
    }
    const selected = async () => (await readHits()).map((h) => h.selected === 'true');
    const activeDescendant = () =>
      popup.$eval('input[type="search"]', (el) => el.getAttribute('aria-activedescendant'));
    expect((await selected()).slice(0, 2)).toEqual([true, false]);
    expect(await activeDescendant()).toBe('hit-0');
    await popup.keyboard.press('ArrowDown');
    expect((await selected()).slice(0, 2)).toEqual([false, true]);
    expect(await activeDescendant()).toBe('hit-1');
    await popup.keyboard.press('ArrowUp');
    expect((await selected()).slice(0, 2)).toEqual([true, false]);
    await popup.keyboard.press('ArrowDown');
    await popup.screenshot({ path: path.join(ARTIFACTS_DIR, 'firefox-popup.png') });

    // Enter opens the chosen hit's source in the sidebar, that statement marked. The key press
    // comes over WebDriver BiDi as input, so Firefox takes it as the reader's gesture and lets
    // `sidebarAction.open` open the sidebar.
    const chosen = hits[1]!;
    const statement = corpus.statements.find((st) => st.sourceId === chosen.source && st.text === chosen.text);
    expect(statement).toBeDefined();
    await popup.keyboard.press('Enter');
    const api = await ff.extensionPage();
    const sidebarState = () =>
      api.evaluate(async () => {
        const { sidebarAction } = (globalThis as unknown as { browser: FirefoxApi }).browser;
        return { panel: await sidebarAction.getPanel({}), open: await sidebarAction.isOpen({}) };
      });
    const panelUrl = `${ff.extensionOrigin}/sidepanel.html?source=${chosen.source}&index=${statement!.index}`;
    await expect.poll(sidebarState, { timeout: 15_000 }).toEqual({ panel: panelUrl, open: true });
    await expect
      .poll(() => readSidebar(ff, '[aria-current="true"]'), { timeout: 15_000 })
      .toEqual({ url: panelUrl, texts: [chosen.text] });
    expect((await readSidebar(ff, '.source .outlet'))?.texts).toEqual([chosen.outlet]);
    // And the popup closed itself, as a toolbar popup does once its work is done (asked of the
    // extension: puppeteer does not notice a page that closes itself).
    const popupTabs = () =>
      api.evaluate(
        async (url) =>
          (await (globalThis as unknown as { browser: FirefoxApi }).browser.tabs.query({})).filter((t) => t.url === url)
            .length,
        `${ff.extensionOrigin}/popup.html`,
      );
    await expect.poll(popupTabs, { timeout: 5_000 }).toBe(0);
  });
});
