import { useState } from 'preact/hooks';
import type { Comparison, StatementResult } from '../lib/types';
import { formatDate } from '../utils/format-date';
import { Notice } from './Notice';
import { StatementItem } from './StatementItem';

interface Props {
  comparison: Comparison;
  tabId: number | undefined;
}

/** A page's comparison: its title, a summary, and its statements in page order with their matches. */
export function ComparisonView({ comparison, tabId }: Props) {
  const [showAll, setShowAll] = useState(false);
  const { page, statements } = comparison;
  const withFindings = statements.filter(hasFinding);
  const withAnyMatch = statements.filter((s) => s.matches.length > 0);
  const shown = showAll ? statements : withFindings.length > 0 ? withFindings : withAnyMatch;
  const { summary } = comparison;
  const outlets = (n: number) => `${n} ${n === 1 ? 'outlet' : 'outlets'}`;

  return (
    <article class="comparison">
      <header class="page-head">
        <h1 class="page-title">{page.title || page.url}</h1>
        <p class="page-meta">
          {[hostOf(page.url), formatDate(page.published)].filter(Boolean).join(' · ')}
        </p>
      </header>
      <EmptyState comparison={comparison} matched={withAnyMatch.length} />
      {statements.length > 0 && withAnyMatch.length > 0 && (
        <>
          <p class="summary">
            <span>{summary.checked} statements checked</span>
            <span class={summary.corroborated ? 'summary-corroborates' : undefined}>
              {summary.corroborated} corroborated{summary.corroborated ? ` by ${outlets(summary.corroboratingOutlets.length)}` : ''}
            </span>
            <span class={summary.conflicting ? 'summary-conflicts' : undefined}>
              {summary.conflicting} in conflict{summary.conflicting ? ` with ${outlets(summary.conflictingOutlets.length)}` : ''}
            </span>
          </p>
          <ol class="statements">
            {shown.map((s) => (
              <StatementItem key={s.index} statement={s} tabId={tabId} />
            ))}
          </ol>
          {shown.length < statements.length && (
            <button type="button" class="link-button show-all" onClick={() => setShowAll(true)}>
              Show all {statements.length} statements
            </button>
          )}
        </>
      )}
    </article>
  );
}

function EmptyState({ comparison, matched }: { comparison: Comparison; matched: number }) {
  switch (comparison.empty) {
    case 'not-article':
      return (
        <Notice title="This page doesn’t look like an article">
          <p>Crosscheck compares news articles. Open an article page and compare again.</p>
        </Notice>
      );
    case 'unsupported-language':
      return (
        <Notice title="This article isn’t in a language Crosscheck reads">
          <p>Crosscheck compares English text only{comparison.page.lang ? ` (this page is “${comparison.page.lang}”)` : ''}.</p>
        </Notice>
      );
    case 'no-statements':
      return (
        <Notice title="No checkable statements">
          <p>The article has no sentences with facts Crosscheck can compare (dates, numbers, names, rules).</p>
        </Notice>
      );
  }
  if (comparison.statements.length === 0) {
    return (
      <Notice title="No checkable statements">
        <p>The article has no sentences with facts Crosscheck can compare (dates, numbers, names, rules).</p>
      </Notice>
    );
  }
  if (matched === 0) {
    return (
      <Notice title="Nothing in the corpus matched">
        <p>
          None of the page’s {comparison.statements.length} statements is about the same facts as the articles
          Crosscheck knows. Search them from the toolbar button.
        </p>
      </Notice>
    );
  }
  return null;
}

function hasFinding(s: StatementResult): boolean {
  return s.matches.some((m) => m.stance !== 'related');
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
