import type { ComparisonSummary } from '../lib/types';
import { describeVoices } from '../utils/view/describe-in-corpus';

/**
 * The page's counts: statements checked, corroborated (by how many independent outlets), in
 * conflict (with how many); copies of one text count once ("2 articles, 1 independent outlet").
 */
export function SummaryStats({ summary }: { summary: ComparisonSummary }) {
  const {
    checked,
    corroborated,
    conflicting,
    corroboratingOutlets,
    conflictingOutlets,
    corroboratingArticles,
    conflictingArticles,
  } = summary;
  return (
    <ul class="summary" aria-label="Summary">
      <li class="summary-item">
        <strong class="summary-number">{checked}</strong>
        <span class="summary-label">{checked === 1 ? 'statement' : 'statements'} checked</span>
      </li>
      <li class={`summary-item${corroborated ? ' summary-corroborates' : ''}`}>
        <strong class="summary-number">{corroborated}</strong>
        <span class="summary-label">corroborated</span>
        {corroborated > 0 && (
          <span class="summary-detail">by {describeVoices(corroboratingOutlets.length, corroboratingArticles)}</span>
        )}
      </li>
      <li class={`summary-item${conflicting ? ' summary-conflicts' : ''}`}>
        <strong class="summary-number">{conflicting}</strong>
        <span class="summary-label">in conflict</span>
        {conflicting > 0 && (
          <span class="summary-detail">with {describeVoices(conflictingOutlets.length, conflictingArticles)}</span>
        )}
      </li>
    </ul>
  );
}
