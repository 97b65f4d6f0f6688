import type { Dialog, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  getTabId,
  openExtensionPage,
  type ExtensionBrowser,
  type PageServer,
  useExtensionSession,
} from './launch-extension';

/**
 * What tests/fixtures/pages/script-injection.html says, as text: markup, script URLs and template
 * syntax in its title, outlet and paragraphs. Rendered as markup, each would set the flag or alert.
 */
const TITLE = '<img src=x onerror=window.__crosscheckInjected=1>Russian army to take foreign volunteers';
const OUTLET = 'The Evening Ledger <script>alert(1)</script>';
const PAYLOADS = [
  '<script>alert(1);window.__crosscheckInjected=1</script>',
  '<img src=x onerror="alert(1);window.__crosscheckInjected=1">',
  'javascript:window.__crosscheckInjected=1',
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('window.__crosscheckInjected=1;alert(1)')()}}",
  '<iframe src="javascript:alert(1)"></iframe>',
];
/** Elements the payloads would create if any of them were parsed as HTML. */
const INJECTED = 'script, img, svg, iframe, a[href^="javascript:"]';

/** Runs in a page: the flag the payloads set, if any ran. */
const injectedFlag = () => (globalThis as { __crosscheckInjected?: unknown }).__crosscheckInjected;

describe('a page full of script injection attempts (test build, Chromium)', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;
  const dialogs: string[] = [];

  useExtensionSession((s, e) => {
    server = s;
    ext = e;
  });

  beforeAll(() => {
    // Any alert, in any page or tab of the browser, fails the test (and is dismissed so nothing hangs).
    ext.context.on('dialog', (dialog: Dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  async function openArticle(): Promise<{ article: Page; tabId: number }> {
    const article = await ext.context.newPage();
    const url = `${server.origin}/script-injection.html`;
    await article.goto(url);
    return { article, tabId: await getTabId(ext, url) };
  }

  it('shows the payloads in the panel as text, and none of them runs', async () => {
    const { article, tabId } = await openArticle();
    const panel = await openExtensionPage(ext, `sidepanel.html?tab=${tabId}`, { width: 420, height: 1000 });
    await panel.locator('.comparison').waitFor({ timeout: 30_000 });

    expect(await panel.locator('.page-title').textContent()).toBe(TITLE);
    const statements = await panel.locator('.statement .statement-text').allTextContents();
    for (const payload of PAYLOADS) {
      const statement = panel.locator('.statement .statement-text', { hasText: payload });
      expect(
        statements.filter((text) => text.includes(payload)),
        payload,
      ).toHaveLength(1);
      expect(await statement.isVisible(), payload).toBe(true);
    }
    // They match the corpus, so they are shown with cards (the matches' own text beside them).
    const withCards = panel.locator('.statement', { has: panel.locator('[data-stance]') });
    expect(await withCards.count()).toBeGreaterThanOrEqual(3);

    // Show one in the page: the highlight is made from text too.
    await panel.locator('.statement .statement-text', { hasText: PAYLOADS[1]! }).click();
    await expect.poll(() => panel.locator('.show-result').first().textContent()).toBe('Highlighted in the page.');

    expect(await panel.locator(`.comparison :is(${INJECTED})`).count()).toBe(0);
    expect(await panel.locator(`.page-title :is(${INJECTED})`).count()).toBe(0);
    expect(await panel.evaluate(injectedFlag)).toBeUndefined();
    // The page itself was read, not changed: the content script adds nothing that runs.
    expect(await article.evaluate(injectedFlag)).toBeUndefined();
    expect(
      await article.locator(`article :is(${INJECTED})`).evaluateAll((els) => els.map((el) => el.outerHTML)),
    ).toEqual([
      // The page's own link (the only real element among the payloads), never followed.
      '<a href="javascript:window.__crosscheckInjected=1">javascript:window.__crosscheckInjected=1</a>',
    ]);
    expect(dialogs).toEqual([]);
  });

  it('lists the page as a source by its title, as text, once added', async () => {
    const { article, tabId } = await openArticle();
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`, { width: 420, height: 600 });
    await popup.getByRole('button', { name: 'Add this page to my sources' }).click();
    await expect
      .poll(() => popup.locator('.popup-added').textContent(), { timeout: 30_000 })
      .toContain(`Added “${TITLE}” (${OUTLET}`);

    // The popup's search finds a payload statement of that source, as text.
    await popup.locator('input[type="search"]').fill('ten-year contracts ministry');
    const hit = popup.locator('.hit', { has: popup.locator('.outlet', { hasText: OUTLET }) }).first();
    await hit.waitFor({ timeout: 15_000 });
    expect(await hit.textContent()).toContain(PAYLOADS[1]);
    expect(await popup.locator(`.hits :is(${INJECTED})`).count()).toBe(0);

    const options = await openExtensionPage(ext, 'options.html', { width: 900, height: 900 });
    const row = options.locator('.source[data-origin="user"]');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.locator('.source-headline').textContent()).toBe(TITLE);
    expect(await row.locator('.source-meta').textContent()).toContain(OUTLET);
    expect(await options.locator(`.source-list :is(${INJECTED})`).count()).toBe(0);

    for (const page of [popup, options, article]) expect(await page.evaluate(injectedFlag)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
