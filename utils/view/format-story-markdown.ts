import { i18n } from '#i18n';
import type { StoryDetail } from '../../lib/stories/story-types';
import { escapeMarkdown } from './format-comparison-markdown';
import { toFileSlug } from './export-comparison';
import { formatDate } from './format-date';
import { formatNumber } from './format-number';
import { getFigureCells, formatFigureCell } from './format-figure-row';
import { getTextFragmentUrl } from './get-text-fragment-url';

/**
 * A story as Markdown, in the reader's language: its articles oldest first, then each figure's
 * values in date order, each value cited (a footnote with the outlet, the date, the sentence and
 * the address that opens it). Article text is escaped, so a headline can never become a link or
 * a heading. `exportedAt` defaults to now.
 */
export function formatStoryMarkdown(story: StoryDetail, exportedAt = new Date()): string {
  const t = i18n.t;
  const lines: string[] = [`# ${t('stories.markdown.title', { title: escapeMarkdown(story.title) })}`, ''];
  lines.push(
    `- ${t('stories.markdown.summary', {
      articles: t('stories.articles', story.articles.length, [formatNumber(story.articles.length)]),
      outlets: t('stories.outlets', story.outlets, [formatNumber(story.outlets)]),
      range: describeRange(story.first, story.last),
    })}`,
    `- ${t('stories.markdown.exported', { date: exportedAt.toISOString().slice(0, 10) })}`,
    '',
    `## ${t('stories.markdown.articles')}`,
    '',
  );
  for (const a of story.articles) {
    const url = a.url ? ` <${linkTarget(a.url)}>` : '';
    lines.push(`- **${escapeMarkdown(a.outlet)}**, ${formatDate(a.published)}: ${escapeMarkdown(a.headline)}${url}`);
  }
  lines.push('', `## ${t('stories.markdown.figures')}`, '');
  if (story.figures.length === 0) {
    lines.push(`_${t('stories.figures.none')}_`, '');
    return lines.join('\n');
  }
  const notes: string[] = [];
  for (const row of story.figures) {
    const cells = getFigureCells(row, story.articles).map((cell) => {
      notes.push(citation(notes.length + 1, cell.value, story));
      return `${escapeMarkdown(formatFigureCell(cell))}[^${notes.length}]`;
    });
    const revised = row.revised ? ` _(${t('stories.figures.revised')})_` : '';
    lines.push(`- **${escapeMarkdown(row.label)}:** ${cells.join(' → ')}${revised}`);
  }
  lines.push('', `## ${t('stories.markdown.citations')}`, '', ...notes, '');
  return lines.join('\n');
}

/** "[^3]: CBS News, 23 Feb 2023: “Thirty-eight cars derailed.” <https://…#:~:text=…>" */
function citation(n: number, value: StoryDetail['figures'][number]['values'][number], story: StoryDetail): string {
  const url = getTextFragmentUrl(story.articles.find((a) => a.sourceId === value.sourceId)?.url, value.statement);
  const quoted = i18n.t('stories.markdown.quote', { text: escapeMarkdown(value.statement) });
  return `[^${n}]: ${escapeMarkdown(value.outlet)}, ${formatDate(value.published)}: ${quoted}${url ? ` <${linkTarget(url)}>` : ''}`;
}

/** "24 Mar 2021 – 7 Jul 2021", or one date when the story has one day. */
export function describeRange(first: string, last: string): string {
  return first === last
    ? formatDate(first)
    : i18n.t('stories.range', { from: formatDate(first), to: formatDate(last) });
}

/** An address inside <…>: angle brackets and white space encoded, so it cannot end the link early. */
function linkTarget(url: string): string {
  return url.replace(/[<>\s]/g, encodeURIComponent);
}

/** "crosscheck-story-ever-given-freed-2026-12-03.md" */
export function getStoryFileName(story: Pick<StoryDetail, 'title'>, exportedAt = new Date()): string {
  const slug = toFileSlug(story.title, 'story');
  return `crosscheck-story-${slug}-${exportedAt.toISOString().slice(0, 10)}.md`;
}
