import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_EXTENSION_DIR,
  getTabId,
  openExtensionPage,
  PAGES_DIR,
  type ExtensionBrowser,
  type PageServer,
  useExtensionSession,
} from './launch-extension';
import { findForeignRequests, recordRequests, type RequestRecorder } from './record-requests';

const HIDDEN_TEXT = 'Subscribers get a free umbrella with every order.';

/**
 * A saved article as a reader might import it, with a paragraph hidden by an inline style. Its
 * <style> element is left out: the options page's CSP refuses a stylesheet in a parsed document
 * (a console message only; Readability does not read stylesheets).
 */
function savedPage(): string {
  return readFileSync(path.join(PAGES_DIR, 'd1-corroborating-2015.html'), 'utf8')
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace('<div class="article-body">', `<div class="article-body"><p style="display:none">${HIDDEN_TEXT}</p>`);
}

/** The parts of `chrome` the worker-side snippets use (Chrome's types are not loaded here). */
interface ChromeRuntimeApi {
  runtime: { getURL(path: string): string };
}

/** Runs in the extension's service worker: fetches `url`, returns the status or the error. */
async function fetchFromWorker(url: string): Promise<string> {
  const api = (globalThis as unknown as { chrome: ChromeRuntimeApi }).chrome;
  try {
    const response = await fetch(url.startsWith('/') ? api.runtime.getURL(url) : url);
    return `HTTP ${response.status}`;
  } catch (err) {
    return `refused: ${String(err)}`;
  }
}

describe('privacy: nothing leaves the browser (test build, Chromium)', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;
  let recorder: RequestRecorder;
  /** CSP violations and uncaught errors on the extension's pages, with where they happened. */
  const problems: string[] = [];

  useExtensionSession((s, e) => {
    server = s;
    ext = e;
  });

  beforeAll(() => {
    recorder = recordRequests(ext.context, ext.extensionId);
    ext.context.on('console', (message: ConsoleMessage) => {
      const where = message.page()?.url() ?? message.worker()?.url() ?? '';
      if (
        where.startsWith(`chrome-extension://${ext.extensionId}/`) &&
        /Content Security Policy/i.test(message.text())
      ) {
        problems.push(`${where}: ${message.text()}`);
      }
    });
  });

  afterAll(() => recorder.stop());

  /** Watches an extension page for uncaught errors (a CSP refusal of a style or script shows up here too). */
  function watch(page: Page): Page {
    page.on('pageerror', (err) => problems.push(`${page.url()}: ${err.message}`));
    return page;
  }

  async function openTab(fixture: string): Promise<{ page: Page; url: string; tabId: number }> {
    const page = await ext.context.newPage();
    const url = `${server.origin}/${fixture}`;
    await page.goto(url);
    return { page, url, tabId: await getTabId(ext, url) };
  }

  it('control: the recorder sees the worker’s and the pages’ requests, and the CSP stops the network', async () => {
    // The worker loading one of its own files is recorded, as the worker's.
    expect(await ext.serviceWorker.evaluate(fetchFromWorker, '/manifest.json')).toBe('HTTP 200');
    expect(recorder.requests).toContainEqual(
      expect.objectContaining({ from: 'worker', url: `chrome-extension://${ext.extensionId}/manifest.json` }),
    );
    // A path the build does not have counts as foreign: a stray relative URL would be caught.
    expect(await ext.serviceWorker.evaluate(fetchFromWorker, '/not-packaged.json')).toMatch(/HTTP 404|refused/);
    expect(
      findForeignRequests(recorder.requests, ext.extensionId, E2E_EXTENSION_DIR).map((r) => [r.from, r.url]),
    ).toEqual([['worker', `chrome-extension://${ext.extensionId}/not-packaged.json`]]);

    // The worker and the pages cannot reach the network at all (connect-src 'self'): the server hears nothing.
    const heard = server.received.length;
    expect(
      await ext.serviceWorker.evaluate(fetchFromWorker, `${server.origin}/d1-corroborating-2015.html?from=worker`),
    ).toMatch(/^refused/);
    // The popup, empty: it asks the worker nothing, so the corpus is first loaded in the session below.
    const popup = await openExtensionPage(ext, 'popup.html');
    const fromPage = await popup.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'fetched';
      } catch {
        return 'refused';
      }
    }, `${server.origin}/d1-corroborating-2015.html?from=page`);
    expect(fromPage).toBe('refused');
    // An image is a request the browser starts before the CSP refuses it: the recorder sees it as foreign.
    recorder.clear();
    await popup.evaluate(async (url) => {
      const image = new Image();
      await new Promise((resolve) => {
        image.onerror = image.onload = resolve;
        image.src = url;
      });
    }, `${server.origin}/tracker.gif`);
    expect(findForeignRequests(recorder.requests, ext.extensionId, E2E_EXTENSION_DIR)).toEqual([
      expect.objectContaining({ from: 'extension page', url: `${server.origin}/tracker.gif`, failure: 'csp' }),
    ]);
    expect(server.received.slice(heard)).toEqual([]);
    await popup.close();
  });

  it('makes no request but loads of its own files in a whole session: remember, compare, panel, demo, search, add, stories, import, export', async () => {
    recorder.clear();
    problems.length = 0;
    const heard = server.received.length;
    const opened: string[] = [];

    // The news memory on: each page compared below is kept too, and grouped into stories.
    const settings = watch(await openExtensionPage(ext, 'options.html', { width: 900, height: 900 }));
    await settings.locator('.memory input[role="switch"]').check();
    await expect.poll(() => settings.locator('.memory input[role="switch"]').isChecked()).toBe(true);
    await settings.close();

    // Compare an article in the panel, show a statement in the page, read a source in context, export.
    const article = await openTab('d2-misreport-2015.html');
    opened.push(article.url);
    const panel = watch(
      await openExtensionPage(ext, `sidepanel.html?tab=${article.tabId}`, { width: 420, height: 1000 }),
    );
    await panel.locator('.comparison').waitFor({ timeout: 30_000 });
    await panel.locator('.statement-text').first().click();
    await panel.locator('.show-result').first().waitFor();
    await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export as JSON' }).click()]);
    await panel
      .getByRole('link', { name: /Read in context/ })
      .first()
      .click();
    await panel.locator('[aria-current="true"]').waitFor({ timeout: 15_000 });

    // A page full of markup in its text: rendered as text, nothing it names is fetched.
    const hostile = await openTab('script-injection.html');
    opened.push(hostile.url);
    const hostilePanel = watch(await openExtensionPage(ext, `sidepanel.html?tab=${hostile.tabId}`));
    await hostilePanel.locator('.comparison').waitFor({ timeout: 30_000 });

    // A page that is not an article: the panel's notice instead of results.
    const other = await openTab('not-an-article.html');
    opened.push(other.url);
    const otherPanel = watch(await openExtensionPage(ext, `sidepanel.html?tab=${other.tabId}`));
    await otherPanel.locator('[data-state="not-article"]').waitFor({ timeout: 30_000 });

    // The welcome page's demo: the packaged article reads itself (entrypoints/demo-reader.ts) for its panel.
    const welcome = watch(await openExtensionPage(ext, 'welcome.html', { width: 900, height: 900 }));
    const [demo] = await Promise.all([
      ext.context.waitForEvent('page', { predicate: (page) => page.url().endsWith('/demo/article.html') }),
      welcome.getByRole('button', { name: 'Open the demo article' }).click(),
    ]);
    watch(demo);
    const demoPanel = watch(await openExtensionPage(ext, `sidepanel.html?tab=${await getTabId(ext, demo.url())}`));
    await demoPanel.locator('.comparison').waitFor({ timeout: 30_000 });

    // Search in the popup, then add the article to the reader's sources.
    const popup = watch(await openExtensionPage(ext, `popup.html?tab=${article.tabId}`, { width: 420, height: 600 }));
    await popup.locator('input[type="search"]').fill('criminal record');
    await popup.locator('.hit').first().waitFor({ timeout: 15_000 });
    await popup.getByRole('button', { name: 'Add this page to my sources' }).click();
    await popup.locator('.popup-added').waitFor({ timeout: 30_000 });

    // The Stories page: the remembered pages grouped, a story's outlets and figures.
    const stories = watch(await openExtensionPage(ext, 'stories.html', { width: 900, height: 1000 }));
    await stories.locator('.story-title').first().click({ timeout: 60_000 });
    await stories.locator('.story-timeline').waitFor({ timeout: 60_000 });

    // The options page: the list, the permission's state, an import, an export.
    const options = watch(await openExtensionPage(ext, 'options.html', { width: 900, height: 900 }));
    await options.locator('.source[data-origin="user"]').first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => options.locator('#auto-state').textContent())
      .toMatch(/^Access to all websites: not granted\./);
    await options
      .locator('#import-files')
      .setInputFiles({ name: 'saved-page.html', mimeType: 'text/html', buffer: Buffer.from(savedPage()) });
    await options.locator('.import-report .report-added li').first().waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export my sources (JSON)' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      sources: Array<{ paragraphs: string[] }>;
    };
    const imported = exported.sources.flatMap((s) => s.paragraphs).join('\n');
    expect(imported).toContain('A contract soldier receives 30,000 rubles a month');
    // The page's CSP lets style attributes through (wxt.config.ts), so Readability still drops hidden text.
    expect(imported).not.toContain(HIDDEN_TEXT);
    // Anything started late (a lazy load, a retry) has time to show up.
    await options.waitForTimeout(1000);

    const { requests } = recorder;
    // The recorder was listening: the worker loaded the corpus, the pages their scripts.
    expect(requests).toContainEqual(
      expect.objectContaining({ from: 'worker', url: expect.stringMatching(/\/corpus-index\.json$/) }),
    );
    expect(requests.filter((r) => r.from === 'extension page' && r.type === 'script').length).toBeGreaterThan(3);
    expect(findForeignRequests(requests, ext.extensionId, E2E_EXTENSION_DIR)).toEqual([]);
    // The tabs loaded their own documents and nothing else: the content script fetched nothing.
    expect(requests.filter((r) => r.from === 'tab').map((r) => [r.url, r.navigation])).toEqual(
      opened.map((url) => [url, true]),
    );
    // And the server heard exactly those page loads (no favicon: Chromium asks for it outside the pages).
    expect(server.received.slice(heard).filter((line) => !line.startsWith('GET /favicon.ico'))).toEqual(
      opened.map((url) => `GET ${new URL(url).pathname}`),
    );
    expect(problems).toEqual([]);
  });
});
