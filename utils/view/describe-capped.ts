import { i18n } from '#i18n';
import type { Comparison } from '../../lib/types';
import { formatNumber } from './format-number';

/**
 * One sentence on how much of a long article was checked, for the panel and the Markdown
 * export: "Crosscheck checked its first 500 statements, in about the first 21,340 of its
 * 200,012 words."
 */
export function describeCapped(capped: NonNullable<Comparison['capped']>): string {
  const words = { words: formatNumber(capped.words), total: formatNumber(capped.totalWords) };
  // A page cut before it was sent, with nothing checkable in the part read: the rest was not read.
  if (capped.statements === 0) return i18n.t('panel.capped.nothingFound', words);
  return i18n.t('panel.capped.checked', capped.statements, [formatNumber(capped.statements)], words);
}
