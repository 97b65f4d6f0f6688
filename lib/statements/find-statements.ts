import type { Statement } from '../types';
import { segmentSentences } from '../text/segment-sentences';
import { isClutter } from '../text/is-clutter';
import { hasDamagedText } from '../text/is-unreadable-text';
import { analyseStatement } from '../claims/analyse-statement';

/** Ends like a sentence that asserts something (closing quotes and brackets allowed). */
const ASSERTION_END = /[.!]["”’')\]]*$/;
const MIN_WORDS = 4;
const MIN_TERMS = 3;
/**
 * Longer than this, a "sentence" is a run of text without sentence breaks (a list, a table, a
 * wall of text), not one claim: the longest statement of the 25 real pages has 585 characters,
 * of the corpus 341.
 */
const MAX_CHARACTERS = 1000;

/** The statements found, and how far into the paragraphs the search went. */
export interface FoundStatements {
  statements: Statement[];
  /** Paragraphs read: all of them, or up to the one where the `max`-th statement was found. */
  paragraphsRead: number;
  /** Whether statements were left unread after the `max`-th. */
  capped: boolean;
}

/**
 * Finds the checkable statements of an article, in page order: sentences that assert
 * something (not questions, not headings, not imperatives like "Contact the author"),
 * long enough to carry a claim, not page clutter, each once.
 * `published` (ISO) anchors relative dates in the statements.
 */
export function findStatements(paragraphs: string[], published: string | null): Statement[] {
  return findFirstStatements(paragraphs, published, Infinity).statements;
}

/**
 * The first `max` checkable statements (see `findStatements`): a very long article is checked
 * from its beginning, and the sentences after the cap are never analysed (bounded time).
 */
export function findFirstStatements(paragraphs: string[], published: string | null, max: number): FoundStatements {
  const statements: Statement[] = [];
  const seen = new Set<string>();
  for (let p = 0; p < paragraphs.length; p++) {
    for (const sentence of segmentSentences(paragraphs[p]!)) {
      const key = sentence.toLowerCase().replace(/\W+/g, ' ').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      if (!isCheckable(sentence)) continue;
      const features = analyseStatement(sentence, published);
      if (features.terms.length < MIN_TERMS) continue;
      if (statements.length === max) return { statements, paragraphsRead: p + 1, capped: true };
      statements.push({ index: statements.length, text: sentence, features });
    }
  }
  return { statements, paragraphsRead: paragraphs.length, capped: false };
}

/** A sentence worth checking: an assertion of some length that is not page furniture nor damaged text. */
export function isCheckable(sentence: string): boolean {
  if (sentence.length > MAX_CHARACTERS) return false;
  if (!ASSERTION_END.test(sentence)) return false;
  if (sentence.split(/\s+/).length < MIN_WORDS) return false;
  if (/^(?:don't|do not|please|click|read|contact|subscribe|sign up|follow|share|watch|listen)\b/i.test(sentence))
    return false;
  if (hasDamagedText(sentence)) return false;
  return !isClutter(sentence);
}
