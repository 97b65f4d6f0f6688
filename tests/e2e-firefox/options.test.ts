import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { UserCorpusExport } from '../../lib/corpus/user-corpus-export';
import { PAGES_DIR } from '../e2e/serve-pages';
import { openExtensionPage, type FirefoxBrowser, useFirefoxSession } from './launch-firefox';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHIPPED = (
  JSON.parse(readFileSync(path.join(ROOT, 'public/corpus-index.json'), 'utf8')) as { sources: unknown[] }
).sources.length;

const ARMENIA_TEXT = [
  'Recruits arrive from Armenia',
  'Recruiters in Yerevan said hundreds of Armenians had signed contracts with the Russian army this winter.',
  'Each recruit is promised a salary of 40,000 rubles a month.',
].join('\n');

describe('the reader’s sources in Firefox (test build)', () => {
  let ff: FirefoxBrowser;
  /** The files the reader picks, on disk: WebDriver BiDi hands the file input paths, not bytes. */
  const files = mkdtempSync(path.join(tmpdir(), 'crosscheck-import-'));

  useFirefoxSession((_server, f) => {
    ff = f;
  });
  afterAll(() => rmSync(files, { recursive: true, force: true }));

  it('imports files, refuses bad ones by name, and exports what it imported', async () => {
    const page = await openExtensionPage(ff, 'options.html', { width: 900, height: 900 });
    await page.waitForSelector('.source', { timeout: 30_000 });
    const count = (selector: string) => page.$$eval(selector, (els) => els.length);
    expect(await count('.source[data-origin="shipped"]')).toBe(SHIPPED);
    expect(await count('.source[data-origin="user"]')).toBe(0);

    copyFileSync(path.join(PAGES_DIR, 'd2-misreport-2015.html'), path.join(files, 'ledger.html'));
    writeFileSync(path.join(files, 'armenia.txt'), ARMENIA_TEXT);
    writeFileSync(
      path.join(files, 'cut.json'),
      '{"format": "crosscheck-user-corpus", "version": 1, "sources": [{"meta": {',
    );
    writeFileSync(path.join(files, 'empty.txt'), '');
    writeFileSync(path.join(files, 'huge.txt'), Buffer.alloc(5 * 1024 * 1024 + 1, 'a'));
    const input = await page.$('input#import-files');
    await input!.uploadFile(
      ...['ledger.html', 'armenia.txt', 'cut.json', 'empty.txt', 'huge.txt'].map((name) => path.join(files, name)),
    );

    await page.waitForSelector('.import-report .report-added li', { timeout: 30_000 });
    const report = (list: string) =>
      page.$$eval(`.import-report ${list} li`, (els) => els.map((el) => el.textContent ?? ''));
    expect(await report('.report-added')).toEqual([
      '“Russian army to take foreign volunteers” The Evening Ledger, 5 statements',
      '“Recruits arrive from Armenia” Unnamed outlet, 2 statements',
    ]);
    expect(await report('.report-refused')).toEqual([
      expect.stringMatching(/^cut\.json: truncated JSON/),
      'empty.txt: the file is empty',
      'huge.txt: too big: 5.0 MB (the limit is 5 MB)',
    ]);
    // Listed as the reader's own, beside the shipped ones.
    await expect.poll(() => count('.source[data-origin="user"]')).toBe(2);
    expect(await count('.source[data-origin="shipped"]')).toBe(SHIPPED);
    expect(
      await page.$$eval('.source[data-origin="user"] .source-headline', (els) => els.map((el) => el.textContent)),
    ).toEqual(['Russian army to take foreign volunteers', 'Recruits arrive from Armenia']);

    // The export is a download Firefox saves without asking (launch-firefox.ts sets its folder).
    const button = await page.waitForSelector('::-p-text(Export my sources (JSON))');
    await button!.click();
    const exportName = /^crosscheck-sources-\d{4}-\d{2}-\d{2}\.json$/;
    // Firefox makes the file empty at once and fills it when the download is done: read it until it parses.
    const readExport = () => {
      const [name] = readdirSync(ff.downloadsDir).filter((f) => exportName.test(f));
      try {
        return name ? (JSON.parse(readFileSync(path.join(ff.downloadsDir, name), 'utf8')) as UserCorpusExport) : null;
      } catch {
        return null;
      }
    };
    await expect.poll(readExport, { timeout: 15_000 }).not.toBeNull();
    const exported = readExport()!;
    expect(exported).toMatchObject({ format: 'crosscheck-user-corpus', version: 1 });
    expect(exported.sources.map((s) => s.meta.outlet)).toEqual(['The Evening Ledger', 'Unnamed outlet']);
  });
});
