import type { Comparison } from '../../lib/types';
import { getPageKey } from '../shared/get-page-key';
import type { MatchFeedback } from '../shared/storage';

/** A page's comparison exported as JSON: the engine's result as it is, and the reader's feedback on it. */
export interface ComparisonExport {
  format: 'crosscheck-comparison';
  version: 1;
  exportedAt: string;
  comparison: Comparison;
  /** The reader's feedback on this page's matches ("not a match" ones are in `comparison`, unhidden). */
  feedback: MatchFeedback[];
}

export function createComparisonExport(
  comparison: Comparison,
  feedback: readonly MatchFeedback[],
  exportedAt = new Date(),
): ComparisonExport {
  const page = getPageKey(comparison.page.url);
  return {
    format: 'crosscheck-comparison',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    comparison,
    feedback: feedback.filter((f) => f.pageUrl === page),
  };
}

/** "crosscheck-russian-army-to-take-foreign-volunteers-2026-11-21.md": the title, cut, and the export's day. */
export function getExportFileName(comparison: Comparison, extension: 'md' | 'json', exportedAt = new Date()): string {
  const slug = toFileSlug(comparison.page.title || hostOf(comparison.page.url), 'page');
  return `crosscheck-${slug}-${exportedAt.toISOString().slice(0, 10)}.${extension}`;
}

/** A title as a file name's part: ASCII letters and digits, hyphens between, at most 60 characters; `fallback` when nothing is left. */
export function toFileSlug(title: string, fallback: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || fallback
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
