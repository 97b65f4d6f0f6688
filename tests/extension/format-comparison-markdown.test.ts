import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../lib/types';
import { createFeedback } from '../../utils/view/apply-feedback';
import { escapeMarkdown, formatComparisonMarkdown } from '../../utils/view/format-comparison-markdown';
import type { MatchFeedback } from '../../utils/shared/storage';
import { match, sampleComparison } from './fixtures/sample-comparison';

const exportedAt = new Date('2026-11-21T10:00:00Z');
const md = (comparison: Comparison, feedback: readonly MatchFeedback[] = []) =>
  formatComparisonMarkdown(comparison, { exportedAt, feedback });

describe('formatComparisonMarkdown', () => {
  const text = md(sampleComparison);

  it.each([
    ['the title', '# Crosscheck: Army opens to foreigners'],
    [
      'the page and its date',
      '- Page: <https://news.example/army#top>\n- Published: 9 Jan 2015\n- Exported: 2026-11-21',
    ],
    [
      'the summary',
      '**4 statements checked** · 2 corroborated by 1 outlet (Outlet A) · 1 in conflict with 2 outlets (Outlet A, Outlet B)',
    ],
    ['the sources table header', '| Source | Published | When | Agrees | Conflicts | Related only |'],
    ['a source of the same period', '| Outlet A | Jan 2015 | same period | 2 | 1 | 0 |'],
    ['a source years later', '| Outlet C | 4 Jan 2024 | 9 years later | 0 | 0 | 2 |'],
    ['statements numbered in page order', '### 1. A decree signed on January 12 allows foreigners to join the army.'],
    [
      'a source said once, with its date and timing',
      '**Outlet A**, Jan 2015 (same period)\n\n- **Conflicts:** “Statement 1 of Outlet A.” — different date: 12 January 2015 vs 2 January 2015\n- **Corroborates:** “Statement 0 of Outlet A.”',
    ],
    ['a statement with nothing', '### 4. The weather was fine.\n\n_Nothing in the corpus about this statement._'],
  ])('has %s', (_, expected) => expect(text).toContain(expected));

  it('lists the sources oldest first', () => {
    expect(text.indexOf('| Outlet A')).toBeLessThan(text.indexOf('| Outlet B'));
    expect(text.indexOf('| Outlet B')).toBeLessThan(text.indexOf('| Outlet C'));
  });

  it('leaves out matches marked "not a match" and flags "wrong stance"', () => {
    const [decree] = sampleComparison.statements;
    const feedback = [
      createFeedback(sampleComparison.page.url, decree!.text, decree!.matches[1]!, 'not-a-match', 1),
      createFeedback(sampleComparison.page.url, decree!.text, decree!.matches[0]!, 'wrong-stance', 2),
    ];
    const out = md(sampleComparison, feedback);
    expect(out).not.toContain('Statement 2 of Outlet B');
    expect(out).not.toContain('| Outlet B');
    expect(out).toContain('- **Conflicts:** _(reader: wrong stance)_ “Statement 1 of Outlet A.”');
    expect(out).toContain('_1 match marked “not a match” by the reader is left out._');
  });

  it.each<[NonNullable<Comparison['empty']>, string]>([
    ['not-article', 'does not look like an article'],
    ['unsupported-language', 'not in a language Crosscheck reads yet'],
    ['no-statements', 'no checkable statements'],
    ['too-large', 'too large for Crosscheck to read'],
    ['unreadable-text', 'text is garbled'],
    ['pdf', 'shows a PDF file'],
  ])('says why there is nothing for %s', (empty, says) => {
    const out = md({
      ...sampleComparison,
      statements: [],
      empty,
      summary: { checked: 0, corroborated: 0, conflicting: 0, corroboratingOutlets: [], conflictingOutlets: [] },
    });
    expect(out).toContain(says);
    expect(out).not.toContain('## Statements');
  });

  it('escapes page and corpus text so it stays text', () => {
    const hostile: Comparison = {
      ...sampleComparison,
      page: { ...sampleComparison.page, title: 'A *bold* [link](http://x) <img src=x>' },
      statements: [
        {
          index: 0,
          text: 'Rates rose | fell by 5_000 `units`.',
          matches: [
            match({
              sourceId: 'src-a',
              sourceIndex: 0,
              stance: 'corroborates',
              outlet: 'Out|let',
              text: 'Line one\nline two <b>x</b>',
            }),
          ],
          outlets: { corroborating: ['Out|let'], conflicting: [] },
        },
      ],
    };
    const out = md(hostile);
    expect(out).toContain('# Crosscheck: A \\*bold\\* \\[link\\](http://x) \\<img src=x\\>');
    expect(out).toContain('### 1. Rates rose \\| fell by 5\\_000 \\`units\\`.');
    expect(out).toContain('| Out\\|let | Jan 2015 |');
    expect(out).toContain('“Line one line two \\<b\\>x\\</b\\>”');
  });

  it.each([
    ['plain', 'plain'],
    ['  two\n lines  ', 'two lines'],
    ['a*b_c`d', 'a\\*b\\_c\\`d'],
    ['[x](y)', '\\[x\\](y)'],
    ['<script>', '\\<script\\>'],
    ['a|b', 'a\\|b'],
    ['back\\slash', 'back\\\\slash'],
    ['~~gone~~', '\\~\\~gone\\~\\~'],
  ])('escapeMarkdown(%j) = %j', (input, output) => expect(escapeMarkdown(input)).toBe(output));
});
