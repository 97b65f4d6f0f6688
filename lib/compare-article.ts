import type { Article, Comparison, CorpusStatement, Match, Statement, StatementResult } from './types';
import type { Corpus } from './corpus/load-corpus';
import { findStatements } from './statements/find-statements';
import { retrieveCandidates } from './match/retrieve-candidates';
import { alignStatements } from './match/align-statements';
import { compareSlots } from './match/compare-slots';
import { judgeStance } from './match/judge-stance';
import { isDifferentPeriod, timingOf } from './dates/compare-periods';
import { surfaceWords } from './text/normalize-terms';

export interface CompareOptions {
  /** Sources never matched against the page (a seed given as the page is not matched against itself). */
  excludeSourceIds?: string[];
  /** Most matches shown per statement, and per source under one statement. */
  maxMatches?: number;
  maxPerSource?: number;
}

const STANCE_ORDER = { conflicts: 0, corroborates: 1, related: 2 } as const;

/**
 * Compares an article's checkable statements with the corpus:
 * find statements → retrieve candidates → align → judge stance → explain.
 * Returns the page's statements in page order, each with its matches, strongest first.
 */
export function compareArticle(article: Article, corpus: Corpus, options: CompareOptions = {}): Comparison {
  const page = { title: article.title, url: article.url, lang: article.lang, published: article.published, readerable: article.readerable };
  if (article.lang && article.lang !== 'en') return { page, statements: [], empty: 'unsupported-language' };
  const statements = findStatements(article.paragraphs, article.published);
  if (statements.length === 0) return { page, statements: [], empty: 'no-statements' };
  const exclude = new Set(options.excludeSourceIds ?? []);
  return {
    page,
    statements: statements.map((st) => matchStatement(st, article, corpus, exclude, options)),
  };
}

function matchStatement(statement: Statement, article: Article, corpus: Corpus, exclude: Set<string>, options: CompareOptions): StatementResult {
  const judged: Array<{ match: Match; valueEvidence: number }> = [];
  for (const candidate of retrieveCandidates(statement, corpus, exclude)) {
    const result = judgeCandidate(statement, candidate, article, corpus);
    if (result) judged.push(result);
  }
  judged.sort((a, b) => STANCE_ORDER[a.match.stance] - STANCE_ORDER[b.match.stance] || b.valueEvidence - a.valueEvidence || b.match.score - a.match.score);
  const matches = judged.map((j) => j.match);
  const perSource = new Map<string, number>();
  const kept = matches.filter((m) => {
    const n = perSource.get(m.sourceId) ?? 0;
    perSource.set(m.sourceId, n + 1);
    return n < (options.maxPerSource ?? 3);
  });
  return { index: statement.index, text: statement.text, matches: kept.slice(0, options.maxMatches ?? 8) };
}

function judgeCandidate(statement: Statement, candidate: CorpusStatement, article: Article, corpus: Corpus): { match: Match; valueEvidence: number } | null {
  const source = corpus.sources.get(candidate.sourceId);
  const published = source?.published ?? null;
  const alignment = alignStatements(statement.features, candidate.features, corpus.weights);
  const judgement = judgeStance({
    page: statement.features,
    source: candidate.features,
    alignment,
    slots: compareSlots(statement.features, candidate.features),
    differentPeriod: isDifferentPeriod(article.published, published),
    samePeriod: timingOf(article.published, published) === 'same period',
    pageYear: article.published?.slice(0, 4) ?? null,
    sourceYear: published?.slice(0, 4) ?? null,
    sourceOutlet: source?.outlet ?? candidate.sourceId,
    sharedWords: surfaceWords(candidate.text, alignment.shared),
  });
  if (!judgement) return null;
  const match: Match = {
    sourceId: candidate.sourceId,
    outlet: source?.outlet ?? candidate.sourceId,
    published: published ?? '',
    sourceIndex: candidate.index,
    text: candidate.text,
    stance: judgement.stance,
    score: Math.round(alignment.score * 1000) / 1000,
    why: judgement.why,
    timing: timingOf(article.published, published),
    shared: surfaceWords(candidate.text, alignment.shared),
  };
  return { match, valueEvidence: judgement.valueEvidence };
}
