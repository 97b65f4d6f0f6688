import { mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The test build: its manifest adds host access to http://127.0.0.1/* only (wxt.config.ts). */
export const E2E_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');
export const PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface PageServer {
  origin: string;
  /** Every request the server received, as `GET /path?query`, in order (privacy.test.ts reads it). */
  received: string[];
  close(): Promise<void>;
}

/** What the test server says each kind of file is. */
const CONTENT_TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', pdf: 'application/pdf' };

/** Serves the .html and .pdf files of `dir` on 127.0.0.1 at a random free port (no directory listing, no `..`). */
export async function servePages(dir = PAGES_DIR): Promise<PageServer> {
  const received: string[] = [];
  const server = createServer(async (req, res) => {
    received.push(`${req.method} ${req.url}`);
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const type = CONTENT_TYPES[/^[\w.-]+\.(\w+)$/.exec(name)?.[1] ?? ''];
    if (!type) return void res.writeHead(404).end('not found');
    try {
      const body = await readFile(path.join(dir, name));
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium with the built extension loaded (STACK.md, "Chromium with the built extension").
 * `profile`: a profile folder to use and keep (a browser restarted on it finds its storage again);
 * by default a fresh one, removed on close.
 */
export async function launchWithExtension(
  extDir = E2E_EXTENSION_DIR,
  headless = true,
  profile?: string,
): Promise<ExtensionBrowser> {
  const userDataDir = profile ?? (await mkdtemp(path.join(tmpdir(), 'crosscheck-chromium-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    // The caller closes the browser (and removes the profile) on Ctrl-C; Playwright would exit first.
    handleSIGINT: false,
    handleSIGTERM: false,
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      if (!profile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

interface ChromeTabsApi {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
}

/** The browser's id for the tab showing `url` (asked of the extension, which may see 127.0.0.1 tabs). */
export async function getTabId(ext: ExtensionBrowser, url: string): Promise<number> {
  const id = await ext.serviceWorker.evaluate(async (u) => {
    // Runs in the extension's service worker, where `chrome` is the real API.
    const api = (globalThis as unknown as { chrome: ChromeTabsApi }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id;
  }, url);
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Opens one of the extension's pages (`popup.html?tab=3`, `options.html`…) in a tab of its own. */
export async function openExtensionPage(
  ext: ExtensionBrowser,
  pagePath: string,
  viewport = { width: 420, height: 700 },
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${ext.extensionId}/${pagePath}`);
  return page;
}

/**
 * Starts recording the page's long tasks (>= 50 ms on its main thread; from then on they are the
 * content script's); the function returned reads the longest so far, in ms (0: none).
 */
export async function recordLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/** Where the end-to-end tests write their screenshots and figures. */
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../artifacts');

/**
 * For one describe block: serves the fixture pages and starts Chromium with the extension before
 * its tests, hands both to `use`, and closes them after.
 */
export function useExtensionSession(use: (server: PageServer, ext: ExtensionBrowser) => void): void {
  let server: PageServer | undefined;
  let ext: ExtensionBrowser | undefined;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    server = await servePages();
    ext = await launchWithExtension();
    use(server, ext);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
}
