import { getSearchIndex, type Corpus } from '../corpus/load-corpus';

/** One corpus statement found by a reader's search. */
export interface SearchHit {
  sourceId: string;
  outlet: string;
  published: string;
  /** The source's web address, when it has one (the reader's own sources usually do). */
  url?: string;
  sourceIndex: number;
  text: string;
  /** Character ranges [start, end) of `text` that matched the query. */
  highlights: Array<[number, number]>;
  score: number;
}

/**
 * Searches all corpus statements as the reader types: prefix and fuzzy matching on words.
 * Returns at most `limit` hits, best first; an empty query returns nothing.
 */
export function searchCorpus(corpus: Corpus, query: string, limit = 20): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const index = getSearchIndex(corpus);
  const results = index.search(q, { fields: ['text'], prefix: true, fuzzy: 0.2, combineWith: 'AND' });
  const fallback = results.length ? results : index.search(q, { fields: ['text'], prefix: true, fuzzy: 0.2 });
  return fallback.slice(0, limit).map((r) => {
    const st = corpus.statements[r.id as number]!;
    const source = corpus.sources.get(st.sourceId);
    return {
      sourceId: st.sourceId,
      outlet: source?.outlet ?? st.sourceId,
      published: source?.published ?? '',
      ...(source?.url ? { url: source.url } : {}),
      sourceIndex: st.index,
      text: st.text,
      highlights: highlightRanges(st.text, Object.keys(r.match)),
      score: r.score,
    };
  });
}

/** Finds where the matched index terms occur in the text, as whole words or word prefixes. */
function highlightRanges(text: string, terms: string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const lower = text.toLowerCase();
  for (const term of terms) {
    const re = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\w*`, 'g');
    for (const m of lower.matchAll(re)) ranges.push([m.index!, m.index! + m[0].length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  return merged;
}
