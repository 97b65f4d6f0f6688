import type { StatementFeatures } from '../types';
import { normalizeTerms } from '../text/normalize-terms';
import { splitClauses } from '../text/split-clauses';
import { parseDates } from './parse-dates';
import { parseQuantities } from './parse-quantities';
import { detectNegation } from './detect-negation';
import { detectScope } from './detect-scope';
import { encodeTermFlags, encodeTermLists } from './encode-term-lists';

/** Reads the checkable features of one sentence; `published` (ISO) anchors relative dates. */
export function analyseStatement(text: string, published: string | null): StatementFeatures {
  const dates = parseDates(text, published);
  const quantities = parseQuantities(text, dates.map((d) => ({ start: d.start, end: d.start + d.text.length })));
  const negation = detectNegation(text);
  const negatedClause = negation ? (splitClauses(text).find((c) => detectNegation(c)) ?? text) : '';
  const terms = normalizeTerms(text);
  return {
    terms,
    entities: findEntities(text),
    common: encodeTermFlags(terms, normalizeTerms(text.replace(/\b[A-Z][\w'’-]*/g, ' '))),
    clauses: encodeTermLists(terms, clauseTerms(text)),
    quantities,
    dates,
    negation,
    negatedTerms: negatedClause ? normalizeTerms(negatedClause) : [],
    scope: detectScope(text),
  };
}

/**
 * Names in the sentence (places, people, organisations), as canonical terms: capitalised words
 * past the sentence's first word, and acronyms. A shared name is stronger evidence than a shared
 * common word of the same rarity.
 */
function findEntities(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/(?<=[\s(“"'‘-])([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]{2,6})\b/g)) names.push(m[1]!);
  return [...new Set(names.flatMap((n) => normalizeTerms(n)))];
}

const MIN_CLAUSE_TERMS = 3;

function clauseTerms(text: string): string[][] {
  const parts = splitClauses(text).map(normalizeTerms).filter((t) => t.length > 0);
  if (parts.length < 2) return [];
  const windows: string[][] = [];
  for (let i = 0; i < parts.length; i++) {
    windows.push(parts[i]!);
    if (i + 1 < parts.length) windows.push([...new Set([...parts[i]!, ...parts[i + 1]!])]);
  }
  return windows.filter((w) => w.length >= MIN_CLAUSE_TERMS);
}
