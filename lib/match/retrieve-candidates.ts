import type { CorpusStatement, Statement } from '../types';
import { indexTerms, type Corpus } from '../corpus/load-corpus';

/**
 * Finds the corpus statements that share content terms with a page statement, best first,
 * through the corpus's full-text index (BM25 over canonical terms), so the cost grows with
 * the hits, not the corpus size.
 */
/** A term found in more statements than this share (and than COMMON_TERM_MIN_DF) is not queried. */
const COMMON_TERM_SHARE = 0.02;
const COMMON_TERM_MIN_DF = 50;

export function retrieveCandidates(statement: Statement, corpus: Corpus, exclude: ReadonlySet<string>, limit = 30): CorpusStatement[] {
  if (statement.features.terms.length === 0) return [];
  // Terms in more than a few percent of the statements find everything and rank nothing; in a
  // large corpus their posting lists are most of the search's cost. A small corpus keeps them all.
  const maxDf = Math.max(COMMON_TERM_MIN_DF, corpus.statements.length * COMMON_TERM_SHARE);
  const terms = statement.features.terms.filter((t) => corpus.df(t) <= maxDf);
  const dates = indexTerms({ ...statement.features, terms: [] });
  const hits = corpus.index.search([...terms, ...dates].join(' '), {
    fields: ['terms'], prefix: false, fuzzy: false, combineWith: 'OR',
    ...(exclude.size > 0 ? { filter: (r) => !exclude.has(corpus.statements[r.id as number]!.sourceId) } : {}),
  });
  return hits.slice(0, limit).map((h) => corpus.statements[h.id as number]!);
}
