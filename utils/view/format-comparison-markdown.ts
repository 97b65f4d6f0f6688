import type { Comparison, Match, Stance } from '../../lib/types';
import { applyFeedback, findFeedback } from './apply-feedback';
import { describeCapped } from './describe-capped';
import { describeInCorpus, describeVoices } from './describe-in-corpus';
import { formatDate } from './format-date';
import { getSourceTimeline, describeGap } from './get-source-timeline';
import { groupMatchesBySource } from './group-matches-by-source';
import type { MatchFeedback } from '../shared/storage';

export interface MarkdownOptions {
  /** The reader's feedback: "not a match" leaves a match out, "wrong stance" flags it. */
  feedback?: readonly MatchFeedback[];
  /** When the export was made (shown in the header); defaults to now. */
  exportedAt?: Date;
}

const STANCE: Record<Stance, string> = { corroborates: 'Corroborates', conflicts: 'Conflicts', related: 'Related' };

const EMPTY: Record<NonNullable<Comparison['empty']>, string> = {
  'not-article': 'This page does not look like an article: there is nothing to compare.',
  'unsupported-language': 'This article is not in a language Crosscheck reads yet (English only).',
  'no-statements': 'The article has no checkable statements (dates, numbers, names, rules).',
  'too-large': 'This page is too large for Crosscheck to read without freezing it: nothing was compared.',
  'unreadable-text': 'The page’s text is garbled (a binary file or the wrong text encoding): nothing was compared.',
  pdf: 'This tab shows a PDF file: Crosscheck reads web pages, not PDF files.',
};

/**
 * A page's comparison as Markdown, as the panel shows it: summary, sources by date, then each
 * statement with its matches grouped by source. Page and corpus text is escaped, so a statement
 * can never turn into a link, a heading or a broken table.
 */
export function formatComparisonMarkdown(comparison: Comparison, options: MarkdownOptions = {}): string {
  const feedback = options.feedback ?? [];
  const { comparison: shown, hidden } = applyFeedback(comparison, feedback);
  const { page, summary } = shown;
  const lines: string[] = [`# Crosscheck: ${escapeMarkdown(page.title || page.url)}`, ''];
  lines.push(`- Page: <${page.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  if (page.published) lines.push(`- Published: ${formatDate(page.published)}`);
  lines.push(`- Exported: ${(options.exportedAt ?? new Date()).toISOString().slice(0, 10)}`, '');
  if (shown.inCorpus) lines.push(`_${describeInCorpus(shown.inCorpus)}_`, '');

  if (shown.empty) return [...lines, EMPTY[shown.empty], ''].join('\n');
  if (shown.statements.length === 0) return [...lines, EMPTY['no-statements'], ''].join('\n');

  const outlets = (names: string[], articles: number | undefined) =>
    `${describeVoices(names.length, articles, 'outlet')} (${names.map(escapeMarkdown).join(', ')})`;
  lines.push(
    [
      `**${summary.checked} ${summary.checked === 1 ? 'statement' : 'statements'} checked**`,
      `${summary.corroborated} corroborated${summary.corroborated ? ` by ${outlets(summary.corroboratingOutlets, summary.corroboratingArticles)}` : ''}`,
      `${summary.conflicting} in conflict${summary.conflicting ? ` with ${outlets(summary.conflictingOutlets, summary.conflictingArticles)}` : ''}`,
    ].join(' · '),
    '',
  );
  if (shown.capped) lines.push(`_A long article: ${describeCapped(shown.capped)}_`, '');

  const timeline = getSourceTimeline(shown);
  if (timeline) {
    lines.push(
      '## Sources',
      '',
      '| Source | Published | When | Agrees | Conflicts | Related only |',
      '|---|---|---|---:|---:|---:|',
    );
    for (const s of timeline.sources) {
      lines.push(
        `| ${escapeMarkdown(s.outlet)} | ${formatDate(s.published) || 'unknown'} | ${s.gap || 'unknown'} | ${s.agrees} | ${s.conflicts} | ${s.related} |`,
      );
    }
    lines.push(
      '',
      `Statements counted per source; the page is from ${formatDate(page.published) || 'an unknown date'}.`,
      '',
    );
  }

  lines.push('## Statements', '');
  for (const [n, statement] of shown.statements.entries()) {
    lines.push(`### ${n + 1}. ${escapeMarkdown(statement.text)}`, '');
    if (statement.matches.length === 0) {
      lines.push('_Nothing in the corpus about this statement._', '');
      continue;
    }
    for (const group of groupMatchesBySource(statement.matches)) {
      const gap = describeGap(page.published, group.published, group.timing);
      lines.push(
        `**${escapeMarkdown(group.outlet)}**, ${formatDate(group.published) || 'date unknown'}${gap ? ` (${gap})` : ''}`,
        '',
      );
      for (const match of group.matches) lines.push(formatMatch(match, statement.text, page.url, feedback));
      lines.push('');
    }
  }
  if (hidden > 0) {
    lines.push(
      `_${hidden} ${hidden === 1 ? 'match' : 'matches'} marked “not a match” by the reader ${hidden === 1 ? 'is' : 'are'} left out._`,
      '',
    );
  }
  return lines.join('\n');
}

function formatMatch(match: Match, statementText: string, pageUrl: string, feedback: readonly MatchFeedback[]): string {
  const flagged = findFeedback(feedback, 'wrong-stance', pageUrl, statementText, match)
    ? ' _(reader: wrong stance)_'
    : '';
  return `- **${STANCE[match.stance]}:**${flagged} “${escapeMarkdown(match.text)}” — ${escapeMarkdown(match.why)}`;
}

/**
 * Text that Markdown shows as written, on one line: the characters that could start emphasis,
 * code, a link, HTML or a table cell are escaped (it never starts a line, so list and heading
 * markers need nothing).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~]/g, '\\$&');
}
