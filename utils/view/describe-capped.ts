import type { Comparison } from '../../lib/types';

const NUMBER = new Intl.NumberFormat('en');

/**
 * One sentence on how much of a long article was checked, for the panel and the Markdown
 * export: "Crosscheck checked its first 500 statements, in about the first 21,340 of its
 * 200,012 words."
 */
export function describeCapped(capped: NonNullable<Comparison['capped']>): string {
  // A page cut before it was sent, with nothing checkable in the part read: the rest was not read.
  if (capped.statements === 0) {
    return `Crosscheck read about the first ${NUMBER.format(capped.words)} of its ${NUMBER.format(capped.totalWords)} words and found no checkable statement there; the rest was not read.`;
  }
  const statements = capped.statements === 1 ? 'statement' : `${NUMBER.format(capped.statements)} statements`;
  return `Crosscheck checked its first ${statements}, in about the first ${NUMBER.format(capped.words)} of its ${NUMBER.format(capped.totalWords)} words.`;
}
