import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notArticleComparison } from '../fixtures/comparisons/not-article-comparison';
import { unsupportedLanguageComparison } from '../fixtures/comparisons/unsupported-language-comparison';
import { expectGermanPage, loadInterfaceWords } from './interface-words';
import {
  ARTIFACTS_DIR,
  E2E_EXTENSION_DIR,
  getTabId,
  launchWithExtension,
  openExtensionPage,
  PAGES_DIR,
  servePages,
  type ExtensionBrowser,
  type PageServer,
} from './launch-extension';
import { setComparisonFixture } from './set-comparison-fixture';

/**
 * The interface in German (Chromium started with --lang=de): each page the reader meets — the
 * welcome page, the popup's search, the options page with an import and its refusals, the panel
 * with the engine's real comparison (its "why" lines too) and its empty states — is in German, with
 * no English interface word (interface-words.ts says which words those are, and what is skipped).
 */
describe('the German interface (test build, Chromium --lang=de)', () => {
  let ext: ExtensionBrowser;
  let server: PageServer;
  let profile: string;
  let words: Awaited<ReturnType<typeof loadInterfaceWords>>;

  beforeAll(async () => {
    words = await loadInterfaceWords();
    server = await servePages();
    profile = await mkdtemp(path.join(tmpdir(), 'crosscheck-german-'));
    ext = await launchWithExtension(E2E_EXTENSION_DIR, true, profile, 'de');
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
  });

  const expectGerman = (page: Page, screenshot: string) =>
    expectGermanPage(page, words, path.join(ARTIFACTS_DIR, screenshot));

  it('opens the welcome page in German', async () => {
    const url = `chrome-extension://${ext.extensionId}/welcome.html`;
    await expect.poll(() => ext.context.pages().some((p) => p.url() === url), { timeout: 15_000 }).toBe(true);
    const welcome = ext.context.pages().find((p) => p.url() === url)!;
    await welcome.setViewportSize({ width: 900, height: 1000 });
    await welcome.locator('h1').waitFor();
    await expectGerman(welcome, 'de-welcome.png');
  });

  it('searches the corpus in German, with results and without', async () => {
    const popup = await openExtensionPage(ext, 'popup.html');
    await popup.locator('input[type="search"]').fill('Medvedev');
    await popup.locator('.hit').first().waitFor({ timeout: 30_000 });
    await expectGerman(popup, 'de-popup.png');
    await popup.locator('input[type="search"]').fill('xylophonist zeppelin');
    await popup.locator('.popup-empty').waitFor();
    await expectGerman(popup, 'de-popup-empty.png');
    await popup.close();
  });

  it('imports a source and refuses bad files in German', async () => {
    const options = await openExtensionPage(ext, 'options.html', { width: 900, height: 1000 });
    await options.locator('.source').first().waitFor({ timeout: 30_000 });
    await options.locator('#import-files').setInputFiles([
      {
        name: 'ledger.html',
        mimeType: 'text/html',
        buffer: readFileSync(path.join(PAGES_DIR, 'd2-misreport-2015.html')),
      },
      {
        name: 'cut.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format": "crosscheck-user-corpus", "ver'),
      },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    await options.locator('.import-report .report-refused li').first().waitFor({ timeout: 30_000 });
    await expectGerman(options, 'de-options.png');
    await options.close();
  });

  it('shows the engine’s comparison of a page in German, its reasons too', async () => {
    const url = `${server.origin}/d1-corroborating-2015.html`;
    const article = await ext.context.newPage();
    await article.goto(url);
    const panel = await openExtensionPage(ext, `sidepanel.html?tab=${await getTabId(ext, url)}`, {
      width: 420,
      height: 1400,
    });
    await panel.locator('[data-stance]').first().waitFor({ timeout: 30_000 });
    await expectGerman(panel, 'de-panel.png');
    await panel.close();
    await article.close();
  });

  it('lists the stories and shows one, its outlets and figures, in German', async () => {
    const stories = await openExtensionPage(ext, 'stories.html', { width: 900, height: 1000 });
    await stories.locator('.story-title').first().click({ timeout: 60_000 });
    await stories.locator('.figure-row').first().waitFor({ timeout: 60_000 });
    await expectGerman(stories, 'de-stories.png');
    await stories.close();
  });

  it.each([
    ['not-an-article.html', notArticleComparison],
    ['de-artikel-2015.html', unsupportedLanguageComparison],
  ] as const)('explains in German why %s has nothing to compare', async (page, comparison) => {
    const url = `${server.origin}/${page}`;
    await setComparisonFixture(ext, url, comparison);
    const article = await ext.context.newPage();
    await article.goto(url);
    const panel = await openExtensionPage(ext, `sidepanel.html?tab=${await getTabId(ext, url)}`);
    await panel.locator('[data-state]').first().waitFor({ timeout: 30_000 });
    await expectGerman(panel, `de-panel-${comparison.empty}.png`);
    await panel.close();
    await article.close();
  });
});
