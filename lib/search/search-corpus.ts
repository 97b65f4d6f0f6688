import { getSearchIndex, type Corpus } from '../corpus/load-corpus';
import { hasSearchFilters, matchesSearchFilters, type SearchFilters } from './match-search-filters';

export type { SearchFilters };

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
 * Searches all corpus statements as the reader types: prefix and fuzzy matching on words, in the
 * sources that pass `filters` (story, outlet, dates: matchesSearchFilters), filtered before the
 * limit. Returns at most `limit` hits, best first; an empty query returns nothing.
 */
export function searchCorpus(corpus: Corpus, query: string, limit = 20, filters?: SearchFilters): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const index = getSearchIndex(corpus);
  const passes = new Map<string, boolean>();
  const filter = hasSearchFilters(filters)
    ? (r: { id: unknown }) => {
        const sourceId = corpus.statements[r.id as number]!.sourceId;
        let ok = passes.get(sourceId);
        if (ok === undefined) {
          const meta = corpus.sources.get(sourceId);
          ok = !!meta && matchesSearchFilters(meta, filters);
          passes.set(sourceId, ok);
        }
        return ok;
      }
    : undefined;
  const options = { fields: ['text'], prefix: true, fuzzy: 0.2, ...(filter ? { filter } : {}) };
  const results = index.search(q, { ...options, combineWith: 'AND' });
  const fallback = results.length ? results : index.search(q, options);
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
