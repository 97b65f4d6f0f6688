import { i18n } from '#i18n';
import type { Match } from '../lib/types';
import { findFeedback } from '../utils/view/apply-feedback';
import { formatDate } from '../utils/view/format-date';
import { describeGap } from '../utils/view/get-source-timeline';
import type { SourceMatches } from '../utils/view/group-matches-by-source';
import type { MatchFeedback } from '../utils/shared/storage';
import { getMatchElementId, MatchCard } from './MatchCard';
import { OutletName } from './OutletName';

/** What a match needs to know about the reader's feedback, and how to give it. */
export interface FeedbackProps {
  pageUrl: string;
  entries: readonly MatchFeedback[];
  give(statementText: string, match: Match, kind: MatchFeedback['kind']): void;
}

interface Props {
  group: SourceMatches;
  statementIndex: number;
  statementText: string;
  pagePublished: string | null;
  tabId: number | undefined;
  feedback: FeedbackProps;
}

/** One source's matches under a page statement: outlet, date and distance in time once, then its statements. */
export function SourceGroup({ group, statementIndex, statementText, pagePublished, tabId, feedback }: Props) {
  const gap = describeGap(pagePublished, group.published, group.timing);
  const apart = group.timing === 'earlier' || group.timing === 'later';
  return (
    <li class="source-group" data-source={group.sourceId}>
      <p class="source-head">
        <OutletName outlet={group.outlet} />{' '}
        <time class="date" dateTime={group.published}>
          {formatDate(group.published) || i18n.t('panel.dateUnknown')}
        </time>
        {gap && <span class={apart ? 'gap is-apart' : 'gap'}>{gap}</span>}
      </p>
      <ul class="matches">
        {group.matches.map((match) => (
          <MatchCard
            key={`${match.sourceId}:${match.sourceIndex}`}
            id={getMatchElementId(statementIndex, match)}
            match={match}
            tabId={tabId}
            flag={findFeedback(feedback.entries, 'wrong-stance', feedback.pageUrl, statementText, match)}
            onFeedback={(kind) => feedback.give(statementText, match, kind)}
          />
        ))}
      </ul>
    </li>
  );
}
