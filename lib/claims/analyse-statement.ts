import type { StatementFeatures } from '../types';
import { normalizeTerms } from '../text/normalize-terms';
import { parseDates } from './parse-dates';
import { parseQuantities } from './parse-quantities';
import { detectNegation } from './detect-negation';
import { detectScope } from './detect-scope';

/** Reads the checkable features of one sentence; `published` (ISO) anchors relative dates. */
export function analyseStatement(text: string, published: string | null): StatementFeatures {
  const dates = parseDates(text, published);
  const quantities = parseQuantities(text, dates.map((d) => ({ start: d.start, end: d.start + d.text.length })));
  return { terms: normalizeTerms(text), clauses: clauseTerms(text), quantities, dates, negation: detectNegation(text), scope: detectScope(text) };
}

/** Where a sentence turns to another claim: punctuation, dashes, relative and contrastive words. */
const CLAUSE_BREAK = /[,;:()\[\]]|\s[—–]\s|\s--\s|\b(?:that|which|who|but|while|although|whereas|provided)\b/i;
const MIN_CLAUSE_TERMS = 3;

function clauseTerms(text: string): string[][] {
  const parts = text.split(CLAUSE_BREAK).map(normalizeTerms).filter((t) => t.length > 0);
  if (parts.length < 2) return [];
  const windows: string[][] = [];
  for (let i = 0; i < parts.length; i++) {
    windows.push(parts[i]!);
    if (i + 1 < parts.length) windows.push([...new Set([...parts[i]!, ...parts[i + 1]!])]);
  }
  return windows.filter((w) => w.length >= MIN_CLAUSE_TERMS);
}
