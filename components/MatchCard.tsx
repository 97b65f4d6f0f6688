import type { Match, Timing } from '../lib/types';
import { formatDate } from '../utils/format-date';
import { getPanelPath } from '../utils/panel-view';
import { StanceChip } from './StanceChip';
import { MarkedText } from './MarkedText';

const TIMING: Record<Timing, string> = {
  earlier: 'earlier than this page',
  'same period': 'same period',
  later: 'later than this page',
  unknown: '',
};

interface Props {
  match: Match;
  /** The tab the panel shows, so "in context" can come back to it. */
  tabId: number | undefined;
}

/** One corpus statement that bears on a page statement: stance, outlet, date, text and why. */
export function MatchCard({ match, tabId }: Props) {
  const context = getPanelPath({ kind: 'source', sourceId: match.sourceId, index: match.sourceIndex, tabId });
  return (
    <li class={`match match-${match.stance}`} data-stance={match.stance} data-source={match.sourceId}>
      <div class="match-head">
        <StanceChip stance={match.stance} />
        <span class="outlet">{match.outlet}</span>
        <time class="date" dateTime={match.published} title={TIMING[match.timing] || undefined}>
          {formatDate(match.published)}
        </time>
      </div>
      <p class="match-text">
        <MarkedText text={match.text} spans={match.spans?.source ?? []} />
      </p>
      <p class="match-why">{match.why}</p>
      <a class="match-context" href={`/${context}`}>
        Read in context
      </a>
    </li>
  );
}
