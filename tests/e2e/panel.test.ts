import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Comparison, Stance } from '../../lib/types';
import type { ComparisonExport } from '../../utils/view/export-comparison';
import {
  countBySource,
  getEngineComparison,
  groupBySource,
  splitFindings,
  summaryPatterns,
} from './engine-expectations';
import { getTabId, PAGES_DIR, type ExtensionBrowser, type PageServer, useExtensionSession } from './launch-extension';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTIFACTS = path.join(ROOT, 'artifacts');
const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

/** The part of an extension page's `chrome` the tests use (Chrome's types are not loaded here). */
interface ChromeStorageApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; remove(key: string): Promise<void> } };
}

/** The side panel's own page for a tab (STACK.md pitfall 10: tests open it in a tab). */
const panelUrl = (ext: ExtensionBrowser, tabId: number) =>
  `chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`;

describe('the side panel (test build, Chromium)', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;

  useExtensionSession((s, e) => {
    server = s;
    ext = e;
  });

  /** Opens a fixture in a tab, then the panel for that tab in another; returns both. */
  async function openPanelFor(
    fixture: string,
    width = 420,
    height = 1000,
  ): Promise<{ panel: Page; article: Page; tabId: number }> {
    const article = await ext.context.newPage();
    const url = `${server.origin}/${fixture}`;
    await article.goto(url);
    const tabId = await getTabId(ext, url);
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width, height });
    await panel.goto(panelUrl(ext, tabId));
    return { panel, article, tabId };
  }

  /** Waits for a state of the panel (`data-state` of its notice) and saves a screenshot of it. */
  async function expectState(panel: Page, state: string, text: RegExp | string) {
    const notice = panel.locator(`[data-state="${state}"]`);
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toMatch(text);
    expect(await panel.locator('[data-stance]').count()).toBe(0);
    await panel.screenshot({ path: path.join(ARTIFACTS, `panel-${state}.png`) });
  }

  async function closeAll(...pages: Page[]) {
    for (const page of pages) await page.close();
  }

  it('sums up the page, puts the sources on a time line, and groups each statement’s matches by source', async () => {
    const fixture = 'd2-misreport-2015.html';
    const engine = await getEngineComparison(fixture);
    // The state this test needs: an article that misreports, with both kinds of finding.
    expect(engine.summary.conflicting, `${fixture}: the engine finds no conflict`).toBeGreaterThan(0);
    expect(engine.summary.corroborated, `${fixture}: the engine finds no corroboration`).toBeGreaterThan(0);
    const { panel, article } = await openPanelFor(fixture);
    await panel.locator('.comparison .summary').waitFor({ timeout: 30_000 });

    // The engine's counts, with the independent outlets behind them.
    const summary = await panel.locator('.summary').innerText();
    for (const pattern of summaryPatterns(engine.summary)) expect(summary).toMatch(pattern);

    // The time line: one row per source that matched, 2015 sources in the page's period, 2024 ones
    // years later, each said in text with how many statements it agrees and conflicts with.
    const bySource = countBySource(engine);
    expect(
      [...bySource.values()].map((c) => c.outlet),
      `${fixture}: no match from a source years later`,
    ).toContain('The Kyiv Independent');
    const rows = panel.locator('.timeline-row');
    // The first six sources, the rest behind "Show all" (SourceTimeline).
    expect(await rows.count()).toBe(Math.min(bySource.size, 6));
    for (const row of await rows.all()) {
      const counts = bySource.get((await row.getAttribute('data-source'))!);
      expect(counts, `a time line row for a source the engine did not match: ${await row.innerText()}`).toBeDefined();
      const text = await row.innerText();
      expect(text).toContain(counts!.outlet);
      for (const [n, word] of [
        [counts!.agrees, 'agree'],
        [counts!.conflicts, 'conflict'],
        [counts!.related, 'related'],
      ] as const) {
        if (n > 0) expect(text).toMatch(new RegExp(`(^|\\D)${n} ${word}`));
        else expect(text).not.toMatch(new RegExp(`\\d+ ${word}`));
      }
    }
    expect(await panel.locator('.timeline-row', { hasText: 'RFE/RL' }).innerText()).toMatch(/Jan 2015 · same period/);
    expect(await panel.locator('.timeline-row', { hasText: 'The Kyiv Independent' }).innerText()).toMatch(
      /Jan 2024 · 9 years later/,
    );
    expect(await panel.locator('.timeline-row[data-timing="later"] .timeline-dot').count()).toBeGreaterThan(0);
    // The drawing is for the eye only; the text above says the same.
    expect(await panel.locator('.timeline-track[aria-hidden="true"]').count()).toBe(await rows.count());

    await panel.screenshot({ path: path.join(ARTIFACTS, 'panel-d2-misreport.png') });

    // Cards: the engine's statements in page order, each source said once with its matches under it.
    expect(await panel.locator('.statement .statement-text').allTextContents()).toEqual(
      engine.statements.map((st) => st.text),
    );
    const items = panel.locator('.statements > .statement');
    let severalInOneGroup = 0;
    for (const [i, statement] of engine.statements.entries()) {
      const item = items.nth(i);
      const { findings, related } = splitFindings(statement);
      if (related.length > 0) await item.locator('.related-toggle').click();
      for (const [list, matches] of [
        [item.locator('.source-groups:not(.source-groups-related)'), findings],
        [item.locator('.source-groups-related'), related],
      ] as const) {
        const want = groupBySource(matches);
        const groups = list.locator(':scope > .source-group');
        expect(await groups.locator('.source-head .outlet').allTextContents(), statement.text).toEqual(
          want.map((g) => g.outlet),
        );
        for (const [g, { sourceId, count }] of want.entries()) {
          const group = groups.nth(g);
          expect(await group.getAttribute('data-source')).toBe(sourceId);
          expect(await group.locator('[data-stance]').count()).toBe(count);
          for (const match of await group.locator('[data-stance]').all())
            expect(await match.getAttribute('data-source')).toBe(sourceId);
          if (count > 1) severalInOneGroup++;
        }
      }
      for (const why of await item.locator('.match-why').allTextContents()) expect(why.trim()).not.toBe('');
    }
    // Grouping is only shown when one source has several matches under one statement.
    expect(severalInOneGroup, `${fixture}: no source has two matches under one statement`).toBeGreaterThan(0);

    // A conflict card shows the source's value, marked as what differs (the page's is in the statement above it).
    const conflict = engine.statements.flatMap((st, i) =>
      st.matches.filter((m) => m.stance === 'conflicts').map((m) => ({ i, m })),
    )[0]!;
    const differs = conflict.m.spans.source
      .filter((sp) => sp.kind === 'differs')
      .map((sp) => conflict.m.text.slice(sp.start, sp.end));
    expect(differs.length, `the engine marks no differing value in ${conflict.m.text}`).toBeGreaterThan(0);
    const card = items
      .nth(conflict.i)
      .locator(`[data-stance="conflicts"][data-source="${conflict.m.sourceId}"]`)
      .first();
    expect(await card.locator('mark.mark-differs').allTextContents()).toEqual(differs);
    // Both values are in the reason ("aged 20–40 vs aged 18–30"), the outlet above the card.
    expect(await card.locator('.match-why').textContent()).toBe(conflict.m.why);
    expect(
      await card
        .locator('xpath=ancestor::li[contains(@class, "source-group")][1]')
        .locator('.source-head .outlet')
        .textContent(),
    ).toBe(conflict.m.outlet);
    await closeAll(panel, article);
  });

  it('filters statements: Conflicts shows only conflicts, Corroborated only corroborations, by keyboard too', async () => {
    const fixture = 'long-article-2015.html';
    const { summary } = await getEngineComparison(fixture);
    // The state this test needs: some statements with conflicts, some corroborated, some neither.
    expect(summary.conflicting, `${fixture}: the engine finds no conflict`).toBeGreaterThan(0);
    expect(summary.corroborated, `${fixture}: the engine finds no corroboration`).toBeGreaterThan(0);
    const { panel, article } = await openPanelFor(fixture);
    await panel.locator('.filters').waitFor({ timeout: 30_000 });
    const pressed = () => panel.locator('.filter[aria-pressed="true"]').getAttribute('data-filter');
    const count = async (filter: string) =>
      Number(await panel.locator(`[data-filter="${filter}"] .filter-count`).textContent());
    const stances = () =>
      panel
        .locator('.statement [data-stance]')
        .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-stance')))]);
    expect(await pressed()).toBe('all');
    expect([await count('all'), await count('conflicts'), await count('corroborated')]).toEqual([
      summary.checked,
      summary.conflicting,
      summary.corroborated,
    ]);
    expect(await panel.locator('.statement').count()).toBe(await count('all'));
    // A long article with many matches, the whole list.
    await panel.screenshot({ path: path.join(ARTIFACTS, 'panel-many-matches.png'), fullPage: true });

    await panel.locator('[data-filter="conflicts"]').click();
    expect(await pressed()).toBe('conflicts');
    expect(await panel.locator('.statement').count()).toBe(await count('conflicts'));
    expect(await stances()).toEqual(['conflicts']);

    // Keyboard: arrow to the next filter, Enter to choose it.
    await panel.locator('[data-filter="conflicts"]').focus();
    await panel.keyboard.press('ArrowRight');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-filter'))).toBe('corroborated');
    await panel.keyboard.press('Enter');
    expect(await pressed()).toBe('corroborated');
    expect(await panel.locator('.statement').count()).toBe(await count('corroborated'));
    expect(await stances()).toEqual(['corroborates']);

    await panel.keyboard.press('ArrowRight');
    await panel.keyboard.press('Space');
    expect(await pressed()).toBe('unmatched');
    expect(await panel.locator('.statement').count()).toBe(await count('unmatched'));
    expect(await count('unmatched')).toBeGreaterThan(0);
    expect(
      await panel.locator('.statement [data-stance="conflicts"], .statement [data-stance="corroborates"]').count(),
    ).toBe(0);
    await closeAll(panel, article);
  });

  it('shows a statement in the page: scrolled into view and highlighted, without changing the page’s elements', async () => {
    const { panel, article } = await openPanelFor('long-article-2015.html');
    const statement = 'Applicants must speak Russian.';
    await panel.locator('.statement-text', { hasText: statement }).waitFor({ timeout: 30_000 });
    const target = article.locator('p', { hasText: /^Applicants must speak Russian\.$/ });
    expect(await target.evaluate((el) => el.getBoundingClientRect().top > window.innerHeight)).toBe(true);
    const elementsBefore = await article.evaluate(() => document.body.getElementsByTagName('*').length);
    const highlighted = () =>
      article.evaluate(() => [...(CSS.highlights.get('crosscheck-statement') ?? [])].map((r) => r.toString()));

    // A statement spread over several elements (a link and <em>), by keyboard.
    const decree = panel.locator('.statement-text', { hasText: 'January 12' });
    await decree.focus();
    await panel.keyboard.press('Enter');
    await expect
      .poll(highlighted, { timeout: 10_000 })
      .toEqual(['A decree signed on January 12 allows foreigners to join the Russian army.']);

    // A statement far below the fold, by click: scrolled into view.
    await panel.locator('.statement-text', { hasText: statement }).click();
    await expect
      .poll(() => panel.locator('.statement.is-current .show-result').textContent(), { timeout: 10_000 })
      .toBe('Highlighted in the page.');
    expect(await article.evaluate(() => CSS.highlights.has('crosscheck-statement'))).toBe(true);
    expect(await highlighted()).toEqual([statement]);
    await expect
      .poll(
        () =>
          target.evaluate((el) => {
            const box = el.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        { timeout: 10_000 },
      )
      .toBe(true);
    // One <style> in <head>, nothing added to or wrapped in the body.
    expect(await article.evaluate(() => document.body.getElementsByTagName('*').length)).toBe(elementsBefore);
    expect(await article.locator('head style#crosscheck-highlight-style').count()).toBe(1);
    await article.bringToFront();
    await article.screenshot({ path: path.join(ARTIFACTS, 'panel-show-in-page.png') });
    await closeAll(panel, article);
  });

  it('hides a match the reader says is not one, with Undo, and still after the panel is reopened; flags a wrong stance', async () => {
    const { panel, article } = await openPanelFor('d1-corroborating-2015.html');
    await panel.locator('[data-stance]').first().waitFor({ timeout: 30_000 });
    const first = panel
      .locator('.statement')
      .filter({ has: panel.locator('[data-stance]') })
      .first();
    const statementText = (await first.locator('.statement-text').textContent())!;
    const match = first.locator('[data-stance]').first();
    const id = (await match.getAttribute('id'))!;
    const source = (await match.getAttribute('data-source'))!;
    const checked = Number(await panel.locator('[data-filter="all"] .filter-count').textContent());

    // Not a match: gone at once, focus on Undo; Undo brings it back.
    await match.locator('.feedback-not-match').click();
    await expect.poll(() => panel.locator(`#${id}`).count()).toBe(0);
    expect(await panel.locator('.undo-bar').textContent()).toMatch(/not a match/);
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator(`#${id}`).count()).toBe(1);
    expect(await panel.locator('.undo-bar').count()).toBe(0);

    // Again, and reopen the panel: still hidden; the statement itself stays.
    await panel.locator(`#${id} .feedback-not-match`).click();
    await expect.poll(() => panel.locator(`#${id}`).count()).toBe(0);
    await panel.reload();
    await panel.locator('.statement').first().waitFor({ timeout: 30_000 });
    expect(await panel.locator(`#${id}`).count()).toBe(0);
    expect(Number(await panel.locator('[data-filter="all"] .filter-count').textContent())).toBe(checked);
    const stored = await panel.evaluate(
      async () =>
        (await (globalThis as unknown as { chrome: ChromeStorageApi }).chrome.storage.local.get('feedback')).feedback,
    );
    expect(stored).toEqual([
      expect.objectContaining({
        pageUrl: `${server.origin}/d1-corroborating-2015.html`,
        statementText,
        sourceId: source,
        kind: 'not-a-match',
        stance: expect.any(String),
        sourceIndex: expect.any(Number),
        at: expect.any(Number),
      }),
    ]);

    // Wrong stance: the match stays, flagged; pressing again takes the flag off.
    const other = panel.locator('[data-stance]').first();
    await other.locator('.feedback-wrong-stance').click();
    await expect.poll(() => other.locator('.match-flag').count()).toBe(1);
    expect(await other.locator('.feedback-wrong-stance').getAttribute('aria-pressed')).toBe('true');
    expect(await other.getAttribute('class')).toContain('is-flagged');
    await panel.screenshot({ path: path.join(ARTIFACTS, 'panel-feedback.png') });
    await other.locator('.feedback-wrong-stance').click();
    await expect.poll(() => other.locator('.match-flag').count()).toBe(0);

    // Leave no feedback behind for the other tests.
    await panel.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeStorageApi }).chrome.storage.local.remove('feedback'),
    );
    await closeAll(panel, article);
  });

  it('exports the comparison as JSON and as Markdown', async () => {
    const engine = await getEngineComparison('d2-misreport-2015.html');
    const { panel, article } = await openPanelFor('d2-misreport-2015.html');
    await panel.locator('.export').waitFor({ timeout: 30_000 });

    const [json] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(
      /^crosscheck-russian-army-to-take-foreign-volunteers-\d{4}-\d{2}-\d{2}\.json$/,
    );
    const doc = JSON.parse(readFileSync((await json.path())!, 'utf8')) as ComparisonExport;
    expect(doc).toMatchObject({ format: 'crosscheck-comparison', version: 1, feedback: [] });
    expect(doc.comparison.page.title).toBe('Russian army to take foreign volunteers');
    // The comparison the panel shows, which is the engine's (extension.test.ts).
    const stances = (c: Comparison) =>
      c.statements.map((st) => [st.text, st.matches.map((m) => `${m.stance} ${m.sourceId} ${m.sourceIndex}`)]);
    expect(stances(doc.comparison)).toEqual(stances(engine));
    expect(doc.comparison.summary).toEqual(engine.summary);

    const [md] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export as Markdown' }).click(),
    ]);
    expect(md.suggestedFilename()).toMatch(/\.md$/);
    const text = readFileSync((await md.path())!, 'utf8');
    expect(text).toMatch(/^# Crosscheck: Russian army to take foreign volunteers\n/);
    expect(text).toContain(`**${engine.summary.checked} statements checked**`);
    expect(text).toContain('| The Kyiv Independent | 4 Jan 2024 | 9 years later |');
    for (const [n, statement] of engine.statements.entries())
      expect(text).toContain(`### ${n + 1}. ${markdownText(statement.text)}\n`);
    // Each finding with its stance, the source's words and the reason.
    const findings = engine.statements.flatMap((st) => st.matches);
    expect(findings.some((m) => m.stance === 'conflicts')).toBe(true);
    for (const m of findings)
      expect(text).toContain(`- **${STANCE_LABEL[m.stance]}:** “${markdownText(m.text)}” — ${markdownText(m.why)}`);
    await closeAll(panel, article);
  });

  describe('states', () => {
    it('analysing: says what it is doing while the page is still loading', async () => {
      // A page whose server holds the end of the document: the article cannot be read until it loads.
      const slow = await serveSlowPage(readFileSync(path.join(PAGES_DIR, 'd2-misreport-2015.html'), 'utf8'), 6000);
      const article = await ext.context.newPage();
      void article.goto(slow.url).catch(() => undefined);
      await expect.poll(() => getTabId(ext, slow.url).catch(() => undefined), { timeout: 10_000 }).toBeDefined();
      const tabId = await getTabId(ext, slow.url);
      const panel = await ext.context.newPage();
      await panel.setViewportSize({ width: 420, height: 600 });
      await panel.goto(panelUrl(ext, tabId));
      const busy = panel.locator('[data-state="analysing"]');
      await busy.waitFor({ timeout: 5000 });
      expect(await busy.getAttribute('role')).toBe('status');
      expect(await busy.getAttribute('aria-busy')).toBe('true');
      expect(await busy.textContent()).toMatch(/Reading the article…|Comparing/);
      await panel.screenshot({ path: path.join(ARTIFACTS, 'panel-analysing.png') });
      // Then the result, once the page has loaded.
      await panel.locator('.comparison .summary').waitFor({ timeout: 30_000 });
      await closeAll(panel, article);
      await slow.close();
    });

    it('no article on this page', async () => {
      const { panel, article } = await openPanelFor('not-an-article.html', 420, 600);
      await expectState(panel, 'not-article', /doesn’t look like an article.*Alt\+Shift\+K/s);
      await closeAll(panel, article);
    });

    it('language not supported yet', async () => {
      const { panel, article } = await openPanelFor('de-artikel-2015.html', 420, 600);
      await expectState(panel, 'unsupported-language', /doesn’t read German yet.*English/s);
      await closeAll(panel, article);
    });

    it('no checkable statements', async () => {
      const { panel, article } = await openPanelFor('no-statements-qa.html', 420, 600);
      await expectState(panel, 'no-statements', /No statements to check/);
      await closeAll(panel, article);
    });

    it('nothing in the corpus about this page', async () => {
      const engine = await getEngineComparison('unrelated-article.html');
      expect(
        engine.statements.flatMap((st) => st.matches),
        'unrelated-article.html: the engine matches something',
      ).toEqual([]);
      const { panel, article } = await openPanelFor('unrelated-article.html', 420, 600);
      await expectState(
        panel,
        'nothing-matched',
        new RegExp(`checked ${engine.summary.checked} statements.*Manage sources`, 's'),
      );
      await closeAll(panel, article);
    });

    it('an error, with what to do', async () => {
      const panel = await ext.context.newPage();
      await panel.setViewportSize({ width: 420, height: 600 });
      await panel.goto(panelUrl(ext, 987654));
      await expectState(panel, 'error', /tab is gone.*Try again/s);
      expect(await panel.locator('[data-state="error"]').getAttribute('role')).toBe('alert');
      await closeAll(panel);
    });
  });

  it.each([
    [320, 'light'],
    [600, 'light'],
    [320, 'dark'],
    [600, 'dark'],
  ] as const)('fits a %d px panel in the %s scheme', async (width, scheme) => {
    const { panel, article } = await openPanelFor('d2-misreport-2015.html', width, 900);
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.locator('.comparison .summary').waitFor({ timeout: 30_000 });
    // Nothing sticks out sideways: long statements wrap.
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await panel.screenshot({ path: path.join(ARTIFACTS, `panel-${width}-${scheme}.png`) });
    await closeAll(panel, article);
  });

  describe('accessibility (axe-core)', () => {
    async function runAxe(page: Page) {
      // Not page.addScriptTag: an extension page's CSP (script-src 'self') refuses inline scripts.
      // Evaluated through the DevTools protocol instead, which that CSP does not govern.
      await page.evaluate(readFileSync(AXE, 'utf8'));
      const results = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run(
                context: Document,
              ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
            };
          }
        ).axe;
        return axe.run(document);
      });
      return results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }

    it.each(['light', 'dark'] as const)(
      'the panel with results has no serious or critical violations (%s)',
      async (scheme) => {
        const { panel, article } = await openPanelFor('d2-misreport-2015.html');
        await panel.emulateMedia({ colorScheme: scheme });
        await panel.locator('.comparison .summary').waitFor({ timeout: 30_000 });
        await panel.evaluate(() =>
          (globalThis as unknown as { chrome: ChromeStorageApi }).chrome.storage.local.remove('feedback'),
        );
        // With feedback given and related matches open, so those controls are checked too.
        await panel.locator('.related-toggle').first().click();
        await panel.locator('.feedback-wrong-stance').first().click();
        await panel.locator('.undo-bar').waitFor();
        expect(await runAxe(panel)).toEqual([]);
        await panel.evaluate(() =>
          (globalThis as unknown as { chrome: ChromeStorageApi }).chrome.storage.local.remove('feedback'),
        );
        await closeAll(panel, article);
      },
    );

    it('a panel state has no serious or critical violations', async () => {
      const { panel, article } = await openPanelFor('unrelated-article.html', 420, 600);
      await panel.locator('[data-state="nothing-matched"]').waitFor({ timeout: 30_000 });
      expect(await runAxe(panel)).toEqual([]);
      await closeAll(panel, article);
    });

    it('the popup has no serious or critical violations', async () => {
      const popup = await ext.context.newPage();
      await popup.setViewportSize({ width: 420, height: 560 });
      await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await popup.locator('input[type="search"]').pressSequentially('decree', { delay: 10 });
      await popup.locator('.hit').first().waitFor({ timeout: 15_000 });
      expect(await runAxe(popup)).toEqual([]);
      await closeAll(popup);
    });
  });
});

/** How the Markdown export names a stance. */
const STANCE_LABEL: Record<Stance, string> = {
  corroborates: 'Corroborates',
  conflicts: 'Conflicts',
  related: 'Related',
};

/** Text as the Markdown export writes it: on one line, with the characters Markdown would read escaped. */
const markdownText = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&');

/** Serves one page whose last part is held back `holdMs`, so the page stays loading that long. */
async function serveSlowPage(html: string, holdMs: number): Promise<{ url: string; close(): Promise<void> }> {
  const cut = html.indexOf('</main>');
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith('/slow.html')) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(html.slice(0, cut));
    const timer = setTimeout(() => res.end(html.slice(cut)), holdMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slow.html`,
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
