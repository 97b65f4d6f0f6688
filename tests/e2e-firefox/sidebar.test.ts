import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR } from '../e2e/artifacts-dir';
import type { PageServer } from '../e2e/serve-pages';
import { misreportComparison } from '../fixtures/comparisons/misreport-comparison';
import { MISREPORT_CARDS, MISREPORT_STATEMENTS } from '../fixtures/comparisons/misreport-shown';
import { captureBrowserWindow } from './capture-browser-window';
import { openExtensionPage, openTab, type FirefoxBrowser, useFirefoxSession } from './launch-firefox';
import { openSidebar, readSidebar } from './open-sidebar';
import { setComparisonFixture } from './set-comparison-fixture';

/**
 * The panel in Firefox on a committed comparison (tests/fixtures/comparisons/), as
 * tests/e2e/extension.test.ts checks it in Chromium: the text asserted is the fixture's, so an
 * engine change cannot move it. First as a page in a tab (`sidepanel.html?tab=<id>`, what the
 * Chromium tests open), then in Firefox's own sidebar beside the article.
 */

/** RFE/RL's statement the first two statements conflict with (a different date; other ages and years). */
const DECREE =
  'The January 2 decree allows foreigners aged 18-30 to sign up for five-year service contracts with the Russian armed forces, Interior Ministry troops, or the state firefighting service.';

/** Each statement's conflicting source statements and why, in the fixture's words. */
const CONFLICTS = [
  { text: [DECREE], why: ['different date: 12 January 2015 vs 2 January 2015'] },
  { text: [DECREE], why: ['aged 20–40 vs aged 18–30; 10 years vs 5 years'] },
  {
    text: ['The reported salary for a contract soldier in the Russian army is 30,000 rubles ($500) a month.'],
    why: ['45,000 RUB a month vs 30,000 RUB a month'],
  },
  {
    text: [
      'Now "foreign servicemen can participate in operations during martial law, as well as in armed conflicts, in accordance with [the] generally accepted principles of international law, international agreements and Russian legislation," said the order, published on the Kremlin website.',
      '"Military members who are foreign citizens can participate in tasks related to military situations and also during armed conflicts," the decree reads, adding that such measures are in accordance with Russian and international law.',
    ],
    why: ["negated: 'not' on the page, affirmed in the source", "negated: 'not' on the page, affirmed in the source"],
  },
  { text: [], why: [] },
];

/** The text of every element matching `selector` in the page. */
function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((el) => el.textContent ?? ''));
}

describe('the sidebar in Firefox (test build)', () => {
  let server: PageServer;
  let ff: FirefoxBrowser;
  let tabId: number;

  useFirefoxSession((s, f) => {
    server = s;
    ff = f;
  });

  it('shows a page’s corroborations and conflicts, each with its source (the panel page in a tab)', async () => {
    const url = `${server.origin}/d2-misreport-2015.html`;
    await setComparisonFixture(ff, url, misreportComparison);
    ({ tabId } = await openTab(ff, url));
    const panel = await openExtensionPage(ff, `sidepanel.html?tab=${tabId}`, { width: 420, height: 1000 });
    await panel.waitForSelector('.comparison .summary', { timeout: 30_000 });
    expect(await texts(panel, '.page-title')).toEqual(['Russian army to take foreign volunteers']);
    expect(await texts(panel, '.summary .summary-number')).toEqual(['5', '1', '4']);
    expect(await texts(panel, '.summary .summary-label')).toEqual([
      'statements checked',
      'corroborated',
      'in conflict',
    ]);
    expect(await texts(panel, '.summary .summary-detail')).toEqual([
      'by 1 independent outlet',
      'with 2 independent outlets',
    ]);

    // Every card with its stance, and the outlet of the source group it is in.
    const cards = (stance: string) =>
      panel.$$eval(`[data-stance="${stance}"]`, (els) =>
        els.map((el) => [
          el.closest('.source-group')?.querySelector('.source-head .outlet')?.textContent,
          el.querySelector('.chip')?.textContent,
          el.getAttribute('data-source'),
        ]),
      );
    expect(await cards('corroborates')).toEqual(MISREPORT_CARDS.corroborates);
    expect(await cards('conflicts')).toEqual(MISREPORT_CARDS.conflicts);
    expect(await texts(panel, '.statement .statement-text')).toEqual(MISREPORT_STATEMENTS);
    // Each statement lists the source statements in conflict with it, with why.
    const conflicts = await panel.$$eval('.statements > .statement', (items) =>
      items.map((item) => {
        const found = [...item.querySelectorAll('[data-stance="conflicts"]')];
        return {
          text: found.flatMap((c) => [...c.querySelectorAll('.match-text')].map((t) => t.textContent)),
          why: found.flatMap((c) => [...c.querySelectorAll('.match-why')].map((t) => t.textContent)),
        };
      }),
    );
    expect(conflicts).toEqual(CONFLICTS);
    // The corroboration, under the last statement, in RFE/RL's words.
    expect(
      await panel.$$eval('.statements > .statement:last-child [data-stance="corroborates"] .match-text', (els) =>
        els.map((el) => el.textContent),
      ),
    ).toEqual(['The foreign nationals are eligible only if they speak Russian and have no criminal record.']);
    await panel.screenshot({ path: path.join(ARTIFACTS_DIR, 'firefox-panel.png') });
    await panel.close();
  });

  it('shows the same comparison in Firefox’s own sidebar, beside the article', async () => {
    await openSidebar(ff, `sidepanel.html?tab=${tabId}`);
    await expect
      .poll(() => readSidebar(ff, '.statement .statement-text'), { timeout: 30_000 })
      .toEqual({ url: `${ff.extensionOrigin}/sidepanel.html?tab=${tabId}`, texts: MISREPORT_STATEMENTS });
    expect((await readSidebar(ff, '.summary .summary-number'))?.texts).toEqual(['5', '1', '4']);
    expect((await readSidebar(ff, '[data-stance="conflicts"] .match-why'))?.texts).toEqual(
      CONFLICTS.flatMap((c) => c.why),
    );
    expect((await readSidebar(ff, '[data-stance="corroborates"] .chip'))?.texts).toEqual(['Corroborates']);
    // The whole window, as a reader sees it: the article in its tab, Crosscheck in the sidebar.
    const [article] = (await ff.browser.pages()).filter((p) => p.url().endsWith('/d2-misreport-2015.html'));
    await article?.bringToFront();
    await captureBrowserWindow(ff, path.join(ARTIFACTS_DIR, 'firefox-sidebar.png'), 440);
  });
});
