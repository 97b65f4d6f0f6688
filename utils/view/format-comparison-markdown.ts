import { i18n } from '#i18n';
import type { Comparison, Match } from '../../lib/types';
import { applyFeedback, findFeedback } from './apply-feedback';
import { describeCapped } from './describe-capped';
import { describeInCorpus, describeVoices } from './describe-in-corpus';
import { formatDate } from './format-date';
import { formatNumber } from './format-number';
import { getSourceTimeline, describeGap } from './get-source-timeline';
import { getStanceLabel } from './get-stance-label';
import { groupMatchesBySource } from './group-matches-by-source';
import type { MatchFeedback } from '../shared/storage';

export interface MarkdownOptions {
  /** The reader's feedback: "not a match" leaves a match out, "wrong stance" flags it. */
  feedback?: readonly MatchFeedback[];
  /** When the export was made (shown in the header); defaults to now. */
  exportedAt?: Date;
}

/** Why there is nothing to compare, one sentence for each reason. */
function describeEmpty(empty: NonNullable<Comparison['empty']>): string {
  switch (empty) {
    case 'not-article':
      return i18n.t('panel.markdown.empty.notArticle');
    case 'unsupported-language':
      return i18n.t('panel.markdown.empty.unsupportedLanguage');
    case 'no-statements':
      return i18n.t('panel.markdown.empty.noStatements');
    case 'too-large':
      return i18n.t('panel.markdown.empty.tooLarge');
    case 'unreadable-text':
      return i18n.t('panel.markdown.empty.unreadableText');
    case 'pdf':
      return i18n.t('panel.markdown.empty.pdf');
  }
}

/**
 * A page's comparison as Markdown, as the panel shows it and in the reader's language: summary,
 * sources by date, then each statement with its matches grouped by source. Page and corpus text
 * is escaped, so a statement can never turn into a link, a heading or a broken table.
 */
export function formatComparisonMarkdown(comparison: Comparison, options: MarkdownOptions = {}): string {
  const feedback = options.feedback ?? [];
  const { comparison: shown, hidden } = applyFeedback(comparison, feedback);
  const { page, summary } = shown;
  const t = i18n.t;
  const lines: string[] = [`# ${t('panel.markdown.title', { title: escapeMarkdown(page.title || page.url) })}`, ''];
  lines.push(`- ${t('panel.markdown.page', { url: `<${page.url.replace(/[<>\s]/g, encodeURIComponent)}>` })}`);
  if (page.published) lines.push(`- ${t('panel.markdown.published', { date: formatDate(page.published) })}`);
  const exported = (options.exportedAt ?? new Date()).toISOString().slice(0, 10);
  lines.push(`- ${t('panel.markdown.exported', { date: exported })}`, '');
  if (shown.inCorpus) lines.push(`_${describeInCorpus(shown.inCorpus)}_`, '');

  if (shown.empty) return [...lines, describeEmpty(shown.empty), ''].join('\n');
  if (shown.statements.length === 0) return [...lines, describeEmpty('no-statements'), ''].join('\n');

  const outlets = (names: string[], articles: number | undefined) =>
    `${describeVoices(names.length, articles, 'outlet')} (${names.map(escapeMarkdown).join(', ')})`;
  const count = (n: number) => formatNumber(n);
  lines.push(
    [
      `**${count(summary.checked)} ${t('panel.summary.checked', summary.checked)}**`,
      summary.corroborated
        ? t('panel.markdown.corroboratedBy', {
            count: count(summary.corroborated),
            outlets: outlets(summary.corroboratingOutlets, summary.corroboratingArticles),
          })
        : t('panel.markdown.corroborated', { count: count(0) }),
      summary.conflicting
        ? t('panel.markdown.inConflictWith', {
            count: count(summary.conflicting),
            outlets: outlets(summary.conflictingOutlets, summary.conflictingArticles),
          })
        : t('panel.markdown.inConflict', { count: count(0) }),
    ].join(' · '),
    '',
  );
  if (shown.capped) lines.push(`_${t('panel.markdown.capped', { text: describeCapped(shown.capped) })}_`, '');

  const timeline = getSourceTimeline(shown);
  if (timeline) {
    const unknown = t('panel.markdown.unknown');
    const columns = [
      t('panel.markdown.column.source'),
      t('panel.markdown.column.published'),
      t('panel.markdown.column.when'),
      t('panel.markdown.column.agrees'),
      t('panel.markdown.column.conflicts'),
      t('panel.markdown.column.relatedOnly'),
    ];
    lines.push(`## ${t('panel.markdown.sources')}`, '', `| ${columns.join(' | ')} |`, '|---|---|---|---:|---:|---:|');
    for (const s of timeline.sources) {
      const cells = [
        escapeMarkdown(s.outlet),
        formatDate(s.published) || unknown,
        s.gap || unknown,
        count(s.agrees),
        count(s.conflicts),
        count(s.related),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    const pageDate = formatDate(page.published);
    lines.push(
      '',
      pageDate ? t('panel.markdown.sourcesNote', { date: pageDate }) : t('panel.markdown.sourcesNoteNoDate'),
      '',
    );
  }

  lines.push(`## ${t('panel.markdown.statements')}`, '');
  for (const [n, statement] of shown.statements.entries()) {
    lines.push(`### ${n + 1}. ${escapeMarkdown(statement.text)}`, '');
    if (statement.matches.length === 0) {
      lines.push(`_${t('panel.statement.nothing')}_`, '');
      continue;
    }
    for (const group of groupMatchesBySource(statement.matches)) {
      const gap = describeGap(page.published, group.published, group.timing);
      lines.push(
        `**${escapeMarkdown(group.outlet)}**, ${formatDate(group.published) || t('panel.dateUnknown')}${gap ? ` (${gap})` : ''}`,
        '',
      );
      for (const match of group.matches) lines.push(formatMatch(match, statement.text, page.url, feedback));
      lines.push('');
    }
  }
  if (hidden > 0) lines.push(`_${t('panel.markdown.hidden', hidden, [count(hidden)])}_`, '');
  return lines.join('\n');
}

function formatMatch(match: Match, statementText: string, pageUrl: string, feedback: readonly MatchFeedback[]): string {
  const flagged = findFeedback(feedback, 'wrong-stance', pageUrl, statementText, match)
    ? ` _(${i18n.t('panel.markdown.readerWrongStance')})_`
    : '';
  const quoted = i18n.t('panel.markdown.quote', { text: escapeMarkdown(match.text) });
  return `- **${getStanceLabel(match.stance)}:**${flagged} ${quoted} — ${escapeMarkdown(match.why)}`;
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
