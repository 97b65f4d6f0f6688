import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../lib/types';
import type { ComparisonExport } from '../../utils/view/export-comparison';
import { longArticleComparison } from '../fixtures/comparisons/long-article-comparison';
import { misreportComparison } from '../fixtures/comparisons/misreport-comparison';
import { MISREPORT_STATEMENTS } from '../fixtures/comparisons/misreport-shown';
import { noStatementsComparison } from '../fixtures/comparisons/no-statements-comparison';
import { notArticleComparison } from '../fixtures/comparisons/not-article-comparison';
import { nothingMatchedComparison } from '../fixtures/comparisons/nothing-matched-comparison';
import { unsupportedLanguageComparison } from '../fixtures/comparisons/unsupported-language-comparison';
import { wireCopyComparison } from '../fixtures/comparisons/wire-copy-comparison';
import { getTabId, PAGES_DIR, type ExtensionBrowser, type PageServer, useExtensionSession } from './launch-extension';
import { serveSlowPage } from './serve-slow-page';
import { setComparisonFixture } from './set-comparison-fixture';

/**
 * The panel's UI, on committed comparisons (tests/fixtures/comparisons/): each test pins the page's
 * comparison to a fixture (set-comparison-fixture.ts) and asserts the text the panel makes of it,
 * so no test here depends on what the engine says today. extension.test.ts has the one test that
 * runs the real engine in the panel.
 */

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

/** The wire-copy fixture's first statement (d1-corroborating-2015.html). */
const ENLIST_STATEMENT =
  "Russia's Defense Ministry said last month that foreigners may enlist in the armed forces, provided they speak good Russian and have no criminal record.";

describe('the side panel (test build, Chromium)', () => {
  let server: PageServer;
  let ext: ExtensionBrowser;

  useExtensionSession((s, e) => {
    server = s;
    ext = e;
  });

  /**
   * Opens a page of tests/fixtures/pages (a query may follow its name) in a tab, with `comparison`
   * as what the background finds for it, then the panel for that tab in another; returns both.
   */
  async function openPanelFor(
    page: string,
    comparison: Comparison,
    width = 420,
    height = 1000,
  ): Promise<{ panel: Page; article: Page; tabId: number; url: string }> {
    const url = `${server.origin}/${page}`;
    await setComparisonFixture(ext, url, comparison);
    const article = await ext.context.newPage();
    await article.goto(url);
    const tabId = await getTabId(ext, url);
    const panel = await ext.context.newPage();
    await panel.setViewportSize({ width, height });
    await panel.goto(panelUrl(ext, tabId));
    return { panel, article, tabId, url };
  }

  /** Waits for a state of the panel (`data-state` of its notice), checks its words and saves a screenshot of it. */
  async function expectState(panel: Page, state: string, title: string, text: string) {
    const notice = panel.locator(`[data-state="${state}"]`);
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.locator('h2').textContent()).toBe(title);
    expect(await notice.locator('p').first().textContent()).toBe(text);
    expect(await panel.locator('[data-stance]').count()).toBe(0);
    await panel.screenshot({ path: path.join(ARTIFACTS, `panel-${state}.png`) });
  }

  /** The summary's numbers, labels and voices, as shown. */
  async function readSummary(panel: Page) {
    return {
      numbers: await panel.locator('.summary .summary-number').allTextContents(),
      labels: await panel.locator('.summary .summary-label').allTextContents(),
      details: await panel.locator('.summary .summary-detail').allTextContents(),
    };
  }

  /** Each time line row as [outlet, date and distance, counts]. */
  function readTimeline(panel: Page) {
    return panel
      .locator('.timeline-row')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('.timeline-outlet')?.textContent,
          row.querySelector('.timeline-date')?.textContent,
          [...row.querySelectorAll('.count')].map((c) => c.textContent),
        ]),
      );
  }

  /** A statement's source groups in one list, as [outlet, how many matches]; each match is its group's source. */
  async function readGroups(list: ReturnType<Page['locator']>) {
    const groups: Array<[string, number]> = [];
    for (const group of await list.locator(':scope > .source-group').all()) {
      const source = await group.getAttribute('data-source');
      const matches = group.locator('[data-stance]');
      for (const match of await matches.all()) expect(await match.getAttribute('data-source')).toBe(source);
      groups.push([(await group.locator('.source-head .outlet').textContent())!, await matches.count()]);
    }
    return groups;
  }

  /** Clicks an export button and returns the file's name and text. */
  async function download(panel: Page, button: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: button }).click(),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  }

  async function closeAll(...pages: Page[]) {
    for (const page of pages) await page.close();
  }

  it('sums up the page, puts the sources on a time line, and groups each statement’s matches by source', async () => {
    const { panel, article } = await openPanelFor('d2-misreport-2015.html', misreportComparison);
    await panel.locator('.comparison .summary').waitFor({ timeout: 30_000 });
    expect(await panel.locator('.page-title').textContent()).toBe('Russian army to take foreign volunteers');

    // The counts, with the independent outlets behind them.
    expect(await readSummary(panel)).toEqual({
      numbers: ['5', '1', '4'],
      labels: ['statements checked', 'corroborated', 'in conflict'],
      details: ['by 1 independent outlet', 'with 2 independent outlets'],
    });

    // The time line: one row per source that matched, oldest first, 2015 sources in the page's
    // period, 2024-2025 ones years later, each with how many statements it agrees and conflicts with.
    // Dates in the browser's locale: this Chromium's is en-US ("Jan 4, 2024").
    expect(await readTimeline(panel)).toEqual([
      ['RFE/RL', 'Jan 2015 · same period', ['1 agree', '3 conflict', '1 related']],
      ['The Moscow Times', 'Feb 2015 · same period', ['2 conflict', '2 related']],
      ['The Kyiv Independent', 'Jan 4, 2024 · 9 years later', ['2 related']],
      ['Euronews', 'Jan 2024 · 9 years later', ['2 related']],
      ['Unnamed outlet', '2025 · 11 years later', ['2 related']],
    ]);
    expect(await panel.locator('#timeline-title .section-note').textContent()).toBe('this page: Jan 9, 2015');
    expect(await panel.locator('.timeline-row[data-timing="later"] .timeline-dot').count()).toBe(3);
    // The drawing is for the eye only; the text above says the same.
    expect(await panel.locator('.timeline-track[aria-hidden="true"]').count()).toBe(5);

    await panel.screenshot({ path: path.join(ARTIFACTS, 'panel-d2-misreport.png') });

    // Cards: the statements in page order, each source said once with its matches under it; the
    // related ones behind a toggle that says how many.
    expect(await panel.locator('.statement .statement-text').allTextContents()).toEqual(MISREPORT_STATEMENTS);
    const items = panel.locator('.statements > .statement');
    const want = [
      {
        findings: [['RFE/RL', 1]],
        toggle: 'Show 7 related',
        related: [
          ['Euronews', 1],
          ['The Moscow Times', 3],
          ['The Kyiv Independent', 2],
          ['Unnamed outlet', 1],
        ],
      },
      {
        findings: [['RFE/RL', 1]],
        toggle: 'Show 4 related',
        related: [
          ['The Kyiv Independent', 1],
          ['Unnamed outlet', 1],
          ['Euronews', 1],
          ['The Moscow Times', 1],
        ],
      },
      { findings: [['The Moscow Times', 1]], toggle: 'Show 2 related', related: [['RFE/RL', 2]] },
      {
        findings: [
          ['The Moscow Times', 1],
          ['RFE/RL', 1],
        ],
        related: [],
      },
      { findings: [['RFE/RL', 1]], related: [] },
    ];
    for (const [i, { findings, toggle, related }] of want.entries()) {
      const item = items.nth(i);
      expect(await readGroups(item.locator('.source-groups:not(.source-groups-related)')), `statement ${i}`).toEqual(
        findings,
      );
      expect(await item.locator('.related-toggle').allTextContents(), `statement ${i}`).toEqual(toggle ? [toggle] : []);
      if (toggle) {
        await item.locator('.related-toggle').click();
        expect(await item.locator('.related-toggle').textContent()).toBe(toggle.replace('Show', 'Hide'));
      }
      expect(await readGroups(item.locator('.source-groups-related')), `statement ${i}`).toEqual(related);
    }

    // A conflict card shows the source's words with what differs marked (the page's are in the
    // statement above it), and the reason with both values; the outlet is above the card.
    const conflicts = [
      {
        i: 0,
        source: '000_e9bd3c91f179027c',
        marks: ['January 2'],
        why: 'different date: 12 January 2015 vs 2 January 2015',
      },
      {
        i: 1,
        source: '000_e9bd3c91f179027c',
        marks: ['aged 18-30', 'five-year'],
        why: 'aged 20–40 vs aged 18–30; 10 years vs 5 years',
      },
      {
        i: 2,
        source: '001_ff31c82f0d4a12c1',
        marks: ['30,000 rubles ($500)'],
        why: '45,000 RUB a month vs 30,000 RUB a month',
      },
    ];
    for (const { i, source, marks, why } of conflicts) {
      const card = items.nth(i).locator(`[data-stance="conflicts"][data-source="${source}"]`);
      expect(await card.locator('.chip').textContent()).toBe('Conflicts');
      expect(await card.locator('mark.mark-differs').allTextContents()).toEqual(marks);
      expect(await card.locator('.match-why').textContent()).toBe(why);
    }
    expect(
      await items
        .nth(2)
        .locator('[data-stance="conflicts"]')
        .locator('xpath=ancestor::li[contains(@class, "source-group")][1]')
        .locator('.source-head')
        .textContent(),
    ).toBe('The Moscow Times Feb 2015same period');
    expect(await items.nth(4).locator('[data-stance="corroborates"] .match-text').textContent()).toBe(
      'The foreign nationals are eligible only if they speak Russian and have no criminal record.',
    );
    await closeAll(panel, article);
  });

  it('counts copies of one text as one voice: a wire story on two sites is one independent outlet', async () => {
    const { panel, article } = await openPanelFor('d1-corroborating-2015.html', wireCopyComparison);
    await panel.locator('.comparison .summary').waitFor({ timeout: 30_000 });
    expect(await readSummary(panel)).toEqual({
      numbers: ['6', '5', '0'],
      labels: ['statements checked', 'corroborated', 'in conflict'],
      details: ['by 3 articles, 2 independent outlets'],
    });
    // Each copy is still listed as the source it is, on the time line and under the statement.
    expect(await readTimeline(panel)).toEqual([
      ['RFE/RL', 'Jan 2015 · same period', ['5 agree']],
      ['Yahoo News', 'Jan 2015 · same period', ['5 agree']],
      ['The Moscow Times', 'Feb 2015 · same period', ['4 agree']],
      ['The Kyiv Independent', 'Jan 4, 2024 · 9 years later', ['2 related']],
      ['Euronews', 'Jan 2024 · 9 years later', ['1 related']],
      ['Unnamed outlet', '2025 · 10 years later', ['2 related']],
    ]);
    const first = panel.locator('.statements > .statement').first();
    expect(await first.locator('.statement-text').textContent()).toBe(ENLIST_STATEMENT);
    expect(await readGroups(first.locator('.source-groups:not(.source-groups-related)'))).toEqual([
      ['The Moscow Times', 1],
      ['RFE/RL', 2],
      ['Yahoo News', 2],
    ]);
    // The export names the voice: both sites, as one.
    const { text } = await download(panel, 'Export as Markdown');
    expect(text).toContain(
      '**6 statements checked** · 5 corroborated by 3 articles, 2 outlets (The Moscow Times, RFE/RL / Yahoo News) · 0 in conflict\n',
    );
    await closeAll(panel, article);
  });

  it('filters statements: Conflicts shows only conflicts, Corroborated only corroborations, by keyboard too', async () => {
    const { panel, article } = await openPanelFor('long-article-2015.html', longArticleComparison);
    await panel.locator('.filters').waitFor({ timeout: 30_000 });
    const pressed = () => panel.locator('.filter[aria-pressed="true"]').getAttribute('data-filter');
    const statements = () => panel.locator('.statement .statement-text').allTextContents();
    const stances = () =>
      panel
        .locator('.statement [data-stance]')
        .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-stance')))]);
    expect(await pressed()).toBe('all');
    expect(await panel.locator('.filter').allTextContents()).toEqual([
      'All 16',
      'Conflicts 4',
      'Corroborated 3',
      'Unmatched 10',
    ]);
    expect(await panel.locator('.statement').count()).toBe(16);
    // A long article with many matches, the whole list.
    await panel.screenshot({ path: path.join(ARTIFACTS, 'panel-many-matches.png'), fullPage: true });

    await panel.locator('[data-filter="conflicts"]').click();
    expect(await pressed()).toBe('conflicts');
    expect(await statements()).toEqual([
      'A decree signed on January 12 allows foreigners to join the Russian army.',
      'Applicants aged 20 to 40 may sign ten-year contracts.',
      'The monthly salary for a contract soldier is 45,000 rubles.',
      'Foreign servicemen will not be allowed to take part in armed conflicts.',
    ]);
    expect(await stances()).toEqual(['conflicts']);
    expect(await panel.locator('.related-toggle').count()).toBe(0);

    // Keyboard: arrow to the next filter, Enter to choose it.
    await panel.locator('[data-filter="conflicts"]').focus();
    await panel.keyboard.press('ArrowRight');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-filter'))).toBe('corroborated');
    await panel.keyboard.press('Enter');
    expect(await pressed()).toBe('corroborated');
    expect(await statements()).toEqual([
      'A decree signed on January 12 allows foreigners to join the Russian army.',
      'Supporters of the measure point to other countries that have long allowed foreign citizens to serve in their armed forces, often with a promise of faster naturalisation after several years of service.',
      'Applicants must speak Russian.',
    ]);
    expect(await stances()).toEqual(['corroborates']);

    // Unmatched: the statements nothing corroborates or conflicts with, their related matches kept as context.
    await panel.keyboard.press('ArrowRight');
    await panel.keyboard.press('Space');
    expect(await pressed()).toBe('unmatched');
    const unmatched = await statements();
    expect(unmatched).toHaveLength(10);
    expect(unmatched[0]).toMatch(/^The change has been discussed in Moscow for several years/);
    expect(unmatched.at(-1)).toBe(
      'They must also pass a medical examination and a professional aptitude test before a contract can be signed.',
    );
    expect(await stances()).toEqual([]);
    expect(await panel.locator('.statement .no-matches').count()).toBe(3);
    expect(await panel.locator('.related-toggle').allTextContents()).toEqual([
      ...Array(2).fill('Show 2 related'),
      'Show 1 related',
      ...Array(4).fill('Show 2 related'),
    ]);

    // Back to all, by keyboard round the bar.
    await panel.keyboard.press('ArrowRight');
    await panel.keyboard.press('Enter');
    expect(await pressed()).toBe('all');
    expect(await panel.locator('.statement').count()).toBe(16);
    await closeAll(panel, article);
  });

  it('opens on the filter chosen last time, on another page too (local storage)', async () => {
    const first = await openPanelFor('long-article-2015.html', longArticleComparison);
    await first.panel.locator('[data-filter="conflicts"]').click();
    await closeAll(first.panel, first.article);

    const { panel, article } = await openPanelFor('d2-misreport-2015.html', misreportComparison);
    await panel.locator('.filters').waitFor({ timeout: 30_000 });
    expect(await panel.locator('.filter[aria-pressed="true"]').getAttribute('data-filter')).toBe('conflicts');
    const stances = await panel
      .locator('.statement [data-stance]')
      .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-stance')))]);
    expect(stances).toEqual(['conflicts']);
    // Back to All: the other tests of this session expect a panel that opens on it.
    await panel.locator('[data-filter="all"]').click();
    await expect
      .poll(() =>
        ext.serviceWorker.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: ChromeStorageApi }).chrome;
          return (await api.storage.local.get('statementFilter')).statementFilter;
        }),
      )
      .toBe('all');
    await closeAll(panel, article);
  });

  it('shows a statement in the page: scrolled into view and highlighted, without changing the page’s elements', async () => {
    const { panel, article } = await openPanelFor('long-article-2015.html', longArticleComparison);
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
    const { panel, article, url } = await openPanelFor('d1-corroborating-2015.html', wireCopyComparison);
    const id = 'match-0-001_ff31c82f0d4a12c1-1';
    const match = panel.locator(`#${id}`);
    await match.waitFor({ timeout: 30_000 });
    // The first match of the first statement: The Moscow Times' statement 1.
    expect(await panel.locator('[data-stance]').first().getAttribute('id')).toBe(id);
    expect(await match.locator('.match-text').textContent()).toMatch(
      /^The Russian Defense Ministry last month announced/,
    );

    // Not a match: gone at once, focus on Undo; Undo brings it back.
    await match.locator('.feedback-not-match').click();
    await expect.poll(() => panel.locator(`#${id}`).count()).toBe(0);
    expect(await panel.locator('.undo-bar .undo-text').textContent()).toBe(
      'Hidden: you said The Moscow Times’s statement is not a match.',
    );
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator(`#${id}`).count()).toBe(1);
    expect(await panel.locator('.undo-bar').count()).toBe(0);

    // Again, and reopen the panel: still hidden; the statement itself stays, the source's group with it gone.
    await panel.locator(`#${id} .feedback-not-match`).click();
    await expect.poll(() => panel.locator(`#${id}`).count()).toBe(0);
    await panel.reload();
    await panel.locator('.statement').first().waitFor({ timeout: 30_000 });
    expect(await panel.locator(`#${id}`).count()).toBe(0);
    expect(await panel.locator('[data-filter="all"] .filter-count').textContent()).toBe('6');
    const first = panel.locator('.statements > .statement').first();
    expect(await readGroups(first.locator('.source-groups:not(.source-groups-related)'))).toEqual([
      ['RFE/RL', 2],
      ['Yahoo News', 2],
    ]);
    const stored = await panel.evaluate(
      async () =>
        (await (globalThis as unknown as { chrome: ChromeStorageApi }).chrome.storage.local.get('feedback')).feedback,
    );
    expect(stored).toEqual([
      {
        pageUrl: url,
        statementText: ENLIST_STATEMENT,
        sourceId: '001_ff31c82f0d4a12c1',
        sourceIndex: 1,
        stance: 'corroborates',
        kind: 'not-a-match',
        at: expect.any(Number),
      },
    ]);

    // Wrong stance: the match stays, flagged; pressing again takes the flag off.
    const other = panel.locator('#match-0-000_e9bd3c91f179027c-1');
    expect(await panel.locator('[data-stance]').first().getAttribute('id')).toBe('match-0-000_e9bd3c91f179027c-1');
    await other.locator('.feedback-wrong-stance').click();
    await expect.poll(() => other.locator('.match-flag').textContent()).toBe('You flagged this stance as wrong');
    expect(await panel.locator('.undo-bar .undo-text').textContent()).toBe(
      'Flagged: you said the stance of RFE/RL’s statement is wrong.',
    );
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
    const { panel, article, url } = await openPanelFor('d2-misreport-2015.html', misreportComparison);
    await panel.locator('.export').waitFor({ timeout: 30_000 });
    // The day of the export, in the file's name and its header.
    const day = String.raw`\d{4}-\d{2}-\d{2}`;

    const json = await download(panel, 'Export as JSON');
    expect(json.name).toMatch(new RegExp(`^crosscheck-russian-army-to-take-foreign-volunteers-${day}\\.json$`));
    const doc = JSON.parse(json.text) as ComparisonExport;
    expect(doc).toMatchObject({ format: 'crosscheck-comparison', version: 1, feedback: [] });
    // The comparison the panel shows, as it is: the fixture, at the page's own address, with the
    // story of the corpus its matches belong to (the background adds it: Comparison.story).
    expect(doc.comparison).toEqual({
      ...misreportComparison,
      page: { ...misreportComparison.page, url },
      story: expect.objectContaining({ id: expect.any(String), earlier: expect.any(Number) }),
    });

    const md = await download(panel, 'Export as Markdown');
    expect(md.name).toMatch(new RegExp(`^crosscheck-russian-army-to-take-foreign-volunteers-${day}\\.md$`));
    const text = md.text;
    expect(text.split('\n').slice(0, 7)).toEqual([
      '# Crosscheck: Russian army to take foreign volunteers',
      '',
      `- Page: <${url}>`,
      '- Published: Jan 9, 2015',
      expect.stringMatching(new RegExp(`^- Exported: ${day}$`)),
      '',
      '**5 statements checked** · 1 corroborated by 1 outlet (RFE/RL) · 4 in conflict with 2 outlets (RFE/RL, The Moscow Times)',
    ]);
    expect(text).toContain(
      [
        '| Source | Published | When | Agrees | Conflicts | Related only |',
        '|---|---|---|---:|---:|---:|',
        '| RFE/RL | Jan 2015 | same period | 1 | 3 | 1 |',
        '| The Moscow Times | Feb 2015 | same period | 0 | 2 | 2 |',
        '| The Kyiv Independent | Jan 4, 2024 | 9 years later | 0 | 0 | 2 |',
        '| Euronews | Jan 2024 | 9 years later | 0 | 0 | 2 |',
        '| Unnamed outlet | 2025 | 11 years later | 0 | 0 | 2 |',
        '',
        'Statements counted per source; the page is from Jan 9, 2015.',
      ].join('\n'),
    );
    expect([...text.matchAll(/^### .*$/gm)].map(([line]) => line)).toEqual(
      MISREPORT_STATEMENTS.map((st, n) => `### ${n + 1}. ${st}`),
    );
    // Each finding with its stance, the source's words (escaped for Markdown) and the reason, under its source.
    for (const line of [
      '**RFE/RL**, Jan 2015 (same period)\n\n- **Conflicts:** “The January 2 decree allows foreigners aged 18-30 to sign up for five-year service contracts with the Russian armed forces, Interior Ministry troops, or the state firefighting service.” — different date: 12 January 2015 vs 2 January 2015\n',
      '**The Moscow Times**, Feb 2015 (same period)\n\n- **Conflicts:** “The reported salary for a contract soldier in the Russian army is 30,000 rubles ($500) a month.” — 45,000 RUB a month vs 30,000 RUB a month\n',
      '- **Conflicts:** “Now "foreign servicemen can participate in operations during martial law, as well as in armed conflicts, in accordance with \\[the\\] generally accepted principles of international law, international agreements and Russian legislation," said the order, published on the Kremlin website.” — negated: \'not\' on the page, affirmed in the source\n',
      "- **Corroborates:** “The foreign nationals are eligible only if they speak Russian and have no criminal record.” — same claim in other words: 'speak', 'Russian'\n",
      "**Unnamed outlet**, 2025 (11 years later)\n\n- **Related:** “Russian President Vladimir Putin has signed a decree allowing foreign nationals to serve in the Russian military during periods of mobilization.” — same topic: 'allowing', 'signed', 'Russian', 'decree'\n",
    ])
      expect(text).toContain(line);
    expect(text.match(/^- \*\*(Corroborates|Conflicts|Related):\*\*/gm)).toHaveLength(19);
    await closeAll(panel, article);
  });

  describe('states', () => {
    it('analysing: says what it is doing while the page is still loading', async () => {
      // A page whose server holds the end of the document: the article cannot be read until it loads.
      const slow = await serveSlowPage(readFileSync(path.join(PAGES_DIR, 'd2-misreport-2015.html'), 'utf8'), 6000);
      await setComparisonFixture(ext, slow.url, misreportComparison);
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
      expect(await busy.locator('h2').textContent()).toMatch(
        /^(Reading the article…|Comparing the article with the corpus…)$/,
      );
      await panel.screenshot({ path: path.join(ARTIFACTS, 'panel-analysing.png') });
      // Then the result, once the page has loaded.
      await panel.locator('.comparison .summary').waitFor({ timeout: 30_000 });
      expect(await panel.locator('.statement .statement-text').allTextContents()).toEqual(MISREPORT_STATEMENTS);
      await closeAll(panel, article);
      await slow.close();
    });

    it('no article on this page', async () => {
      // Any page will do: the state is the panel's for a comparison that says "not an article".
      const { panel, article } = await openPanelFor(
        'unrelated-article.html?not-article',
        notArticleComparison,
        420,
        600,
      );
      await expectState(
        panel,
        'not-article',
        'This page doesn’t look like an article',
        'Crosscheck compares news articles: a headline and paragraphs of reporting. This page looks like something else, such as a home page, a list or a form.',
      );
      expect(await panel.locator('[data-state="not-article"]').textContent()).toContain(
        'Open an article and press Alt+Shift+K.',
      );
      await closeAll(panel, article);
    });

    it('language not supported yet', async () => {
      const { panel, article } = await openPanelFor('de-artikel-2015.html', unsupportedLanguageComparison, 420, 600);
      await expectState(
        panel,
        'unsupported-language',
        'Crosscheck doesn’t read German yet',
        'For now it compares articles in English only (this page is in German).',
      );
      await closeAll(panel, article);
    });

    it('no checkable statements', async () => {
      const { panel, article } = await openPanelFor('no-statements-qa.html', noStatementsComparison, 420, 600);
      await expectState(
        panel,
        'no-statements',
        'No statements to check',
        'Crosscheck read the article but found no sentence that states a checkable fact: a date, a number, a name, a rule. Questions, opinion pieces and very short pages often have none.',
      );
      await closeAll(panel, article);
    });

    it('nothing in the corpus about this page', async () => {
      const { panel, article } = await openPanelFor('unrelated-article.html', nothingMatchedComparison, 420, 600);
      await expectState(
        panel,
        'nothing-matched',
        'Nothing in the corpus about this page',
        'Crosscheck checked 4 statements, but none of the articles it knows reports the same facts.',
      );
      expect(await panel.locator('[data-state="nothing-matched"] button').allTextContents()).toEqual([
        'Manage sources',
        'Analyse again',
      ]);
      await closeAll(panel, article);
    });

    it('an error, with what to do', async () => {
      const panel = await ext.context.newPage();
      await panel.setViewportSize({ width: 420, height: 600 });
      await panel.goto(panelUrl(ext, 987654));
      const notice = panel.locator('[data-state="error"]');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.locator('h2').textContent()).toBe('Crosscheck couldn’t compare this page');
      expect(await notice.textContent()).toMatch(/tab is gone.*Try again/s);
      expect(await notice.getAttribute('role')).toBe('alert');
      await panel.screenshot({ path: path.join(ARTIFACTS, 'panel-error.png') });
      await closeAll(panel);
    });
  });

  it.each([
    [320, 'light'],
    [600, 'light'],
    [320, 'dark'],
    [600, 'dark'],
  ] as const)('fits a %d px panel in the %s scheme', async (width, scheme) => {
    const { panel, article } = await openPanelFor('d2-misreport-2015.html', misreportComparison, width, 900);
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
        const { panel, article } = await openPanelFor('d2-misreport-2015.html', misreportComparison);
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
      const { panel, article } = await openPanelFor('unrelated-article.html', nothingMatchedComparison, 420, 600);
      await panel.locator('[data-state="nothing-matched"]').waitFor({ timeout: 30_000 });
      expect(await runAxe(panel)).toEqual([]);
      await closeAll(panel, article);
    });

    it('the popup has no serious or critical violations', async () => {
      // The popup searches the corpus (no comparison, so no fixture): search is not the engine's judgement.
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
