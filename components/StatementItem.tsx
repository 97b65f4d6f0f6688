import { useState } from 'preact/hooks';
import type { StatementResult } from '../lib/types';
import { MatchCard } from './MatchCard';

interface Props {
  statement: StatementResult;
  tabId: number | undefined;
}

/** A page statement with the corpus statements that corroborate or conflict with it; related ones fold away. */
export function StatementItem({ statement, tabId }: Props) {
  const [showRelated, setShowRelated] = useState(false);
  const findings = statement.matches.filter((m) => m.stance !== 'related');
  const related = statement.matches.filter((m) => m.stance === 'related');
  return (
    <li class="statement" data-index={statement.index}>
      <p class="statement-text">{statement.text}</p>
      {findings.length > 0 && (
        <ul class="matches">
          {findings.map((m) => (
            <MatchCard key={`${m.sourceId}:${m.sourceIndex}`} match={m} tabId={tabId} />
          ))}
        </ul>
      )}
      {related.length > 0 && (
        <button
          type="button"
          class="link-button related-toggle"
          aria-expanded={showRelated}
          onClick={() => setShowRelated(!showRelated)}
        >
          {showRelated ? 'Hide' : 'Show'} {related.length} related
        </button>
      )}
      {showRelated && related.length > 0 && (
        <ul class="matches matches-related">
          {related.map((m) => (
            <MatchCard key={`${m.sourceId}:${m.sourceIndex}`} match={m} tabId={tabId} />
          ))}
        </ul>
      )}
    </li>
  );
}
