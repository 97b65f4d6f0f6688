import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { StatementResult } from '../lib/types';
import { formatNumber } from '../utils/view/format-number';
import { groupMatchesBySource } from '../utils/view/group-matches-by-source';
import { SourceGroup, type FeedbackProps } from './SourceGroup';

/** What happened when the reader asked to see the statement in the page. */
export type ShowInPageResult = { status: 'busy' | 'shown' } | { status: 'failed'; message: string };

interface Props {
  statement: StatementResult;
  pagePublished: string | null;
  /** The language of the page's text (its statements). */
  pageLang: string;
  tabId: number | undefined;
  feedback: FeedbackProps;
  /** Set on the statement last shown in the page. */
  shown: ShowInPageResult | undefined;
  onShow(): void;
}

/**
 * A page statement (a button: it scrolls the page to the sentence and highlights it) with its
 * matches grouped by source; related ones fold away behind a toggle.
 */
export function StatementItem({ statement, pagePublished, pageLang, tabId, feedback, shown, onShow }: Props) {
  const [showRelated, setShowRelated] = useState(false);
  const findings = groupMatchesBySource(statement.matches.filter((m) => m.stance !== 'related'));
  const relatedMatches = statement.matches.filter((m) => m.stance === 'related');
  const related = groupMatchesBySource(relatedMatches);
  const relatedId = `related-${statement.index}`;
  const group = (g: (typeof findings)[number]) => (
    <SourceGroup
      key={g.sourceId}
      group={g}
      statementIndex={statement.index}
      statementText={statement.text}
      pagePublished={pagePublished}
      tabId={tabId}
      feedback={feedback}
    />
  );
  return (
    <li class={shown ? 'statement is-current' : 'statement'} data-index={statement.index}>
      <button
        type="button"
        class="statement-text"
        lang={pageLang}
        aria-describedby="show-in-page-hint"
        onClick={onShow}
      >
        {statement.text}
      </button>
      {shown && shown.status !== 'busy' && (
        <p class={`show-result show-${shown.status}`} role="status">
          {shown.status === 'failed' ? shown.message : i18n.t('panel.highlighted')}
        </p>
      )}
      {findings.length > 0 && <ul class="source-groups">{findings.map(group)}</ul>}
      {statement.matches.length === 0 && <p class="no-matches">{i18n.t('panel.statement.nothing')}</p>}
      {relatedMatches.length > 0 && (
        <button
          type="button"
          class="link-button related-toggle"
          aria-expanded={showRelated}
          aria-controls={relatedId}
          onClick={() => setShowRelated(!showRelated)}
        >
          {showRelated
            ? i18n.t('panel.statement.hideRelated', relatedMatches.length, [formatNumber(relatedMatches.length)])
            : i18n.t('panel.statement.showRelated', relatedMatches.length, [formatNumber(relatedMatches.length)])}
        </button>
      )}
      {relatedMatches.length > 0 && (
        <ul id={relatedId} class="source-groups source-groups-related" hidden={!showRelated}>
          {showRelated && related.map(group)}
        </ul>
      )}
    </li>
  );
}
