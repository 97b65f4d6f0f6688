import type { StatementFeatures } from '../types';
import { normalizeTerms } from '../text/normalize-terms';
import { parseDates } from './parse-dates';
import { parseQuantities } from './parse-quantities';
import { detectNegation } from './detect-negation';

/** Reads the checkable features of one sentence; `published` (ISO) anchors relative dates. */
export function analyseStatement(text: string, published: string | null): StatementFeatures {
  const dates = parseDates(text, published);
  const quantities = parseQuantities(text, dates.map((d) => ({ start: d.start, end: d.start + d.text.length })));
  return { terms: normalizeTerms(text), quantities, dates, negation: detectNegation(text) };
}
