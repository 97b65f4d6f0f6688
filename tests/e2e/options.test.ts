import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { UserCorpusExport } from '../../lib/corpus/user-corpus-export';
import {
  getTabId,
  openExtensionPage,
  PAGES_DIR,
  type ExtensionBrowser,
  type PageServer,
  useExtensionSession,
} from './launch-extension';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const SHIPPED = (
  JSON.parse(readFileSync(path.join(ROOT, 'public/corpus-index.json'), 'utf8')) as { sources: unknown[] }
).sources.length;

const ARMENIA_TEXT = [
  'Recruits arrive from Armenia',
  'Recruiters in Yerevan said hundreds of Armenians had signed contracts with the Russian army this winter.',
  'Each recruit is promised a salary of 40,000 rubles a month.',
].join('\n');

describe('the reader’s sources in Chromium (test build)', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;

  useExtensionSession((s, e) => {
    server = s;
    ext = e;
  });

  async function openOptions(width = 900): Promise<Page> {
    const page = await openExtensionPage(ext, 'options.html', { width, height: 900 });
    await page.locator('.source').first().waitFor({ timeout: 30_000 });
    return page;
  }

  /** Exports the reader's sources from the options page and returns the downloaded JSON. */
  async function exportFrom(page: Page): Promise<UserCorpusExport> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export my sources (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^crosscheck-sources-\d{4}-\d{2}-\d{2}\.json$/);
    return JSON.parse(readFileSync(await download.path(), 'utf8')) as UserCorpusExport;
  }

  async function removeAllOwn(page: Page) {
    while ((await page.locator('.source[data-origin="user"]').count()) > 0) {
      const row = page.locator('.source[data-origin="user"]').first();
      const id = await row.getAttribute('data-source');
      await row.getByRole('button', { name: /^Remove/ }).click();
      await row.getByRole('button', { name: 'Delete' }).click();
      await page.locator(`.source[data-source="${id}"]`).waitFor({ state: 'detached' });
    }
  }

  it('adds the page being read from the popup; the popup search finds it and opens the page', async () => {
    const article = await ext.context.newPage();
    const url = `${server.origin}/d1-corroborating-2015.html`;
    await article.goto(url);
    const tabId = await getTabId(ext, url);

    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`, { width: 420, height: 600 });
    const input = popup.locator('input[type="search"]');
    await input.fill('floated Medvedev');
    await popup.locator('.hits, .popup-empty').first().waitFor();
    await expect.poll(() => popup.locator('.hit .outlet').allTextContents()).not.toContain('Continental Post');

    await popup.getByRole('button', { name: 'Add this page to my sources' }).click();
    await expect
      .poll(() => popup.locator('.popup-added').textContent(), { timeout: 30_000 })
      .toMatch(
        /^Added “Foreigners may now enlist in Russia's military” \(Continental Post, \d+ statements\) to your sources\.$/,
      );

    await input.fill('');
    await input.pressSequentially('floated Medvedev', { delay: 20 });
    const hit = popup.locator('.hit', { has: popup.locator('.outlet', { hasText: 'Continental Post' }) }).first();
    await hit.waitFor({ timeout: 15_000 });
    expect(await hit.getAttribute('data-source')).toMatch(/^user-[0-9a-f]{16}$/);
    expect(await hit.locator('.hit-text').textContent()).toBe(
      'The plan was first floated five years ago, in 2010, under President Dmitry Medvedev.',
    );
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-added.png') });

    // A source of the reader's own opens its page, not the panel.
    const [opened] = await Promise.all([ext.context.waitForEvent('page'), hit.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(url);

    // The options page lists it, as the reader's.
    const options = await openOptions();
    const row = options.locator('.source[data-origin="user"]');
    expect(await row.locator('.source-headline').textContent()).toBe("Foreigners may now enlist in Russia's military");
    expect(await row.locator('.source-meta').textContent()).toMatch(
      /^Continental Post · Feb 2, 2015 · \d+ statements Yours$/,
    );
    expect(await row.locator('a').getAttribute('href')).toBe(url);
    await removeAllOwn(options);
  });

  it('imports files, refuses bad ones by name, and exports JSON that imports again (round trip)', async () => {
    const page = await openOptions();
    expect(await page.locator('.source[data-origin="shipped"]').count()).toBe(SHIPPED);
    const before = await page.locator('.source').count();

    const html = readFileSync(path.join(PAGES_DIR, 'd2-misreport-2015.html'));
    await page.locator('#import-files').setInputFiles([
      { name: 'ledger.html', mimeType: 'text/html', buffer: html },
      { name: 'armenia.txt', mimeType: 'text/plain', buffer: Buffer.from(ARMENIA_TEXT) },
      {
        name: 'cut.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format": "crosscheck-user-corpus", "version": 1, "sources": [{"meta": {'),
      },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
      { name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a') },
    ]);
    const report = page.locator('.import-report');
    await report.locator('.report-added li').first().waitFor({ timeout: 30_000 });
    expect(await report.locator('.report-added li').allTextContents()).toEqual([
      '“Russian army to take foreign volunteers” The Evening Ledger, 5 statements',
      '“Recruits arrive from Armenia” Unnamed outlet, 2 statements',
    ]);
    expect(await report.locator('.report-refused li').allTextContents()).toEqual([
      expect.stringMatching(/^cut\.json: truncated JSON/),
      'empty.txt: the file is empty',
      'huge.txt: too big: 5.0 MB (the limit is 5 MB)',
    ]);
    await expect.poll(() => page.locator('.source').count()).toBe(before + 2);

    const exported = await exportFrom(page);
    expect(exported).toMatchObject({ format: 'crosscheck-user-corpus', version: 1 });
    expect(exported.sources.map((s) => s.meta.outlet)).toEqual(['The Evening Ledger', 'Unnamed outlet']);

    // Round trip: delete them, import the export, export again: the same sources, the same ids.
    await removeAllOwn(page);
    expect(await page.locator('.source').count()).toBe(before);
    await page.locator('#import-files').setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(exported)),
    });
    await expect.poll(() => page.locator('.source[data-origin="user"]').count(), { timeout: 30_000 }).toBe(2);
    const again = await exportFrom(page);
    expect(again.sources).toEqual(exported.sources);

    // The popup's search sees imported sources too.
    const popup = await openExtensionPage(ext, 'popup.html');
    // fill, not typing: the popup restores the last query (the first test's) when it opens.
    await popup.locator('input[type="search"]').fill('Yerevan');
    await expect
      .poll(() => popup.locator('.hit .outlet').allTextContents(), { timeout: 15_000 })
      .toContain('Unnamed outlet');
    await popup.close();
  });

  it('hides a shipped source and restores the shipped corpus, keeping the reader’s own', async () => {
    const page = await openOptions();
    const own = await page.locator('.source[data-origin="user"]').count();
    const first = page.locator('.source[data-origin="shipped"]').first();
    const id = await first.getAttribute('data-source');
    await first.getByRole('button', { name: /^Remove/ }).click();
    await page.locator(`.source[data-source="${id}"]`).waitFor({ state: 'detached' });
    expect(await page.locator('.source[data-origin="shipped"]').count()).toBe(SHIPPED - 1);
    // Focus stays in the list for keyboard users.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sources-heading');

    await page.getByRole('button', { name: 'Restore the shipped corpus' }).click();
    await expect.poll(() => page.locator('.source[data-origin="shipped"]').count()).toBe(SHIPPED);
    expect(await page.locator('.source[data-origin="user"]').count()).toBe(own);
    expect(await page.locator('#sources-heading ~ .status').textContent()).toMatch(/shipped sources are all back/);
  });

  it('has no serious accessibility problems (axe), fits 320 px, and is keyboard operable', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openOptions();
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await runAxe(page);
      expect(
        violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
        `${scheme}: ${JSON.stringify(violations, null, 1)}`,
      ).toEqual([]);
      await page.close();
    }

    const narrow = await openOptions(320);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Tab reaches the file input and the buttons; each shows a visible focus ring.
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await narrow.keyboard.press('Tab');
      const focused = await narrow.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return {
          label: el.getAttribute('aria-label') ?? el.id ?? '',
          text: el.textContent ?? '',
          outline: getComputedStyle(el).outlineStyle,
        };
      });
      reached.push(focused.label || focused.text);
      expect(focused.outline).not.toBe('none');
    }
    expect(reached).toEqual(
      expect.arrayContaining(['import-files', 'Export my sources (JSON)', 'Restore the shipped corpus']),
    );
  });

  it('screenshots, light and dark', async () => {
    // Some of the reader's feedback, as the panel stores it, so the Feedback section has content.
    const page = await openOptions();
    await page.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
        .chrome;
      await api.storage.local.set({
        feedback: [
          {
            pageUrl: 'http://127.0.0.1/d2-misreport-2015.html',
            statementText: 'Applicants must speak Russian.',
            sourceId: '000_e9bd3c91f179027c',
            sourceIndex: 4,
            stance: 'corroborates',
            kind: 'wrong-stance',
            at: Date.UTC(2026, 2, 4, 9, 30),
          },
        ],
      });
    });
    await page.locator('.feedback').waitFor();
    expect(await page.locator('.feedback-meta .outlet').textContent()).toBe('RFE/RL');
    await page.screenshot({ path: path.join(ARTIFACTS, 'options.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'options-dark.png'), fullPage: true });
    await page.setViewportSize({ width: 320, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: path.join(ARTIFACTS, 'options-320.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export feedback (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; feedback: unknown[] };
    expect(exported).toMatchObject({ format: 'crosscheck-feedback', feedback: [{ kind: 'wrong-stance' }] });
    await page.getByRole('button', { name: 'Clear feedback' }).click();
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.locator('.feedback').waitFor({ state: 'detached' });
  });
});

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core in the page (its script injected from node_modules; nothing is fetched). */
async function runAxe(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(AXE, 'utf8');
  // An inline <script> would be blocked by the extension page's CSP; evaluating the source is not.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const { violations } = await axe.run();
    return violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((n) => ({ target: n.target })),
    }));
  });
}
