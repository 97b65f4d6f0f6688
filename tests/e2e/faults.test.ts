import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  E2E_EXTENSION_DIR,
  getTabId,
  launchWithExtension,
  openExtensionPage,
  PAGES_DIR,
  servePages,
} from './launch-extension';
import { serveSlowPage } from './serve-slow-page';

// Faults during the reader's work, in real Chromium (issue 15): the service worker stopped in the
// middle of an import and of a comparison (through the DevTools protocol), the options page closed,
// the browser closed and the browser killed in the middle of an import (started again on the same
// profile), a panel open while an import runs.
// Each asserts what the store holds or shows, that the counts the reader is told are true, and that
// no message of the browser's reaches the page.

/** What the browser says when it loses a message (utils/shared/retry-on-restart.ts): never on screen. */
const RAW = /listener indicated|message channel|receiving end|message port|message manager/i;
const FILES = 40;

/** Small articles of several stories, one a file, each its own source. */
async function writeArticles(dir: string): Promise<string[]> {
  const topics = [
    'the council approved a budget of {n} million dollars for the harbour',
    'the storm cut power to {n} thousand homes along the coast',
    'the court heard {n} witnesses in the fraud trial',
    'the railway said {n} trains were cancelled after the derailment',
  ];
  const files: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const line = topics[i % topics.length]!.replace('{n}', String(10 + i));
    const file = path.join(dir, `article-${String(i).padStart(2, '0')}.txt`);
    await writeFile(file, `Report ${i}\n\nOfficials said on Monday that ${line}. Report number ${i} gave the figure.`);
    files.push(file);
  }
  return files;
}

/**
 * Reports of the allotments story of tests/fixtures/pages/unrelated-article.html (212 plots, early
 * potatoes, a seed swap), each in other words and by another outlet; one says 250 plots.
 */
const ALLOTMENT_REPORTS = [
  'The horticultural society counted 212 plots in use on Saturday, up from 180 last spring.',
  'According to the local horticultural society, 212 allotment plots were in use on Saturday.',
  'The local horticultural society counted 250 plots in use on Saturday, a figure that surprised members.',
  'Gardeners in the valley planted their first potatoes three weeks earlier than usual.',
  'The society will hold its annual seed swap at the village hall on the first Sunday of April.',
  'Rhubarb and early peas did well in the mild weather, gardeners told the society.',
  'Frost damaged some of the plum blossom in the valley last week.',
  'Members said 212 plots were being worked on Saturday, the most the society has counted.',
];

/** How many pages the panel test imports: enough that the import outlasts the panel's first comparison. */
const PAGES = 160;

/**
 * Pages of several stories, one a file, each by its own outlet; one in twenty an allotments report,
 * so that a comparison of the allotments page gains matches as the import goes on.
 */
async function writeStoryPages(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < PAGES; i++) {
    const report = i % 20 === 10 ? ALLOTMENT_REPORTS[(i - 10) / 20] : undefined;
    const lines = report
      ? [report]
      : [
          `Officials said on Monday that report ${i} counted ${100 + i} cases of the fever in the eastern district.`,
          `The ministry of health said ${20 + (i % 30)} clinics had opened extra wards since the outbreak began.`,
          `Schools in ${i % 2 ? 'the north' : 'the south'} will stay closed until the end of the month, the council said.`,
        ];
    const file = path.join(dir, `page-${String(i).padStart(3, '0')}.html`);
    await writeFile(
      file,
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report ${i}</title>` +
        `<meta property="og:site_name" content="Outlet ${i}"><meta property="article:published_time" content="2019-03-${10 + (i % 9)}">` +
        `</head><body><main><article><h1>Report ${i}</h1>${lines.map((l) => `<p>${l}</p>`).join('')}` +
        `<p>The figures were published by the outlet in its weekly round-up, number ${i} of the year.</p></article></main></body></html>`,
    );
    files.push(file);
  }
  return files;
}

/**
 * Kills every process of the Chromium running on `profile` at once (SIGKILL: nothing is written on
 * the way out, as in a crash), found from their command lines in /proc; then lets Playwright let go.
 */
async function killBrowser(ext: Awaited<ReturnType<typeof launchWithExtension>>, profile: string): Promise<void> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(`--user-data-dir=${profile}`)) pids.push(Number(entry));
  }
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  await ext.close().catch(() => undefined);
}

async function userSourceCount(page: Page): Promise<number> {
  const status = page.locator('[data-corpus-status]');
  await status.waitFor({ timeout: 60_000 });
  return Number(await status.getAttribute('data-user-sources'));
}

async function openOptions(ext: Awaited<ReturnType<typeof launchWithExtension>>): Promise<Page> {
  const page = await openExtensionPage(ext, 'options.html', { width: 900, height: 900 });
  await page.locator('.source').first().waitFor({ timeout: 60_000 });
  return page;
}

/** Waits until the import has dealt with at least `n` files (the page's progress line). */
async function waitForProgress(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (least) => Number(document.querySelector('.import-progress')?.getAttribute('data-done') ?? 0) >= least,
    n,
    { timeout: 120_000, polling: 50 },
  );
}

describe('faults in Chromium: the worker stopped, the browser closed, in the middle of an import', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'crosscheck-faults-'));
    files = await writeArticles(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('goes on after the service worker is stopped mid-import, and every file ends up stored once', async () => {
    const ext = await launchWithExtension();
    try {
      const page = await openOptions(ext);
      await page.locator('#import-files').setInputFiles(files);
      await waitForProgress(page, 5);
      const cdp = await ext.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      const report = page.locator('.import-report h3').first();
      await report.waitFor({ timeout: 180_000 });
      const text = await page.locator('body').innerText();
      expect(text).not.toMatch(RAW);
      // A file whose call was lost after it was stored is recognised when made again: skipped, not doubled.
      const added = Number(/Added (\d+) source/.exec(text)?.[1] ?? 0);
      const skipped = Number(/Skipped (\d+) source/.exec(text)?.[1] ?? 0);
      expect(added + skipped).toBe(FILES);
      await page.reload();
      expect(await userSourceCount(page)).toBe(FILES);
      expect(await page.locator('[data-kind="import-interrupted"]').count()).toBe(0);
    } finally {
      await ext.close();
    }
  }, 300_000);

  it.each(['the options page closed', 'the browser closed', 'the browser killed'] as const)(
    'tells an import cut short (%s), with the true count, and resumes it',
    async (how) => {
      const profile = await mkdtemp(path.join(tmpdir(), 'crosscheck-faults-profile-'));
      try {
        let ext = await launchWithExtension(E2E_EXTENSION_DIR, true, profile);
        let page = await openOptions(ext);
        await page.locator('#import-files').setInputFiles(files);
        await waitForProgress(page, 8);
        if (how === 'the options page closed') {
          // The import runs in the page: closing it stops the import; the browser goes on.
          await page.close();
        } else {
          if (how === 'the browser closed') await ext.close();
          else await killBrowser(ext, profile);
          ext = await launchWithExtension(E2E_EXTENSION_DIR, true, profile);
        }
        page = await openOptions(ext);
        const notice = page.locator('[data-kind="import-interrupted"]');
        await notice.waitFor({ timeout: 30_000 });
        const said = /An import of (\d+) files was interrupted: (\d+) were saved\./.exec(await notice.innerText());
        expect(said?.[1]).toBe(String(FILES));
        const stored = await userSourceCount(page);
        expect(Number(said?.[2])).toBe(stored);
        expect(stored).toBeGreaterThanOrEqual(8);
        expect(stored).toBeLessThan(FILES);
        if (how === 'the browser closed')
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'import-interrupted.png') });

        // The popup says so too.
        const popup = await openExtensionPage(ext, 'popup.html');
        await popup.locator('[data-kind="import-interrupted"]').waitFor({ timeout: 30_000 });
        await popup.close();

        // The same files chosen again: those stored are skipped, the rest added, and the notice goes.
        await page.locator('#import-files').setInputFiles(files);
        await page.locator('.import-report h3').first().waitFor({ timeout: 180_000 });
        const text = await page.locator('body').innerText();
        expect(text).not.toMatch(RAW);
        expect(Number(/Added (\d+) source/.exec(text)?.[1] ?? 0)).toBe(FILES - stored);
        expect(Number(/Skipped (\d+) source/.exec(text)?.[1] ?? 0)).toBe(stored);
        await expect.poll(() => notice.count(), { timeout: 10_000 }).toBe(0);
        await page.reload();
        expect(await userSourceCount(page)).toBe(FILES);
        await ext.close();
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
    },
    300_000,
  );

  it('updates a panel open while an import runs, once the import is done: it matches a fresh panel', async () => {
    const server = await servePages();
    const ext = await launchWithExtension();
    const pagesDir = await mkdtemp(path.join(tmpdir(), 'crosscheck-faults-pages-'));
    try {
      const pages = await writeStoryPages(pagesDir);
      const url = `${server.origin}/unrelated-article.html`;
      const article = await ext.context.newPage();
      await article.goto(url);
      const tabId = await getTabId(ext, url);
      // The panel's result before the import: on the shipped corpus alone, which has nothing on allotments.
      const panel = await openExtensionPage(ext, `sidepanel.html?tab=${tabId}`);
      const settled = panel.locator('.summary, [data-state]:not([data-state="analysing"])').first();
      await settled.waitFor({ timeout: 60_000 });
      const before = await panel.locator('[data-stance]').count();
      const options = await openOptions(ext);
      await options.locator('#import-files').setInputFiles(pages);

      // What the panel shows while the import runs: matches counted, and whether it said it is updating.
      const shown: number[] = [];
      let saidUpdating = false;
      const report = options.locator('.import-report h3').first();
      while (!(await report.isVisible())) {
        const busy = await panel
          .locator('[data-state="analysing"] h2')
          .textContent({ timeout: 50 })
          .catch(() => null);
        if (busy?.startsWith('Sources changed') && !saidUpdating) {
          saidUpdating = true;
          await panel.screenshot({ path: path.join(ARTIFACTS_DIR, 'panel-updating.png') });
        }
        if (await panel.locator('.comparison .summary').isVisible())
          shown.push(await panel.locator('[data-stance]').count());
        await panel.waitForTimeout(200);
      }
      expect(await options.locator('body').innerText()).not.toMatch(RAW);

      // The same page in a new tab, compared once on the whole corpus.
      const fresh = await ext.context.newPage();
      await fresh.goto(`${url}?fresh`);
      const freshPanel = await openExtensionPage(ext, `sidepanel.html?tab=${await getTabId(ext, `${url}?fresh`)}`);
      await freshPanel.locator('.comparison .summary').waitFor({ timeout: 60_000 });
      const whole = await freshPanel.locator('[data-stance]').count();
      expect(whole).toBeGreaterThanOrEqual(5);

      // The panel open during the import comes to show the same, without being asked.
      await expect
        .poll(
          async () =>
            (await panel.locator('.comparison .summary').isVisible()) ? panel.locator('[data-stance]').count() : -1,
          {
            timeout: 60_000,
            interval: 500,
          },
        )
        .toBe(whole);
      await expect
        .poll(() => panel.locator('[data-stance="conflicts"]').count())
        .toBe(await freshPanel.locator('[data-stance="conflicts"]').count());
      // Its result before the import no longer stands, and it said why while the import ran.
      expect(before).toBeLessThan(whole);
      expect(saidUpdating).toBe(true);
      console.info(
        `panel during the import: ${before} matches before, ${shown.length ? `${shown.join(', ')} while it ran` : 'no result while it ran'}${saidUpdating ? ', said it was updating' : ''}, ${whole} after`,
      );
      expect(await panel.locator('body').innerText()).not.toMatch(RAW);
      await panel.screenshot({ path: path.join(ARTIFACTS_DIR, 'panel-updated.png') });
    } finally {
      await ext.close();
      await server.close();
      await rm(pagesDir, { recursive: true, force: true });
    }
  }, 300_000);

  it('finishes a comparison cut by a service worker stop, without a browser message', async () => {
    // A page that stays loading for a while: the panel's comparison is under way when the worker stops.
    const slow = await serveSlowPage(await readFile(path.join(PAGES_DIR, 'd2-misreport-2015.html'), 'utf8'), 6000);
    const ext = await launchWithExtension();
    try {
      const article = await ext.context.newPage();
      void article.goto(slow.url).catch(() => undefined);
      await expect.poll(() => getTabId(ext, slow.url).catch(() => undefined), { timeout: 10_000 }).toBeDefined();
      const panel = await openExtensionPage(ext, `sidepanel.html?tab=${await getTabId(ext, slow.url)}`);
      await panel.locator('[data-state="analysing"]').waitFor({ timeout: 5_000 });
      const cdp = await ext.context.newCDPSession(panel);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      // Until the result: never an error, never the browser's words (the page's load would hide a
      // failed call by asking again, so each moment is looked at, not only the end).
      const result = panel.locator('.comparison .summary');
      const seen = new Set<string>();
      const deadline = Date.now() + 60_000;
      while (!(await result.isVisible()) && Date.now() < deadline) {
        seen.add(
          (await panel
            .locator('[data-state]')
            .first()
            .getAttribute('data-state', { timeout: 100 })
            .catch(() => null)) ?? '',
        );
        expect(await panel.locator('body').innerText()).not.toMatch(RAW);
        await panel.waitForTimeout(100);
      }
      expect(seen).not.toContain('error');
      await result.waitFor({ timeout: 1_000 });
      expect(await panel.locator('[data-stance]').count()).toBeGreaterThan(0);
      expect(await panel.locator('body').innerText()).not.toMatch(RAW);
    } finally {
      await ext.close();
      await slow.close();
    }
  }, 120_000);
});
