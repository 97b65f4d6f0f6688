import { i18n } from '#i18n';
import { getStatementFilterLabel, STATEMENT_FILTERS, type StatementFilter } from '../utils/view/filter-statements';
import { formatNumber } from '../utils/view/format-number';

interface Props {
  value: StatementFilter;
  counts: Record<StatementFilter, number>;
  onChange(filter: StatementFilter): void;
}

/** All / Conflicts / Corroborated / Unmatched: toggle buttons (aria-pressed), one pressed at a time. */
export function StatementFilterBar({ value, counts, onChange }: Props) {
  function onKeyDown(event: KeyboardEvent) {
    // Arrow keys move along the bar too, as in a toolbar.
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const buttons = Array.from((event.currentTarget as HTMLElement).querySelectorAll('button'));
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    event.preventDefault();
  }
  return (
    <div class="filters" role="group" aria-label={i18n.t('panel.filter.label')} onKeyDown={onKeyDown}>
      {STATEMENT_FILTERS.map((filter) => (
        <button
          key={filter}
          type="button"
          class="filter"
          data-filter={filter}
          aria-pressed={value === filter}
          onClick={() => onChange(filter)}
        >
          {getStatementFilterLabel(filter)} <span class="filter-count">{formatNumber(counts[filter])}</span>
        </button>
      ))}
    </div>
  );
}
