import type { Comparison, Match } from '../../lib/types';
import type { MatchFeedback } from '../shared/storage';
import { outletsOf, summarizeStatements } from '../../lib/summarize-comparison';
import { getPageKey } from '../shared/get-page-key';

/** The reader's verdict on one match of one statement of a page, ready to store. */
export function createFeedback(
  pageUrl: string,
  statementText: string,
  match: Pick<Match, 'sourceId' | 'sourceIndex' | 'stance'>,
  kind: MatchFeedback['kind'],
  at = Date.now(),
): MatchFeedback {
  return {
    pageUrl: getPageKey(pageUrl),
    statementText,
    sourceId: match.sourceId,
    sourceIndex: match.sourceIndex,
    stance: match.stance,
    kind,
    at,
  };
}

/** Whether `feedback` is about this match of this statement on this page (any kind). */
export function isFeedbackOn(
  feedback: MatchFeedback,
  pageUrl: string,
  statementText: string,
  match: Pick<Match, 'sourceId' | 'sourceIndex'>,
): boolean {
  return (
    feedback.pageUrl === getPageKey(pageUrl) &&
    feedback.statementText === statementText &&
    feedback.sourceId === match.sourceId &&
    feedback.sourceIndex === match.sourceIndex
  );
}

/** The reader's feedback of one kind on a match, if any. */
export function findFeedback(
  feedback: readonly MatchFeedback[],
  kind: MatchFeedback['kind'],
  pageUrl: string,
  statementText: string,
  match: Pick<Match, 'sourceId' | 'sourceIndex'>,
): MatchFeedback | undefined {
  return feedback.find((f) => f.kind === kind && isFeedbackOn(f, pageUrl, statementText, match));
}

/** Whether two stored entries are the same one (entries have no id: they are told apart by what they say and when). */
export function isSameFeedback(a: MatchFeedback, b: MatchFeedback): boolean {
  return a.kind === b.kind && a.at === b.at && isFeedbackOn(a, b.pageUrl, b.statementText, b);
}

/**
 * The comparison as the reader wants it shown: matches they marked "not a match" on this page
 * are left out, and the outlets and summary counted again without them. Returned unchanged
 * (the engine's own summary) when nothing is hidden. `hidden` counts the matches left out.
 */
export function applyFeedback(
  comparison: Comparison,
  feedback: readonly MatchFeedback[],
): { comparison: Comparison; hidden: number } {
  const page = getPageKey(comparison.page.url);
  const notMatches = feedback.filter((f) => f.kind === 'not-a-match' && f.pageUrl === page);
  if (notMatches.length === 0) return { comparison, hidden: 0 };
  let hidden = 0;
  const statements = comparison.statements.map((statement) => {
    const matches = statement.matches.filter((m) => !notMatches.some((f) => isFeedbackOn(f, page, statement.text, m)));
    if (matches.length === statement.matches.length) return statement;
    hidden += statement.matches.length - matches.length;
    return { ...statement, matches, outlets: outletsOf(matches) };
  });
  if (hidden === 0) return { comparison, hidden };
  return { comparison: { ...comparison, statements, summary: summarizeStatements(statements) }, hidden };
}
