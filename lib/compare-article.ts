import type { Article, Comparison, CorpusStatement, Match, PageInfo, Statement, StatementResult } from './types';
import type { Corpus } from './corpus/load-corpus';
import { findFirstStatements } from './statements/find-statements';
import { detectLanguage } from './text/detect-language';
import { isUnreadableText } from './text/is-unreadable-text';
import { countWords } from './text/count-words';
import { keepBeginning } from './text/keep-beginning';
import { PAGE_LIMITS } from './extract/page-limits';
import { retrieveCandidates } from './match/retrieve-candidates';
import { alignStatements } from './match/align-statements';
import { compareSlots } from './match/compare-slots';
import { judgeStance, SAME_FACT_MIN } from './match/judge-stance';
import { findSpans } from './match/find-spans';
import { isDifferentPeriod, monthsBetween, timingOf } from './dates/compare-periods';
import { surfaceWords } from './text/normalize-terms';
import { outletsOf, summarizeStatements } from './summarize-comparison';
import { predictStance, prepareStanceBody, prepareStanceHeadline } from './stance/predict-stance';
import type { StanceProbabilities } from './stance/stance-labels';

export interface CompareOptions {
  /** Sources never matched against the page (a seed given as the page is not matched against itself). */
  excludeSourceIds?: string[];
  /** Most matches shown per statement (default 8), and per source under one statement (default 3). */
  maxMatches?: number;
  maxPerSource?: number;
  /** Most statements checked, from the article's beginning (default MAX_STATEMENTS). */
  maxStatements?: number;
}

/**
 * Statements checked at most per page. Real articles have 8–94 (the 25 pages of ../shared); a
 * 10,000-word long read about 500. Past it the time grows with no reader able to use the list:
 * in Node, 500 statements of a long article on the corpus's subject take about 1 s to find and
 * compare, and their result (about 300 kB) stays well inside the session storage it is kept in.
 */
export const MAX_STATEMENTS = 500;

const STANCE_ORDER = { conflicts: 0, corroborates: 1, related: 2 } as const;

/**
 * Compares an article's checkable statements with the corpus:
 * find statements → retrieve candidates → align → judge stance → explain → keep independent voices.
 * Returns the page's statements in page order, each with its matches, strongest first.
 */
export function compareArticle(whole: Article, corpus: Corpus, options: CompareOptions = {}): Comparison {
  // The content script sends no more than this; other callers (the CLI) are held to it too.
  const article = keepBeginning(whole, PAGE_LIMITS.articleCharacters);
  const page: PageInfo = { title: article.title, url: article.url, lang: article.lang, published: article.published, readerable: article.readerable };
  const text = article.paragraphs.join('\n');
  if (isUnreadableText(text)) return emptyComparison(page, 'unreadable-text');
  // The text says its language when it is long enough to tell; else the page's `lang` attribute.
  page.lang = detectLanguage(text) ?? article.lang;
  if (page.lang && page.lang !== 'en') return emptyComparison(page, 'unsupported-language');
  const found = findFirstStatements(article.paragraphs, article.published, options.maxStatements ?? MAX_STATEMENTS);
  const { statements } = found;
  if (statements.length === 0) {
    const none = emptyComparison(page, 'no-statements');
    // Cut before it was sent (a very long page): say that the part read had none, not the article.
    if (article.totalWords !== undefined) none.capped = { statements: 0, words: countWords(text), totalWords: article.totalWords };
    return none;
  }
  const exclude = new Set(options.excludeSourceIds ?? []);
  const results = statements.map((st) => matchStatement(st, article, corpus, exclude, options));
  const comparison: Comparison = { page, statements: results, summary: summarizeStatements(results) };
  if (found.capped || article.totalWords !== undefined) {
    const words = countWords(article.paragraphs.slice(0, found.paragraphsRead).join(' '));
    comparison.capped = { statements: statements.length, words, totalWords: article.totalWords ?? countWords(text) };
  }
  return comparison;
}

/** A comparison with nothing to show, and why. */
export function emptyComparison(page: PageInfo, empty: NonNullable<Comparison['empty']>): Comparison {
  return { page, statements: [], empty, summary: summarizeStatements([]) };
}

interface Judged {
  match: Match;
  valueEvidence: number;
  candidate: CorpusStatement;
  /** The marked parts, computed only for the matches that are kept (most candidates are not). */
  spans: () => Match['spans'];
}

function matchStatement(statement: Statement, article: Article, corpus: Corpus, exclude: Set<string>, options: CompareOptions): StatementResult {
  const judged: Judged[] = [];
  const documentStance = documentStanceOf(statement, corpus);
  for (const candidate of retrieveCandidates(statement, corpus, exclude)) {
    const result = judgeCandidate(statement, candidate, article, corpus, () => documentStance(candidate.sourceId));
    if (result) judged.push(result);
  }
  judged.sort((a, b) => STANCE_ORDER[a.match.stance] - STANCE_ORDER[b.match.stance] || b.valueEvidence - a.valueEvidence || b.match.score - a.match.score);
  const kept = keepIndependent(judged, corpus, options.maxPerSource ?? 3)
    .slice(0, options.maxMatches ?? 8)
    .map((j) => ({ ...j.match, spans: j.spans() }));
  return { index: statement.index, text: statement.text, matches: kept, outlets: outletsOf(kept) };
}

/**
 * One voice per fact: when a source corroborates (or contradicts) a statement with two of its
 * sentences that say the same thing, only the stronger is shown: a source repeating itself is
 * not a second confirmation. Related matches are context, not evidence, and are only capped.
 */
function keepIndependent(judged: Judged[], corpus: Corpus, maxPerSource: number): Judged[] {
  const kept: Judged[] = [];
  for (const j of judged) {
    const sameSource = kept.filter((k) => k.match.sourceId === j.match.sourceId);
    if (sameSource.length >= maxPerSource) continue;
    const repeats =
      j.match.stance !== 'related' &&
      sameSource.some((k) => k.match.stance === j.match.stance && alignStatements(k.candidate.features, j.candidate.features, corpus.weights).score >= SAME_FACT_MIN);
    if (!repeats) kept.push(j);
  }
  return kept;
}

/**
 * The learned model's view (FNC-1 stance) of each source document towards the statement, once
 * per source: does the source as a whole discuss this claim at all? Null without a model.
 */
function documentStanceOf(statement: Statement, corpus: Corpus): (sourceId: string) => StanceProbabilities | null {
  const model = corpus.stance;
  if (!model) return () => null;
  let headline: ReturnType<typeof prepareStanceHeadline> | undefined;
  const seen = new Map<string, StanceProbabilities>();
  return (sourceId) => {
    let p = seen.get(sourceId);
    if (!p) {
      let body = corpus.stanceBodies.get(sourceId);
      if (!body) {
        body = prepareStanceBody(model, (corpus.bySource.get(sourceId) ?? []).map((st) => st.text).join(' '));
        corpus.stanceBodies.set(sourceId, body);
      }
      headline ??= prepareStanceHeadline(model, statement.text);
      seen.set(sourceId, (p = predictStance(model, headline, body)));
    }
    return p;
  };
}

function judgeCandidate(
  statement: Statement,
  candidate: CorpusStatement,
  article: Article,
  corpus: Corpus,
  documentStance: () => StanceProbabilities | null,
): Judged | null {
  const source = corpus.sources.get(candidate.sourceId);
  const published = source?.published ?? null;
  const alignment = alignStatements(statement.features, candidate.features, corpus.weights);
  const timing = timingOf(article.published, published);
  const sharedWords = surfaceWords(candidate.text, alignment.shared);
  const judgement = judgeStance({
    page: statement.features,
    source: candidate.features,
    alignment,
    slots: compareSlots(statement.features, candidate.features),
    differentPeriod: isDifferentPeriod(article.published, published),
    samePeriod: timing === 'same period',
    pageYear: article.published?.slice(0, 4) ?? null,
    sourceYear: published?.slice(0, 4) ?? null,
    sourceOutlet: source?.outlet ?? candidate.sourceId,
    sharedWords,
    idf: corpus.idf,
    lexicon: corpus.lexicon,
    monthsApart: Math.abs(monthsBetween(article.published, published) ?? 0),
    pageText: statement.text,
    sourceText: candidate.text,
    documentStance,
  });
  if (!judgement) return null;
  const similar = alignment.similar.map(([p]) => p);
  const cue = (side: 'page' | 'source') => (judgement.stance === 'conflicts' && judgement.why.startsWith('negated') ? (side === 'page' ? statement.features.negation : candidate.features.negation) : null);
  const match: Match = {
    sourceId: candidate.sourceId,
    outlet: source?.outlet ?? candidate.sourceId,
    published: published ?? '',
    sourceIndex: candidate.index,
    text: candidate.text,
    stance: judgement.stance,
    score: Math.round(alignment.score * 1000) / 1000,
    why: judgement.why,
    timing,
    shared: sharedWords,
    spans: { page: [], source: [] },
  };
  const spans = () => ({
    page: findSpans(statement.text, [...alignment.shared, ...similar], judgement.findings, 'page', cue('page')),
    source: findSpans(candidate.text, [...alignment.shared, ...alignment.similar.map(([, s]) => s)], judgement.findings, 'source', cue('source')),
  });
  return { match, valueEvidence: judgement.valueEvidence, candidate, spans };
}

