import type { Article, Comparison, CorpusStatement, Match, PageInfo, Statement, StatementResult } from './types';
import { getEventProfile, type Corpus } from './corpus/load-corpus';
import { findFirstStatements } from './statements/find-statements';
import { detectLanguage } from './text/detect-language';
import { isUnreadableText } from './text/is-unreadable-text';
import { countWords } from './text/count-words';
import { keepBeginning } from './text/keep-beginning';
import { PAGE_LIMITS } from './extract/page-limits';
import { retrieveCandidates } from './match/retrieve-candidates';
import { findStorySources } from './match/find-story-sources';
import { STORY_SIMILARITY_MIN } from './match/thresholds';
import { alignStatements } from './match/align-statements';
import { compareSlots } from './match/compare-slots';
import { judgeStance, mayBeShown, SAME_FACT_MIN, type Judgement } from './match/judge-stance';
import { findSpans } from './match/find-spans';
import { isDifferentPeriod, monthsBetween, timingOf } from './dates/compare-periods';
import { surfaceWords } from './text/normalize-terms';
import { outletsOf, summarizeStatements } from './summarize-comparison';
import { predictStance, prepareStanceBody, prepareStanceHeadline } from './stance/predict-stance';
import type { StanceProbabilities } from './stance/stance-labels';
import { SHIPPED_GATE, type JudgeGate } from './match/judge-gate';
import { sampleShingles } from './corpus/sample-shingles';
import { findCopies } from './corpus/find-copies';
import { buildEventProfile, type EventProfile } from './events/build-event-profile';
import { sameEventScore } from './events/same-event-score';
import { compareEventFrames, type EventComparison } from './events/compare-event-frames';
import { readEventFrame } from './events/read-event-frame';
import { formatReasons } from './explain/format-reasons';
import type { ReasonPhrases } from './explain/reason-phrases';

export interface CompareOptions {
  /** Sources never matched against the page (a seed given as the page is not matched against itself). */
  excludeSourceIds?: string[];
  /** Most matches shown per statement (default 8), and per source under one statement (default 3). */
  maxMatches?: number;
  maxPerSource?: number;
  /** Most statements checked, from the article's beginning (default MAX_STATEMENTS). */
  maxStatements?: number;
  /** The fitted gate on proposed stances (default: the shipped one; null: none, every proposal shown). */
  gate?: JudgeGate | null;
  /**
   * The language of each match's `why` line (lib/explain/reason-phrases.ts): the extension passes
   * the reader's. Default: the engine's English, which the CLI and the eval scripts read.
   */
  phrases?: ReasonPhrases;
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
 * find statements → leave out the sources the page is a copy of → retrieve candidates → align →
 * judge stance → explain → keep independent voices.
 * Returns the page's statements in page order, each with its matches, strongest first.
 */
export function compareArticle(whole: Article, corpus: Corpus, options: CompareOptions = {}): Comparison {
  // The content script sends no more than this; other callers (the CLI) are held to it too.
  const article = keepBeginning(whole, PAGE_LIMITS.articleCharacters);
  const page: PageInfo = {
    title: article.title,
    url: article.url,
    lang: article.lang,
    published: article.published,
    readerable: article.readerable,
  };
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
    if (article.totalWords !== undefined)
      none.capped = { statements: 0, words: countWords(text), totalWords: article.totalWords };
    return none;
  }
  const exclude = new Set(options.excludeSourceIds ?? []);
  // A page that is a corpus source (or a copy of it) would corroborate itself sentence by sentence.
  const copies = findCopies(corpus.copies, sampleShingles(statements));
  for (const c of copies) exclude.add(c.sourceId);
  // And the other copies of the text it copies, whatever their share with the page.
  const copiedVoices = new Set(copies.map((c) => corpus.voiceOf(c.sourceId)));
  for (const [id, voice] of corpus.copies.voices) if (copiedVoices.has(voice)) exclude.add(id);
  const story = storyOf(statements, corpus, exclude, article);
  const results = statements.map((st, i) => matchStatement(st, article, corpus, options, story, story.candidates[i]!));
  const comparison: Comparison = { page, statements: results, summary: summarizeStatements(results) };
  const copied = copies[0] && corpus.sources.get(copies[0].sourceId);
  if (copied)
    comparison.inCorpus = {
      sourceId: copied.id,
      outlet: copied.outlet,
      published: copied.published,
      share: Math.round(copies[0]!.share * 1000) / 1000,
    };
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

export interface Judged {
  match: Match;
  /** The judge's verdict in full (reasons, the proposal and its features). */
  judgement: Judgement;
  valueEvidence: number;
  candidate: CorpusStatement;
  /** The marked parts, computed only for the matches that are kept (most candidates are not). */
  spans: () => Match['spans'];
}

/** The page's story in the corpus: each statement's retrieved candidates and the sources that report the same story. */
export interface PageStory {
  candidates: CorpusStatement[][];
  /** Source id → document similarity with the page, for the sources that report its story. */
  similarity: Map<string, number>;
  /** The page's event profile and its same-event score with each source. */
  events: PageEvents;
}

/**
 * Retrieves every statement's candidates and finds the sources that report the page's story
 * (findStorySources). A statement with a value (a figure, a date) also takes as candidates the
 * statements of those sources that give a value of the same kind: within one story, "the
 * 220,000-ton vessel" is about the ship the source calls "the Ever Given", though they share few words.
 */
export function storyOf(
  statements: Statement[],
  corpus: Corpus,
  exclude: ReadonlySet<string>,
  article: Pick<Article, 'published' | 'title'>,
): PageStory {
  const candidates = statements.map((st) => retrieveCandidates(st, corpus, exclude));
  const story = findStorySources(statements, candidates, corpus).filter((s) => s.similarity >= STORY_SIMILARITY_MIN);
  const similarity = new Map(story.map((s) => [s.sourceId, s.similarity]));
  statements.forEach((st, i) => {
    const kinds = new Set([
      ...st.features.quantities.map((q) => q.dimension),
      ...(st.features.dates.length > 0 ? ['date'] : []),
    ]);
    if (kinds.size === 0) return;
    const have = new Set(candidates[i]);
    for (const { sourceId } of story) {
      for (const c of corpus.bySource.get(sourceId) ?? []) {
        if (have.has(c)) continue;
        if (
          c.features.quantities.some((q) => kinds.has(q.dimension)) ||
          (kinds.has('date') && c.features.dates.length > 0)
        ) {
          candidates[i]!.push(c);
          have.add(c);
        }
      }
    }
  });
  return {
    candidates,
    similarity,
    events: pageEvents(buildEventProfile(statements, article.published, article.title), corpus),
  };
}

/**
 * Every candidate of one page statement with the judge's verdict (those it would show, before
 * the cut to the strongest few): what the comparison keeps from, and what the judge's trainer
 * (scripts/train-judge.ts) learns from.
 */
export function judgeCandidates(
  statement: Statement,
  article: Article,
  corpus: Corpus,
  story: PageStory,
  candidates: CorpusStatement[],
  gate: JudgeGate | null = SHIPPED_GATE,
): Judged[] {
  const judged: Judged[] = [];
  const documentStance = documentStanceOf(statement, corpus);
  for (const candidate of candidates) {
    const result = judgeCandidate(
      statement,
      candidate,
      article,
      corpus,
      () => documentStance(candidate.sourceId),
      gate,
      story.similarity.get(candidate.sourceId) ?? 0,
      story.events,
    );
    if (result) judged.push(result);
  }
  return judged;
}

function matchStatement(
  statement: Statement,
  article: Article,
  corpus: Corpus,
  options: CompareOptions,
  story: PageStory,
  candidates: CorpusStatement[],
): StatementResult {
  const judged = judgeCandidates(
    statement,
    article,
    corpus,
    story,
    candidates,
    options.gate === undefined ? SHIPPED_GATE : options.gate,
  );
  judged.sort(
    (a, b) =>
      STANCE_ORDER[a.match.stance] - STANCE_ORDER[b.match.stance] ||
      b.valueEvidence - a.valueEvidence ||
      b.match.score - a.match.score,
  );
  const kept = keepIndependent(judged, corpus, options.maxPerSource ?? 3)
    .slice(0, options.maxMatches ?? 8)
    .map((j) => ({ ...j.match, ...whyIn(j, options.phrases), spans: j.spans() }));
  return { index: statement.index, text: statement.text, matches: kept, outlets: outletsOf(kept) };
}

/** A kept match's line in the reader's language, written again from the judge's reasons (no judging again). */
function whyIn(judged: Judged, phrases: ReasonPhrases | undefined): Partial<Match> {
  return phrases ? { why: formatReasons(judged.judgement.reasons, phrases) } : {};
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
      sameSource.some(
        (k) =>
          k.match.stance === j.match.stance &&
          alignStatements(k.candidate.features, j.candidate.features, corpus.weights).score >= SAME_FACT_MIN,
      );
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

/**
 * Whether a page statement reports the source's event although the page was written much later:
 * it names the source's subject, and it dates itself in the source's year or names that subject with
 * a name of several words (a ship, a firm: "Russian" or "Putin" alone names a country's whole news).
 */
function isAboutSourceTime(
  statement: Statement,
  sourcePublished: string | null,
  eventsOf: () => EventComparison,
): boolean {
  if (!sourcePublished) return false;
  // A time of day without a day ("at 10:50 a.m.") dates no year. Checked before the frames, which cost more.
  const dates = statement.features.dates.filter((d) => d.precision !== 'time');
  if (!dates.every((d) => d.iso.slice(0, 4) === sourcePublished.slice(0, 4))) return false;
  // The shared subject is one of the page statement's own names (compareNames).
  const names = readEventFrame(statement).names;
  if (!names.some((n) => dates.length > 0 || n.includes(' '))) return false;
  const events = eventsOf();
  if (events.relation !== 'same') return false;
  const shared = events.evidence.flatMap((e) => (e.kind === 'shared-subject' ? e.names : []));
  return shared.length > 0 && (dates.length > 0 || shared.some((n) => n.includes(' ')));
}

/** The page's event profile, and its same-event score with each source (computed on first use, once per source). */
interface PageEvents {
  profile: EventProfile;
  sameEvent: (sourceId: string) => number | undefined;
}

function pageEvents(profile: EventProfile, corpus: Corpus): PageEvents {
  const scores = new Map<string, number | undefined>();
  return {
    profile,
    sameEvent: (sourceId) => {
      if (!scores.has(sourceId)) {
        const source = getEventProfile(corpus, sourceId);
        scores.set(sourceId, source ? sameEventScore(profile, source, corpus.idf) : undefined);
      }
      return scores.get(sourceId);
    },
  };
}

function judgeCandidate(
  statement: Statement,
  candidate: CorpusStatement,
  article: Article,
  corpus: Corpus,
  documentStance: () => StanceProbabilities | null,
  gate: JudgeGate | null,
  storySimilarity: number,
  events: PageEvents,
): Judged | null {
  const source = corpus.sources.get(candidate.sourceId);
  const published = source?.published ?? null;
  const alignment = alignStatements(statement.features, candidate.features, corpus.weights);
  const slots = compareSlots(
    statement.features,
    candidate.features,
    corpus.weights.similarity,
    corpus.weights.relation ?? null,
  );
  // Most candidates share a word and no more: nothing to show, whatever the rest would find.
  if (!mayBeShown(alignment, slots, storySimilarity)) return null;
  const timing = timingOf(article.published, published);
  let samePeriod = timing === 'same period';
  let frames: EventComparison | undefined;
  // Lazy, with the documents' same-event score: most candidates are judged without asking.
  const eventsOf = () =>
    (frames ??= compareEventFrames(readEventFrame(statement), readEventFrame(candidate), {
      pageProfile: events.profile,
      sourceProfile: getEventProfile(corpus, candidate.sourceId),
      sameEvent: events.sameEvent(candidate.sourceId),
      similarity: corpus.weights.similarity,
    }));
  let differentPeriod = isDifferentPeriod(article.published, published);
  // A page written years later that looks back at the source's event ("In 2021 the Ever Given ..."):
  // the statement is about the source's time, not the page's.
  if (differentPeriod && isAboutSourceTime(statement, published, eventsOf)) {
    differentPeriod = false;
    samePeriod = true;
  }
  const sharedWords = surfaceWords(candidate.text, alignment.shared);
  const judgement = judgeStance({
    page: statement.features,
    source: candidate.features,
    alignment,
    slots,
    related: corpus.weights.similarity,
    differentPeriod,
    samePeriod,
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
    gate,
    storySimilarity,
    events: eventsOf,
  });
  if (!judgement) return null;
  const similar = alignment.similar.map(([p]) => p);
  const cue = (side: 'page' | 'source') => judgement.negation?.[side] ?? null;
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
  const voice = corpus.voiceOf(candidate.sourceId);
  if (voice !== candidate.sourceId) match.voice = voice;
  if (source?.readAt) match.readAt = source.readAt;
  const spans = () => ({
    page: findSpans(statement.text, [...alignment.shared, ...similar], judgement.findings, 'page', cue('page')),
    source: findSpans(
      candidate.text,
      [...alignment.shared, ...alignment.similar.map(([, s]) => s)],
      judgement.findings,
      'source',
      cue('source'),
    ),
  });
  return { match, judgement, valueEvidence: judgement.valueEvidence, candidate, spans };
}
