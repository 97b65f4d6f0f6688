import { i18n } from '#i18n';
import type { Match } from '../lib/types';
import { getPanelPath } from '../utils/shared/panel-view';
import { CORPUS_LANG } from '../utils/view/article-lang';
import { formatDate } from '../utils/view/format-date';
import type { MatchFeedback } from '../utils/shared/storage';
import { MarkedText } from './MarkedText';
import { StanceChip } from './StanceChip';

interface Props {
  match: Match;
  /** The element id, so focus can come back to this match after an undo. */
  id: string;
  /** The tab the panel shows, so "in context" can come back to it. */
  tabId: number | undefined;
  /** The reader's "wrong stance" flag on this match, if they gave one. */
  flag: MatchFeedback | undefined;
  onFeedback(kind: MatchFeedback['kind']): void;
}

/**
 * One corpus statement bearing on a page statement (its outlet and date are said by the group
 * above it): stance, the statement with the parts that matched or differ marked, why, and the
 * reader's two verdicts.
 */
export function MatchCard({ match, id, tabId, flag, onFeedback }: Props) {
  const context = getPanelPath({ kind: 'source', sourceId: match.sourceId, index: match.sourceIndex, tabId });
  return (
    <li
      id={id}
      class={`match match-${match.stance}${flag ? ' is-flagged' : ''}`}
      data-stance={match.stance}
      data-source={match.sourceId}
    >
      <div class="match-head">
        <StanceChip stance={match.stance} />
        {flag && <span class="match-flag">{i18n.t('panel.match.flagged')}</span>}
      </div>
      <p class="match-text" lang={CORPUS_LANG}>
        <MarkedText text={match.text} spans={match.spans?.source ?? []} />
      </p>
      {match.readAt && (
        <p class="match-read">{i18n.t('stories.panel.readOn', { date: formatDate(match.readAt.slice(0, 10)) })}</p>
      )}
      {/* The engine writes why in the reader's language: interface text, no lang of its own. */}
      <p class="match-why">{match.why}</p>
      <div class="match-actions">
        <a class="match-context" href={`/${context}`}>
          {i18n.t('panel.match.readInContext')}
        </a>
        <span class="match-feedback">
          <button type="button" class="feedback-button feedback-not-match" onClick={() => onFeedback('not-a-match')}>
            {i18n.t('panel.match.notAMatch')}
          </button>
          <button
            type="button"
            class="feedback-button feedback-wrong-stance"
            aria-pressed={flag !== undefined}
            onClick={() => onFeedback('wrong-stance')}
          >
            {i18n.t('panel.match.wrongStance')}
          </button>
        </span>
      </div>
    </li>
  );
}

/** A stable, valid element id for a match of a statement. */
export function getMatchElementId(statementIndex: number, match: Pick<Match, 'sourceId' | 'sourceIndex'>): string {
  return `match-${statementIndex}-${match.sourceId.replace(/[^\w-]/g, '_')}-${match.sourceIndex}`;
}
