import { JSDOM } from 'jsdom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ComparisonView } from '../../components/ComparisonView';
import { summarizeStatements } from '../../lib/summarize-comparison';
import type { Comparison } from '../../lib/types';
import { formatComparisonMarkdown } from '../../utils/view/format-comparison-markdown';
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
