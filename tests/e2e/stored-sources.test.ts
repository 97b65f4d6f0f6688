import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUserSourceId } from '../../lib/corpus/source-id';
import { ARTIFACTS_DIR, openExtensionPage, type ExtensionBrowser, useExtensionSession } from './launch-extension';

/** Two of the reader's sources as the schema-1 extension stored them (text in the record), analysed by an older engine. */
const TEXTS = [
  [
    'Yerevan Daily',
    'Recruiters in Yerevan said hundreds of Armenians had signed contracts with the Russian army this winter.',
  ],
  ['Baltic Wire', 'Foreign volunteers are paid 40,000 rubles a month during their five-year contracts with the army.'],
];
const RECORDS = TEXTS.map(([outlet, text], i) => ({
  meta: {
    id: createUserSourceId(undefined, [text!]),
    outlet,
    headline: `Story ${i + 1}`,
    published: '2015-02-01',
    publishedHow: 'byline',
  },
  paragraphs: [text],
  statements: [],
  analysedBy: '0.0.1/1',
  addedAt: 1000 + i,
}));
/** What damaged files or a bug may leave: a record that cannot be read. */
const BROKEN = { meta: { id: 'user-00000000000000ff' }, statements: 'garbage', paragraphs: 5 };

interface RawDatabase {
  version: number;
  stores: string[];
}

/** Writes the schema-1 database in the extension's own origin, before the background opens it. */
async function writeSchema1Database(ext: ExtensionBrowser, records: unknown[]): Promise<void> {
  await ext.serviceWorker.evaluate(async (values) => {
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('crosscheck', 1);
      request.onupgradeneeded = () => {
        const sources = request.result.createObjectStore('sources', { keyPath: 'meta.id' });
        sources.createIndex('addedAt', 'addedAt');
        request.result.createObjectStore('hidden-shipped', { keyPath: 'id' });
      };
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const db = request.result;
        const tx = db.transaction('sources', 'readwrite');
        for (const value of values) tx.objectStore('sources').put(value);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, records);
}

async function readDatabase(ext: ExtensionBrowser): Promise<RawDatabase> {
  return ext.serviceWorker.evaluate(
    () =>
      new Promise<RawDatabase>((resolve, reject) => {
        const request = indexedDB.open('crosscheck');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          resolve({ version: db.version, stores: [...db.objectStoreNames] });
          db.close();
        };
      }),
  );
}

describe('the reader’s sources after an update, in Chromium', () => {
  let ext: ExtensionBrowser;

  useExtensionSession((_, e) => {
    ext = e;
  });

  it('upgrades a schema-1 database, keeps the readable sources, and tells the reader about the broken one', async () => {
    await writeSchema1Database(ext, [...RECORDS, BROKEN]);

    const options = await openExtensionPage(ext, 'options.html', { width: 900, height: 900 });
    const own = options.locator('.source[data-origin="user"]');
    await own.first().waitFor({ timeout: 30_000 });
    expect(await own.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-source')))).toEqual(
      RECORDS.map((r) => r.meta.id),
    );
    // Analysed again by this engine: they have statements to compare.
    expect(await own.locator('.source-meta').allTextContents()).toEqual([
      expect.stringMatching(/^Yerevan Daily · Feb 1, 2015 · 1 statement/),
      expect.stringMatching(/^Baltic Wire · Feb 1, 2015 · 1 statement/),
    ]);

    const notice = options.locator('.corpus-notice-text');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      '1 of your 3 sources could not be read and was removed; the shipped corpus and your other 2 sources are intact. If you exported your sources, import the export to bring them back.',
    );
    await options.screenshot({ path: path.join(ARTIFACTS_DIR, 'options-corpus-notice.png') });
    expect(await readDatabase(ext)).toEqual({ version: 3, stores: ['hidden-shipped', 'snapshot', 'sources', 'texts'] });

    // The panel says it too; dismissing it in one place dismisses it everywhere.
    const panel = await openExtensionPage(ext, 'sidepanel.html', { width: 320, height: 600 });
    await panel.locator('.corpus-notice').waitFor();
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await panel.screenshot({ path: path.join(ARTIFACTS_DIR, 'panel-corpus-notice.png') });
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    await panel.locator('.corpus-notice').waitFor({ state: 'detached' });
    await options.locator('.corpus-notice').waitFor({ state: 'detached' });
    await panel.close();
    await options.close();
  });
});
