import type { ComparisonSummary } from '../lib/types';

const outlets = (n: number) => `${n} independent ${n === 1 ? 'outlet' : 'outlets'}`;

/** The page's counts: statements checked, corroborated (by how many outlets), in conflict (with how many). */
export function SummaryStats({ summary }: { summary: ComparisonSummary }) {
  const { checked, corroborated, conflicting, corroboratingOutlets, conflictingOutlets } = summary;
  return (
    <ul class="summary" aria-label="Summary">
      <li class="summary-item">
        <strong class="summary-number">{checked}</strong>
        <span class="summary-label">{checked === 1 ? 'statement' : 'statements'} checked</span>
      </li>
      <li class={`summary-item${corroborated ? ' summary-corroborates' : ''}`}>
        <strong class="summary-number">{corroborated}</strong>
        <span class="summary-label">corroborated</span>
        {corroborated > 0 && <span class="summary-detail">by {outlets(corroboratingOutlets.length)}</span>}
      </li>
      <li class={`summary-item${conflicting ? ' summary-conflicts' : ''}`}>
        <strong class="summary-number">{conflicting}</strong>
        <span class="summary-label">in conflict</span>
        {conflicting > 0 && <span class="summary-detail">with {outlets(conflictingOutlets.length)}</span>}
      </li>
    </ul>
  );
}
