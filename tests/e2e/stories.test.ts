import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, openExtensionPage, type ExtensionBrowser, useExtensionSession } from './launch-extension';

/** Pages of the shared Suez story, as committed in tests/pages (copies of ../shared/stories/suez-2021/pages). */
const SUEZ = [
  'suez-2021-p01-thenational-consistent',
  'suez-2021-p02-africanews-disagree',
  'suez-2021-p03-businessinsider-disagree',
  'suez-2021-p04-fmt-update',
  'suez-2021-p05-thenational-update',
];
const UNRELATED = 'suez-2021-p07-cnn-unrelated';
const PAGES = path.resolve(import.meta.dirname, '../pages');

describe('the Stories page, in Chromium', () => {
  let ext: ExtensionBrowser;

  useExtensionSession((_, e) => {
    ext = e;
  });

  it('groups imported story pages into one story and shows its revised figures', async () => {
    const options = await openExtensionPage(ext, 'options.html', { width: 900, height: 900 });
    await options.locator('#import-files').setInputFiles(
      [...SUEZ, UNRELATED].map((name) => ({
        name: `${name}.html`,
        mimeType: 'text/html',
        buffer: readFileSync(path.join(PAGES, name, 'source.html')),
      })),
    );
    await expect
      .poll(() => options.locator('.import-report .report-added li').count(), { timeout: 60_000 })
      .toBe(SUEZ.length + 1);
    await options.close();

    const page = await openExtensionPage(ext, 'stories.html', { width: 900, height: 1000 });
    const item = page.locator('.story-item', { hasText: 'Suez' }).filter({ hasText: `${SUEZ.length} articles` });
    await item.waitFor({ timeout: 60_000 });
    const title = await item.locator('.story-title').textContent();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'stories-page.png'), fullPage: true });

    await item.locator('.story-title').click();
    const revised = page.locator('.figure-row.is-revised').first();
    await revised.waitFor({ timeout: 60_000 });
    expect(await page.locator('h1').textContent()).toBe(title);
    // A revised row: several values, one of them revised up or down, each a link to its sentence.
    expect(await revised.locator('.figure-value').count()).toBeGreaterThan(1);
    expect(await revised.textContent()).toMatch(/revised (up|down)/);
    const href = await revised.locator('a.figure-link').first().getAttribute('href');
    expect(href).toMatch(/^https:\/\/.+#:~:text=/);
    // The time line has an outlet per row, the unrelated page in none.
    expect(await page.locator('.story-row').count()).toBeGreaterThan(2);
    expect(await page.locator('.story-row', { hasText: 'CNN' }).count()).toBe(0);
    await page.locator('.figures').screenshot({ path: path.join(ARTIFACTS_DIR, 'figures-table.png') });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'story-page.png'), fullPage: true });

    // Back to the list with the browser's back button.
    await page.goBack();
    await page.locator('.story-list').waitFor();
    await page.close();
  });

  it('narrows the popup’s search to a story and an outlet, by keyboard', async () => {
    const popup = await openExtensionPage(ext, 'popup.html', { width: 420, height: 700 });
    await popup.locator('.search-input').fill('canal');
    await popup.locator('.hit').first().waitFor({ timeout: 60_000 });
    const outlets = () => popup.locator('.hit .outlet').allTextContents();
    expect(new Set(await outlets()).size).toBeGreaterThan(1);
    await popup.getByRole('button', { name: 'Filters' }).focus();
    await popup.keyboard.press('Enter');
    const storyOption = popup.locator('.filter select').first().locator('option', { hasText: 'Suez' });
    await storyOption.first().waitFor({ state: 'attached', timeout: 30_000 });
    await popup
      .locator('.filter select')
      .first()
      .selectOption({ label: (await storyOption.first().textContent())! });
    await popup.locator('.filter select').nth(1).selectOption('Africanews');
    await expect.poll(async () => [...new Set(await outlets())]).toEqual(['Africanews']);
    expect(await popup.getByRole('button', { name: 'Filters (2)' }).count()).toBe(1);
    await popup.screenshot({ path: path.join(ARTIFACTS_DIR, 'popup-search-filters.png') });
    await popup.close();
  });
});
