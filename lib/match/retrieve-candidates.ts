import type { CorpusStatement, Statement } from '../types';
import { indexTerms, type Corpus } from '../corpus/load-corpus';

/**
 * Finds the corpus statements that share content terms with a page statement, best first,
 * through the corpus's full-text index (BM25 over canonical terms), so the cost grows with
 * the hits, not the corpus size.
 */
export function retrieveCandidates(statement: Statement, corpus: Corpus, exclude: ReadonlySet<string>, limit = 30): CorpusStatement[] {
  if (statement.features.terms.length === 0) return [];
  const hits = corpus.index.search(indexTerms(statement.features).join(' '), {
    fields: ['terms'], prefix: false, fuzzy: false, combineWith: 'OR',
    filter: (r) => !exclude.has(corpus.statements[r.id as number]!.sourceId),
  });
  return hits.slice(0, limit).map((h) => corpus.statements[h.id as number]!);
}
