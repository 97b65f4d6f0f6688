import { JSDOM } from 'jsdom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ComparisonView } from '../../components/ComparisonView';
import { summarizeStatements } from '../../lib/summarize-comparison';
import type { Comparison } from '../../lib/types';
import { formatComparisonMarkdown } from '../../utils/view/format-comparison-markdown';
import { useLocale } from './fixtures/fake-i18n';
import { match, sampleComparison } from './fixtures/sample-comparison';

/** The sample page, found to be a corpus source, and corroborated by an AP story on two sites. */
const statements = sampleComparison.statements.map((s, i) =>
  i === 1
    ? {
        ...s,
        matches: [
          match({ sourceId: 'ap-on-abc', outlet: 'ABC News', sourceIndex: 0, stance: 'corroborates' }),
          match({
            sourceId: 'ap-on-yahoo',
            outlet: 'Yahoo News',
            sourceIndex: 0,
            stance: 'corroborates',
            voice: 'ap-on-abc',
          }),
        ],
      }
    : { ...s, matches: s.matches.filter((m) => m.stance !== 'corroborates') },
);
const inCorpus: Comparison = {
  ...sampleComparison,
  statements,
  summary: summarizeStatements(statements),
  inCorpus: { sourceId: '000_e9bd3c91f179027c', outlet: 'RFE/RL', published: '2015-01-06', share: 1 },
};

describe('the panel on a page that is in the corpus, corroborated by copies of one story', () => {
  let root: HTMLElement;
  const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;

  beforeEach(async () => {
    fakeBrowser.reset();
    const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
    vi.stubGlobal('document', document);
    root = document.body.appendChild(document.createElement('div'));
    await act(() => render(h(ComparisonView, { comparison: inCorpus, tabId: 1, onReanalyse: () => {} }), root));
    // Lets the stored feedback be read and the view render.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  });

  afterEach(() => {
    render(null, root);
    vi.unstubAllGlobals();
  });

  it('says at the top, in words, that the article is in the corpus', () => {
    expect(text('[data-state="in-corpus"]')).toBe(
      'This article is in the corpus: RFE/RL, 6 Jan 2015. Crosscheck does not compare it with itself.',
    );
    expect(root.querySelector('.page-head')?.nextElementSibling?.getAttribute('data-state')).toBe('in-corpus');
  });

  it('counts two copies of one story as one independent outlet', () => {
    expect(inCorpus.summary.corroboratingOutlets).toEqual(['ABC News / Yahoo News']);
    expect(text('.summary-corroborates .summary-detail')).toBe('by 2 articles, 1 independent outlet');
    expect(text('.summary-conflicts .summary-detail')).toBe('with 2 independent outlets');
  });

  it('the Markdown export says both', () => {
    const md = formatComparisonMarkdown(inCorpus, { exportedAt: new Date('2025-01-01') });
    expect(md).toContain(
      '_This article is in the corpus: RFE/RL, 6 Jan 2015. Crosscheck does not compare it with itself._',
    );
    expect(md).toContain('1 corroborated by 2 articles, 1 outlet (ABC News / Yahoo News)');
  });

  it('a page that is not in the corpus says nothing of it', async () => {
    await act(() => render(h(ComparisonView, { comparison: sampleComparison, tabId: 1, onReanalyse: () => {} }), root));
    expect(root.querySelector('[data-state="in-corpus"]')).toBeNull();
    expect(formatComparisonMarkdown(sampleComparison)).not.toContain('This article is in the corpus');
  });
});

describe('the panel in German (messages de, locale de-DE)', () => {
  let root: HTMLElement;
  const text = (selector: string) => root.querySelector(selector)?.textContent ?? null;
  const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent);

  beforeEach(async () => {
    fakeBrowser.reset();
    await useLocale('de', 'de-DE');
    const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
    vi.stubGlobal('document', document);
    root = document.body.appendChild(document.createElement('div'));
    await act(() => render(h(ComparisonView, { comparison: inCorpus, tabId: 1, onReanalyse: () => {} }), root));
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  });

  afterEach(async () => {
    render(null, root);
    vi.unstubAllGlobals();
    await useLocale('en', 'en-GB');
  });

  it('says what it found in German, with German plurals and dates', () => {
    expect(text('[data-state="in-corpus"]')).toBe(
      'Dieser Artikel ist selbst im Korpus: RFE/RL, 6. Jan. 2015. Crosscheck vergleicht ihn nicht mit sich selbst.',
    );
    expect(texts('.summary .summary-label')).toEqual(['Aussagen geprüft', 'bestätigt', 'im Widerspruch']);
    expect(text('.summary-corroborates .summary-detail')).toBe('von 2 Artikeln aus 1 unabhängigen Medium');
    expect(text('.summary-conflicts .summary-detail')).toBe('zu 2 unabhängigen Medien');
    expect(texts('.filter')).toEqual(['Alle 4', 'Widersprüche 1', 'Bestätigt 1', 'Ohne Befund 2']);
    expect(text('#timeline-title')).toMatch(/^Quellen im Zeitverlauf/);
    expect(text('#timeline-title .section-note')).toBe('diese Seite: 9. Jan. 2015');
  });

  it('counts each source’s statements in the singular and the plural', () => {
    const row = (outlet: string) =>
      [...root.querySelectorAll('.timeline-row')].find(
        (r) => r.querySelector('.timeline-outlet')?.textContent === outlet,
      );
    const counts = (outlet: string) => [...row(outlet)!.querySelectorAll('.count')].map((c) => c.textContent);
    expect(counts('Outlet A')).toEqual(['1 widerspricht']);
    expect(counts('Outlet B')).toEqual(['1 widerspricht']);
    expect(counts('ABC News')).toEqual(['1 stimmt zu']);
    expect(counts('Outlet C')).toEqual(['2 zum Thema']);
    expect(row('Outlet C')!.querySelector('.timeline-date')?.textContent).toBe('4. Jan. 2024 · 9 Jahre später');
  });

  it('names the stances and the reader’s choices in German', () => {
    expect(new Set(texts('.chip'))).toEqual(new Set(['Widerspricht', 'Bestätigt']));
    expect(texts('.match-feedback button').slice(0, 2)).toEqual(['Kein Treffer', 'Falsche Einordnung']);
    expect(text('.related-toggle')).toBe('1 Treffer zum Thema zeigen');
  });

  it('marks the article’s and the corpus’s words as English for screen readers', () => {
    expect(root.querySelector('.page-title')?.getAttribute('lang')).toBe('en');
    const statements = [...root.querySelectorAll('.statement-text')];
    expect(statements.map((el) => el.getAttribute('lang'))).toEqual(['en', 'en', 'en', 'en']);
    expect(new Set([...root.querySelectorAll('.match-text')].map((el) => el.getAttribute('lang')))).toEqual(
      new Set(['en']),
    );
    // The reason is the engine's, written in the reader's language: no lang of its own.
    expect(root.querySelector('.match-why')?.hasAttribute('lang')).toBe(false);
  });

  it('exports Markdown in German', () => {
    const md = formatComparisonMarkdown(inCorpus, { exportedAt: new Date('2025-01-01') });
    expect(md).toContain('- Veröffentlicht: 9. Jan. 2015\n- Exportiert: 2025-01-01');
    expect(md).toContain(
      '**4 Aussagen geprüft** · 1 bestätigt von 2 Artikeln aus 1 Medium (ABC News / Yahoo News) · 1 im Widerspruch zu 2 Medien (Outlet A, Outlet B)',
    );
    expect(md).toContain('| Quelle | Veröffentlicht | Abstand | Stimmt zu | Widerspricht | Nur zum Thema |');
    expect(md).toContain('| Outlet C | 4. Jan. 2024 | 9 Jahre später | 0 | 0 | 2 |');
    expect(md).toContain('- **Widerspricht:** „Statement 1 of Outlet A.“');
    expect(md).toContain('_Nichts im Korpus zu dieser Aussage._');
  });
});
