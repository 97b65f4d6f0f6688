import { useState } from 'preact/hooks';
import { STATEMENT_FILTERS, type StatementFilter } from '../../utils/view/filter-statements';
import { statementFilterItem } from '../../utils/shared/storage';
import { useStorageItem } from './use-storage-item';

/**
 * The panel's statement filter, remembered between openings (statementFilterItem, local
 * storage). `filter` is undefined until the stored choice has been read, so the list does not
 * flash up unfiltered first; a choice shows at once and is then stored.
 */
export function useStatementFilter(): {
  filter: StatementFilter | undefined;
  setFilter(filter: StatementFilter): void;
} {
  const stored = useStorageItem(statementFilterItem);
  const [chosen, setChosen] = useState<StatementFilter | null>(null);
  const filter = chosen ?? (stored.value === undefined ? undefined : toStatementFilter(stored.value));
  return {
    filter,
    setFilter(next) {
      setChosen(next);
      stored.set(next).catch((err: unknown) => console.warn('Crosscheck: the filter was not saved', err));
    },
  };
}

/** A stored value as a filter this version has; anything else (a later version's, a damaged one) is "all". */
function toStatementFilter(value: string): StatementFilter {
  return STATEMENT_FILTERS.find((f) => f === value) ?? 'all';
}
