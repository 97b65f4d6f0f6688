import type { Statement } from '../types';
import { segmentSentences } from '../text/segment-sentences';
import { isClutter } from '../text/is-clutter';
import { analyseStatement } from '../claims/analyse-statement';

/** Ends like a sentence that asserts something (closing quotes and brackets allowed). */
const ASSERTION_END = /[.!]["”’')\]]*$/;
const MIN_WORDS = 4;
const MIN_TERMS = 3;

/**
 * Finds the checkable statements of an article, in page order: sentences that assert
 * something (not questions, not headings, not imperatives like "Contact the author"),
 * long enough to carry a claim, not page clutter, each once.
 * `published` (ISO) anchors relative dates in the statements.
 */
export function findStatements(paragraphs: string[], published: string | null): Statement[] {
  const statements: Statement[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const sentence of segmentSentences(paragraph)) {
      const key = sentence.toLowerCase().replace(/\W+/g, ' ').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      if (!isCheckable(sentence)) continue;
      const features = analyseStatement(sentence, published);
      if (features.terms.length < MIN_TERMS) continue;
      statements.push({ index: statements.length, text: sentence, features });
    }
  }
  return statements;
}

/** A sentence worth checking: an assertion of some length that is not page furniture. */
export function isCheckable(sentence: string): boolean {
  if (!ASSERTION_END.test(sentence)) return false;
  if (sentence.split(/\s+/).length < MIN_WORDS) return false;
  if (/^(?:don't|do not|please|click|read|contact|subscribe|sign up|follow|share|watch|listen)\b/i.test(sentence)) return false;
  return !isClutter(sentence);
}
