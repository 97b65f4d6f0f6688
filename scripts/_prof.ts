// In Chromium, for `npm run bench`: a reader's corpus of N articles imported through the options
// page (the product's own path: read, analyse, store in IndexedDB), then the browser restarted with
// the same profile and the time the new service worker takes to load the corpus from IndexedDB
// (as the options page reports it). Needs a built extension (.output/chrome-mv3) and /usr/bin/chromium.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { createUserCorpusExport } from '../lib/corpus/user-corpus-export';
import { MAX_IMPORT_BYTES } from '../lib/corpus/parse-import';
import { findStatements } from '../lib/statements/find-statements';
import { launchWithExtension } from '../tests/e2e/launch-extension';
import { projectRoot } from '../node/project-root';
import { scaleSources, type ScaleSource } from './scale-sources';

export interface IndexedDbFigures {
  articles: number;
  /** Sources (the reader's, of `articles` imported) and statements the extension reports after the restart. */
  sources: number;
  userSources: number;
  statements: number;
  /** Importing every file through the options page (analysis and storage included). */
  importSeconds: number;
  /**
   * The service worker's load of the corpus after a browser restart (shipped asset, models, the
   * reader's sources from IndexedDB, the index), as every start after the first one sees it.
   */
  loadSeconds: number;
  /** The part of it spent reading the reader's sources from IndexedDB and indexing them. */
  userSourcesSeconds: number;
  /** The first start after the import, which reads every record and then stores the start-up snapshot. */
  firstLoadSeconds: number;
  /**
   * The service worker's memory once the corpus is loaded and its stories grouped (the Stories
   * page listed them): V8's heap after a garbage collection plus the typed arrays' storage outside
   * it (term postings), in MB.
   */
  workerHeapMB: number;
  /** How long the Stories page took to list the stories after the corpus had loaded. */
  storiesSeconds: number;
}

/**
 * The service worker's memory, through the DevTools protocol (a worker has no `performance.memory`):
 * Playwright opens CDP sessions on pages only, so Puppeteer attaches to the worker over the port
 * Chromium was started with (`--remote-debugging-port=0` writes it to DevToolsActivePort).
 */
async function measureWorkerHeapMB(profile: string): Promise<number> {
  const port = (await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  try {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker');
    const cdp = await target.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return Math.round((heap.usedSize + (heap.backingStorageSize ?? 0)) / 1e5) / 10;
  } finally {
    await browser.disconnect();
  }
}

/** Writes the corpus as Crosscheck export files under the import size limit; returns their paths. */
function writeExportFiles(n: number, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let batch: ScaleSource[] = [];
  let bytes = 0;
  const flush = () => {
    if (!batch.length) return;
    const file = join(dir, `corpus-${String(files.length).padStart(3, '0')}.json`);
    writeFileSync(file, JSON.stringify(createUserCorpusExport(batch, new Date(0).toISOString())));
    files.push(file);
    batch = [];
    bytes = 0;
  };
  for (const source of scaleSources(n)) {
    // An import refuses a file with an article that has no checkable statement (a few FNC-1 bodies
    // are one-line teasers): those are left out, and the figures count what was stored.
    if (findStatements(source.paragraphs, source.meta.published).length === 0) continue;
    // Each article at an address of its own: an import derives a source's id from its address, and
    // a copy whose perturbation changed nothing would otherwise replace the original.
    const article = {
      meta: { ...source.meta, url: `https://bench.invalid/${source.meta.id}` },
      paragraphs: source.paragraphs,
    };
    const size = JSON.stringify(article).length;
    if (bytes + size > MAX_IMPORT_BYTES * 0.9) flush();
    batch.push(article);
    bytes += size;
  }
  flush();
  return files;
}

/** The corpus status line of the options page, once the corpus has loaded. */
async function readStatus(
  page: Page,
): Promise<{ sources: number; userSources: number; statements: number; loadMs: number; userMs: number }> {
  const status = page.locator('[data-corpus-status]');
  await status.waitFor({ timeout: 120_000 });
  const read = (name: string) => status.getAttribute(`data-${name}`).then(Number);
  return {
    sources: await read('sources'),
    userSources: await read('user-sources'),
    statements: await read('statements'),
    loadMs: await read('load-ms'),
    userMs: await read('user-ms'),
  };
}

async function measureIndexedDb(
  n: number,
  extDir = join(projectRoot, '.output', 'chrome-mv3'),
): Promise<IndexedDbFigures> {
  const filesDir = join(projectRoot, 'out', 'bench', `indexeddb-${n}`);
  rmSync(filesDir, { recursive: true, force: true });
  const files = writeExportFiles(n, filesDir);
  const profile = await mkdtemp(join(tmpdir(), 'crosscheck-bench-'));
  try {
    let browser = await launchWithExtension(extDir, true, profile);
    const options = `chrome-extension://${browser.extensionId}/options.html`;
    let page = await browser.context.newPage();
    await page.goto(options);
    const t0 = performance.now();
    for (const file of files) {
      // The end of an import is a new report (or an error line). Waiting for the input to be
      // disabled and enabled again could miss a short disabled spell and time out.
      await page.evaluate(() =>
        document.querySelectorAll('.import-report h3, .status-error').forEach((e) => e.setAttribute('data-stale', '')),
      );
      await page.locator('#import-files').setInputFiles(file);
      await page.waitForFunction(
        () =>
          document.querySelector('.import-report h3:not([data-stale]), .status-error:not([data-stale]):not(:empty)') &&
          !document.querySelector('#import-files[disabled]'),
        undefined,
        { timeout: 600_000, polling: 200 },
      );
      const failed = await page.locator('.status-error:not([data-stale]):not(:empty)').allTextContents();
      if (failed.length) throw new Error(`import failed: ${failed.join('; ')}`);
      const refused = await page.locator('.report-refused li').allTextContents();
      if (refused.length) throw new Error(`import refused: ${refused.join('; ')}`);
    }
    const importSeconds = (performance.now() - t0) / 1000;
    await browser.close();

    // A new browser on the same profile: a new service worker loads the stored corpus. The first
    // start reads every record and stores the snapshot a few seconds later; the next ones read it.
    const starts = [];
    let workerHeapMB = 0;
    let storiesSeconds = 0;
    for (const pause of [10_000, 0]) {
      browser = await launchWithExtension(extDir, true, profile, undefined, ['--remote-debugging-port=0']);
      page = await browser.context.newPage();
      let prof: any = null;
      if (pause === 0) {
        const port = (await readFile(join(profile, 'DevToolsActivePort'), 'utf8')).split('\n')[0];
        const pb = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
        const target = await pb.waitForTarget((t) => t.type() === 'service_worker');
        const cdp = await target.createCDPSession();
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        prof = { pb, cdp };
      }
      await page.goto(options);
      starts.push(await readStatus(page));
      if (prof) {
        const { profile: p } = await prof.cdp.send('Profiler.stop');
        writeFileSync('out/startup.cpuprofile', JSON.stringify(p));
        await prof.pb.disconnect();
      }
      await page.waitForTimeout(pause);
      if (pause === 0) {
        // The second start, as every later one: the memory once the stories are there too.
        const s0 = performance.now();
        await page.goto(`chrome-extension://${browser.extensionId}/stories.html`);
        await page.locator('.story-list').waitFor({ timeout: 600_000 });
        storiesSeconds = Math.round((performance.now() - s0) / 100) / 10;
        workerHeapMB = await measureWorkerHeapMB(profile);
      }
      await browser.close();
    }
    const [first, status] = starts as [Awaited<ReturnType<typeof readStatus>>, Awaited<ReturnType<typeof readStatus>>];
    return {
      articles: n,
      sources: status.sources,
      userSources: status.userSources,
      statements: status.statements,
      importSeconds: Math.round(importSeconds * 10) / 10,
      loadSeconds: Math.round(status.loadMs / 10) / 100,
      userSourcesSeconds: Math.round(status.userMs / 10) / 100,
      firstLoadSeconds: Math.round(first.loadMs / 10) / 100,
      workerHeapMB,
      storiesSeconds,
    };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

console.log(await measureIndexedDb(10000));
