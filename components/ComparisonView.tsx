import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { Comparison, Match, StatementResult } from '../lib/types';
import { applyFeedback, createFeedback, findFeedback } from '../utils/view/apply-feedback';
import { getPageKey } from '../utils/shared/get-page-key';
import { getPageLang } from '../utils/view/article-lang';
import { describeCapped } from '../utils/view/describe-capped';
import { describeInCorpus } from '../utils/view/describe-in-corpus';
import { countStatements, filterStatements, type StatementFilter } from '../utils/view/filter-statements';
import { formatDate } from '../utils/view/format-date';
import { getSourceTimeline } from '../utils/view/get-source-timeline';
import type { MatchFeedback } from '../utils/shared/storage';
import { EmptyState } from './EmptyState';
import { ExportButtons } from './ExportButtons';
import { getMatchElementId } from './MatchCard';
import { SourceTimeline } from './SourceTimeline';
import { StatementFilterBar } from './StatementFilterBar';
import { StatementItem, type ShowInPageResult } from './StatementItem';
import { SummaryStats } from './SummaryStats';
import { UndoBar } from './UndoBar';
import { useFeedback } from './hooks/use-feedback';
import { useStatementFilter } from './hooks/use-statement-filter';
import { useService } from './hooks/use-service';

interface Props {
  comparison: Comparison;
  tabId: number | undefined;
  onReanalyse(): void;
}

/** What the list says when a filter lists nothing. */
function describeNoMatch(filter: StatementFilter): string {
  switch (filter) {
    case 'all':
      return i18n.t('panel.noMatchFor.all');
    case 'conflicts':
      return i18n.t('panel.noMatchFor.conflicts');
    case 'corroborated':
      return i18n.t('panel.noMatchFor.corroborated');
    case 'unmatched':
      return i18n.t('panel.noMatchFor.unmatched');
  }
}

/**
 * A page's comparison: title and export, the summary and the sources' time line, filters, then
 * the statements in page order with their matches grouped by source. The reader's feedback hides
 * or flags matches; a statement clicked is shown in the page.
 */
export function ComparisonView({ comparison: engineResult, tabId, onReanalyse }: Props) {
  const feedback = useFeedback();
  const service = useService();
  // Remembered between openings: a reader who checks conflicts first finds that filter chosen.
  const { filter, setFilter } = useStatementFilter();
  const [shown, setShown] = useState<{ index: number; result: ShowInPageResult } | null>(null);
  const [last, setLast] = useState<{ entry: MatchFeedback; outlet: string } | null>(null);
  const [refocus, setRefocus] = useState<string | null>(null);
  const pageUrl = getPageKey(engineResult.page.url);

  // After an undo brings a hidden match back, focus returns to it.
  useEffect(() => {
    if (!refocus) return;
    document.getElementById(refocus)?.querySelector<HTMLButtonElement>('.feedback-not-match')?.focus();
    setRefocus(null);
  }, [refocus, feedback.entries]);

  if (!feedback.loaded || filter === undefined) return null;
  const { comparison } = applyFeedback(engineResult, feedback.entries);
  const { page, statements, summary } = comparison;
  const matched = statements.filter((s) => s.matches.length > 0).length;
  const hasResults = !comparison.empty && statements.length > 0 && matched > 0;
  const timeline = hasResults ? getSourceTimeline(comparison) : null;
  const listed = filterStatements(statements, filter);
  const pageLang = getPageLang(page);

  function give(statementText: string, match: Match, kind: MatchFeedback['kind']) {
    const flag =
      kind === 'wrong-stance' ? findFeedback(feedback.entries, kind, pageUrl, statementText, match) : undefined;
    if (flag) {
      // Pressed again: the flag comes off.
      void feedback.remove(flag);
      setLast(null);
      return;
    }
    const entry = createFeedback(pageUrl, statementText, match, kind);
    void feedback.add(entry);
    setLast({ entry, outlet: match.outlet });
  }

  function undo() {
    if (!last) return;
    void feedback.remove(last.entry);
    const statement =
      statements.find((s) => s.text === last.entry.statementText) ??
      engineResult.statements.find((s) => s.text === last.entry.statementText);
    if (statement) setRefocus(getMatchElementId(statement.index, last.entry));
    setLast(null);
  }

  async function showInPage(statement: StatementResult) {
    if (tabId === undefined) return;
    setShown({ index: statement.index, result: { status: 'busy' } });
    let result: ShowInPageResult;
    try {
      const found = await service.showInPage(tabId, statement.text);
      result = found ? { status: 'shown' } : { status: 'failed', message: i18n.t('panel.notOnPage') };
    } catch {
      result = { status: 'failed', message: i18n.t('panel.pageUnreachable') };
    }
    setShown((current) => (current?.index === statement.index ? { index: statement.index, result } : current));
  }

  return (
    <article class="comparison">
      <header class="page-head">
        <h1 class="page-title" lang={pageLang}>
          {page.title || page.url}
        </h1>
        <p class="page-meta">{[hostOf(page.url), formatDate(page.published)].filter(Boolean).join(' · ')}</p>
        {hasResults && (
          <div class="page-actions">
            <ExportButtons comparison={engineResult} feedback={feedback.entries} />
            <button type="button" class="tool-button reanalyse" onClick={onReanalyse}>
              {i18n.t('panel.analyseAgain')}
            </button>
          </div>
        )}
      </header>
      {comparison.inCorpus && (
        <p class="capped-notice in-corpus-notice" data-state="in-corpus">
          {describeInCorpus(comparison.inCorpus)}
        </p>
      )}
      {comparison.capped && (
        <p class="capped-notice" data-state="capped">
          <strong>{i18n.t('panel.capped.title')}</strong> {describeCapped(comparison.capped)}
        </p>
      )}
      <EmptyState comparison={comparison} matched={matched} onReanalyse={onReanalyse} />
      {hasResults && (
        <>
          <SummaryStats summary={summary} story={comparison.story} />
          {timeline && <SourceTimeline timeline={timeline} />}
          <StatementFilterBar value={filter} counts={countStatements(statements)} onChange={setFilter} />
          <p id="show-in-page-hint" class="hint">
            {i18n.t('panel.showInPageHint')}
          </p>
          {listed.length > 0 ? (
            <ol class="statements">
              {listed.map((s) => (
                <StatementItem
                  key={s.index}
                  statement={s}
                  pagePublished={page.published}
                  pageLang={pageLang}
                  tabId={tabId}
                  feedback={{ pageUrl, entries: feedback.entries, give }}
                  shown={shown?.index === s.index ? shown.result : undefined}
                  onShow={() => void showInPage(s)}
                />
              ))}
            </ol>
          ) : (
            <p class="no-matches">{describeNoMatch(filter)}</p>
          )}
        </>
      )}
      <div class="undo-region" role="status">
        {last && (
          <UndoBar
            feedback={last.entry}
            outlet={last.outlet}
            takeFocus={last.entry.kind === 'not-a-match'}
            onUndo={undo}
            onDismiss={() => setLast(null)}
          />
        )}
      </div>
    </article>
  );
}

function hostOf(url: string): string {
  try {
    const { protocol, host } = new URL(url);
    // The one page of the extension that can be compared is the demo article; its host is the extension's id.
    return protocol === 'chrome-extension:' || protocol === 'moz-extension:' ? i18n.t('panel.demoHost') : host;
  } catch {
    return '';
  }
}
