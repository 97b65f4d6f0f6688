import type { CorpusStatement, Statement } from '../types';
import { indexTerms, type Corpus } from '../corpus/load-corpus';
import { queryTermIndex } from './term-index';

/** A term found in more statements than this share (and than COMMON_TERM_MIN_DF) is not queried. */
const COMMON_TERM_SHARE = 0.005;
const COMMON_TERM_MIN_DF = 50;
/** Weight of a date token ("d20150102") in the query: a shared exact date is as telling as a rare word. */
const DATE_WEIGHT = 4;

/**
 * Finds the corpus statements that share the most (rare) terms or dates with a page statement,
 * best first, through the corpus's term index: the cost grows with the postings of the
 * statement's terms, not with the corpus.
 */
export function retrieveCandidates(
  statement: Statement,
  corpus: Corpus,
  exclude: ReadonlySet<string>,
  limit = 30,
): CorpusStatement[] {
  if (statement.features.terms.length === 0) return [];
  // Terms in more than a few percent of the statements find everything and rank nothing; in a
  // large corpus their postings are most of the query's cost. A small corpus keeps them all.
  const maxDf = Math.max(COMMON_TERM_MIN_DF, corpus.size * COMMON_TERM_SHARE);
  const terms = statement.features.terms.filter((t) => corpus.df(t) <= maxDf);
  const dates = indexTerms({ ...statement.features, terms: [] });
  const accept = exclude.size > 0 ? (id: number) => !exclude.has(corpus.statements[id]!.sourceId) : undefined;
  const ids = queryTermIndex(
    corpus.terms,
    [...terms, ...dates],
    (t) => (t.startsWith('d') && /^d\d{4}/.test(t) ? DATE_WEIGHT : corpus.idf(t)),
    limit,
    accept,
  );
  return ids.map((id) => corpus.statements[id]!);
}
