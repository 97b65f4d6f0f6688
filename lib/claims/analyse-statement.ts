import type { StatementFeatures } from '../types';
import { isHeadlineLike, normalizeTerms, readStatementTerms, type ReadContext } from '../text/normalize-terms';
import { splitClauses } from '../text/split-clauses';
import { withoutAttribution } from '../text/without-attribution';
import { parseDates } from './parse-dates';
import { parseQuantities } from './parse-quantities';
import { affirmLitotes, detectNegation, negatedScope } from './detect-negation';
import { detectScope } from './detect-scope';
import { encodeTermLists } from './encode-term-lists';

/** Reads the checkable features of one sentence; `published` (ISO) anchors relative dates. */
export function analyseStatement(text: string, published: string | null): StatementFeatures {
  const dates = parseDates(text, published);
  const quantities = parseQuantities(
    text,
    dates.map((d) => ({ start: d.start, end: d.start + d.text.length })),
  );
  const negation = detectNegation(text);
  // Words are read as the claim is: a litotes as the affirmative it makes ("not insignificant" as
  // "significant"), so that the plain word confirms it and its prefixed opposite denies it.
  const claim = affirmLitotes(text);
  // What is denied, without who denies it ("Officials said | no ransom had been paid").
  // Of that clause, the part the negation reaches ("Ferris pleaded not guilty | and will be tried
  // separately next year"): the rest is another claim.
  const clause = negation ? (splitClauses(withoutAttribution(claim)).find((c) => detectNegation(c)) ?? claim) : '';
  const negatedClause = clause && (negatedScope(clause) || clause);
  // Clauses are read as parts of the sentence: a name at a clause's start is still a name, and a
  // headline-like sentence is one in every clause.
  const headline = isHeadlineLike(text);
  const read = readStatementTerms(claim, { headline });
  const terms = read.terms;
  return {
    terms,
    entities: findEntities(claim, read.names, headline),
    common: read.flags,
    clauses: encodeTermLists(terms, clauseTerms(claim, headline)),
    quantities,
    dates,
    negation,
    negatedTerms: negatedClause
      ? normalizeTerms(negatedClause, { headline, midSentence: !claim.trimStart().startsWith(negatedClause) })
      : [],
    scope: detectScope(text),
  };
}

/**
 * Names in the sentence (places, people, organisations), as terms: the terms of its name words
 * (readStatementTerms: capitalised words that do not open the sentence, kept as written). In a
 * headline-like line, where capitals tell no names, capitalised words past the first and acronyms,
 * lemmatized as the line's terms are. A shared name is stronger evidence than a shared common word
 * of the same rarity.
 */
function findEntities(text: string, names: string[], headline: boolean): string[] {
  if (!headline) return names;
  const words: string[] = [];
  for (const m of text.matchAll(/(?<=[\s(“"'‘-])([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]{2,6})\b/g)) words.push(m[1]!);
  return [...new Set(words.flatMap((n) => normalizeTerms(n, HEADLINE)))];
}

const HEADLINE: ReadContext = { headline: true };

const MIN_CLAUSE_TERMS = 3;

function clauseTerms(text: string, headline: boolean): string[][] {
  const parts = splitClauses(text)
    .map((c, i) => normalizeTerms(c, { headline, midSentence: i > 0 }))
    .filter((t) => t.length > 0);
  if (parts.length < 2) return [];
  const windows: string[][] = [];
  for (let i = 0; i < parts.length; i++) {
    windows.push(parts[i]!);
    if (i + 1 < parts.length) windows.push([...new Set([...parts[i]!, ...parts[i + 1]!])]);
  }
  return windows.filter((w) => w.length >= MIN_CLAUSE_TERMS);
}
