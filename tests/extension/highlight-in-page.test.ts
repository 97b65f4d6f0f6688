import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { highlightInPage } from '../../utils/page/highlight-in-page';

/** A stand-in for the CSS Custom Highlight API, which jsdom lacks. */
class FakeHighlight {
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

function loadPage(body: string, withHighlightApi = true) {
  const dom = new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  const { window } = dom;
  const highlights = new Map<string, FakeHighlight>();
  const scrolled: Element[] = [];
  window.Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  vi.stubGlobal('document', window.document);
  vi.stubGlobal('NodeFilter', window.NodeFilter);
  vi.stubGlobal('Node', window.Node);
  vi.stubGlobal('CSS', withHighlightApi ? { highlights } : {});
  vi.stubGlobal('Highlight', withHighlightApi ? FakeHighlight : undefined);
  const highlighted = () => highlights.get('crosscheck-statement')?.ranges[0]?.toString().replace(/\s+/g, ' ');
  return { document: window.document, highlighted, scrolled };
}

describe('highlightInPage (runs in the page)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    [
      'one text node',
      '<p>Before. Applicants must speak Russian. After.</p>',
      'Applicants must speak Russian.',
      'Applicants must speak Russian.',
    ],
    [
      'spread over several nodes',
      '<p>A decree signed on <a href="#">January 12</a> allows <em>foreigners</em> to join.</p>',
      'A decree signed on January 12 allows foreigners to join.',
      'A decree signed on January 12 allows foreigners to join.',
    ],
    [
      'different whitespace',
      '<p>The monthly\n   salary&nbsp;is   45,000 rubles.</p>',
      'The monthly salary is 45,000 rubles.',
      'The monthly salary is 45,000 rubles.',
    ],
    [
      'typographic quotes and dashes',
      '<p>It’s “final” — he said.</p>',
      'It\'s "final" - he said.',
      'It’s “final” — he said.',
    ],
    [
      'other case',
      '<p>APPLICANTS MUST SPEAK RUSSIAN.</p>',
      'Applicants must speak Russian.',
      'APPLICANTS MUST SPEAK RUSSIAN.',
    ],
    [
      'a script with the same text is skipped',
      '<script>var s = "Applicants must speak Russian.";</script><p>Applicants must speak Russian.</p>',
      'Applicants must speak Russian.',
      'Applicants must speak Russian.',
    ],
  ])('finds a statement in %s', (_, body, statement, expected) => {
    const page = loadPage(body);
    expect(highlightInPage(statement)).toBe(true);
    expect(page.highlighted()).toBe(expected);
    expect(page.scrolled).toHaveLength(1);
    expect(page.scrolled[0]!.tagName).not.toBe('SCRIPT');
  });

  it('finds a long statement by its start and end when the middle differs a little', () => {
    const start = 'The Russian Defense Ministry last month announced that foreigners could enlist';
    const end = 'provided they speak good Russian and have clean criminal records.';
    const page = loadPage(
      `<p>${start} in the military — a move aimed at citizens of former Soviet republics — ${end}</p>`,
    );
    expect(
      highlightInPage(`${start} in the military, a move aimed at citizens of former Soviet republics, ${end}`),
    ).toBe(true);
    expect(page.highlighted()).toMatch(/^The Russian Defense.*criminal records\.$/);
  });

  it.each([
    ['not on the page', '<p>Something else entirely.</p>', 'Applicants must speak Russian.'],
    ['empty statement', '<p>Applicants must speak Russian.</p>', '   '],
    ['empty page', '', 'Applicants must speak Russian.'],
  ])('returns false when %s, changing nothing', (_, body, statement) => {
    const page = loadPage(body);
    expect(highlightInPage(statement)).toBe(false);
    expect(page.highlighted()).toBeUndefined();
    expect(page.scrolled).toHaveLength(0);
    expect(page.document.getElementById('crosscheck-highlight-style')).toBeNull();
  });

  it('adds one style element however often it runs, and wraps nothing', () => {
    const page = loadPage('<p>Applicants must speak Russian.</p><p>The salary is 45,000 rubles.</p>');
    const before = page.document.body.innerHTML;
    highlightInPage('Applicants must speak Russian.');
    highlightInPage('The salary is 45,000 rubles.');
    expect(page.document.querySelectorAll('#crosscheck-highlight-style')).toHaveLength(1);
    expect(page.document.getElementById('crosscheck-highlight-style')!.textContent).toContain(
      '::highlight(crosscheck-statement)',
    );
    expect(page.document.body.innerHTML).toBe(before);
    expect(page.highlighted()).toBe('The salary is 45,000 rubles.');
  });

  it('only scrolls where the Highlight API is missing', () => {
    const page = loadPage('<p>Applicants must speak Russian.</p>', false);
    expect(highlightInPage('Applicants must speak Russian.')).toBe(true);
    expect(page.scrolled).toHaveLength(1);
    expect(page.document.getElementById('crosscheck-highlight-style')).toBeNull();
  });

  it('uses nothing from outside itself (executeScript sends only its source)', () => {
    // eslint-style check: the function's source must not reference module-level names.
    const source = highlightInPage.toString();
    expect(source).not.toMatch(/\bimport\b|require\(|__vite|_\$/);
    // Re-created from its text alone, it still works.
    const rebuilt = new Function(`return (${source})`)() as typeof highlightInPage;
    const page = loadPage('<p>Applicants must speak Russian.</p>');
    expect(rebuilt('Applicants must speak Russian.')).toBe(true);
    expect(page.highlighted()).toBe('Applicants must speak Russian.');
  });
});
