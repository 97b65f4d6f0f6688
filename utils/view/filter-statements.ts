import { i18n } from '#i18n';
import type { StatementResult } from '../../lib/types';

/** Which statements the panel lists. */
export type StatementFilter = 'all' | 'conflicts' | 'corroborated' | 'unmatched';

/** The filters, in the order the panel's bar shows them. */
export const STATEMENT_FILTERS: readonly StatementFilter[] = ['all', 'conflicts', 'corroborated', 'unmatched'];

/** A filter's name on its button, in the reader's language (asked each time: tests switch languages). */
export function getStatementFilterLabel(filter: StatementFilter): string {
  switch (filter) {
    case 'all':
      return i18n.t('panel.filter.all');
    case 'conflicts':
      return i18n.t('panel.filter.conflicts');
    case 'corroborated':
      return i18n.t('panel.filter.corroborated');
    case 'unmatched':
      return i18n.t('panel.filter.unmatched');
  }
}

/** Whether a statement has a match that corroborates or conflicts (related ones are context only). */
export function hasFinding(statement: StatementResult): boolean {
  return statement.matches.some((m) => m.stance !== 'related');
}

/**
 * The statements a filter lists, in page order. "Conflicts" and "Corroborated" keep only the
 * matches of that stance; "Unmatched" lists the statements nothing corroborates or conflicts
 * with (their related matches stay, as context); "All" lists every statement with every match.
 */
export function filterStatements(statements: readonly StatementResult[], filter: StatementFilter): StatementResult[] {
  switch (filter) {
    case 'all':
      return [...statements];
    case 'unmatched':
      return statements.filter((s) => !hasFinding(s));
    case 'conflicts':
    case 'corroborated': {
      const stance = filter === 'conflicts' ? 'conflicts' : 'corroborates';
      return statements
        .filter((s) => s.matches.some((m) => m.stance === stance))
        .map((s) => ({ ...s, matches: s.matches.filter((m) => m.stance === stance) }));
    }
  }
}

/** How many statements each filter lists. */
export function countStatements(statements: readonly StatementResult[]): Record<StatementFilter, number> {
  return {
    all: statements.length,
    conflicts: statements.filter((s) => s.matches.some((m) => m.stance === 'conflicts')).length,
    corroborated: statements.filter((s) => s.matches.some((m) => m.stance === 'corroborates')).length,
    unmatched: statements.filter((s) => !hasFinding(s)).length,
  };
}
