/** Shared data shapes of the engine: what `lib/` takes and returns, and what crosses messages. */

/** An article as extracted from a page (or a corpus source), ready to be analysed. */
export interface Article {
  title: string;
  url: string;
  /** BCP-47 primary language, e.g. "en"; "" when unknown. */
  lang: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) of publication, or null when unknown. */
  published: string | null;
  byline: string | null;
  siteName: string | null;
  /** Body text as paragraphs, page order, clutter removed. */
  paragraphs: string[];
  /** Whether `isProbablyReaderable` said yes (Readability may still extract a short article). */
  readerable: boolean;
  /**
   * Words of the whole article, when `paragraphs` holds only its beginning (the page read it up
   * to a size limit: lib/extract/read-page.ts); absent when `paragraphs` is the whole article.
   */
  totalWords?: number;
}

/** How big a page is: what the reader decides on before parsing it (lib/extract/read-page.ts). */
export interface PageSize {
  /** Elements in the document. */
  elements: number;
  /** Characters of text in the body, counted up to the limit and a little past it. */
  characters: number;
}

/** What the content script hands back to the background: the page's article, or why there is none. */
export interface PageReading {
  url: string;
  /** `document.title`, for pages that are not articles. */
  title: string;
  /** The extracted article, or null when the page has none (or was not read: see `unread`). */
  article: Article | null;
  /** Why the page was not read at all: too large to parse without freezing it (with its size), or a PDF. */
  unread?: { reason: 'too-large'; size: PageSize } | { reason: 'pdf' };
  /** The page's `<link rel=canonical>` address, resolved; absent when it has none (lib/corpus/canonical-url.ts). */
  canonical?: string;
}

/** One corpus source as described by the manifest. */
export interface SourceMeta {
  id: string;
  outlet: string;
  headline: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY). */
  published: string;
  /** How the date is known ("byline", "manifest: reports the decree of 2 January 2015", ...). */
  publishedHow: string;
  url?: string;
  /**
   * Set for an article the reader's news memory kept (issue 14): when they last read it, as an ISO
   * date-time. Absent for shipped sources and sources the reader added by hand.
   */
  readAt?: string;
  /** Set for an article the news memory kept (the reader did not add it by hand): "forget everything remembered" removes it. */
  remembered?: true;
}

/**
 * What a quantity measures. Lengths and distances are one dimension ("a 400-metre ship", "a
 * 3,500-mile detour"): converting km to miles needs them together; what is measured is `object`.
 */
export type QuantityDimension =
  | 'money'
  | 'count'
  | 'percent'
  | 'percentage-points'
  | 'age'
  | 'duration'
  | 'mass'
  | 'length'
  | 'area'
  | 'volume'
  | 'speed'
  | 'temperature'
  | 'power'
  | 'magnitude'
  /**
   * A place in a series: "the ninth day of protests", "its third straight quarterly loss", "fourth
   * in the league", and a run said as a count ("ten meetings in a row" is the tenth). A dimension
   * of its own, not a count with a flag: "the tenth day" says which day, "ten days" how many, and
   * compareQuantities compares only figures of one dimension, so the two are never set against
   * each other. `low` = `high` = the place; `object` the thing ranked ("day"); `series` what it is
   * a place of ("protest").
   */
  | 'ordinal';
/** @deprecated the old name of QuantityDimension. */
export type QuantityKind = QuantityDimension;

/** How the text bounds a figure: "about 400", "more than 400", "up to 400", or 400. */
export type QuantityBound = 'exact' | 'approximate' | 'at least' | 'at most';

/**
 * A number found in a statement, normalised to its dimension's base unit (kg, m, m², l, km/h, °C,
 * W, days for durations and ages in years; a currency code for money). Ranges keep both ends; a
 * lower bound ("more than 100") has `high` UNBOUNDED, an upper bound ("up to 40") `low` 0.
 */
export interface Quantity {
  dimension: QuantityDimension;
  low: number;
  high: number;
  /** Base unit: "kg", "m", "day", "year" (ages), "%", a currency code ("USD"), "" for counts. */
  unit: string;
  bound: QuantityBound;
  /** Whether the text hedges it ("about", "some", "nearly", "up to", "-odd"): `bound` is not 'exact'. */
  approximate: boolean;
  /** Rate the quantity is given per ("month" for "$500 a month", "barrel" for "$80 a barrel"), or "". */
  per: string;
  /** Canonical terms of what is counted or measured ("ship", "vessel"; "soldier"; "trade"), first the head. */
  object: string[];
  /** Canonical content terms of the quantity's own clause, besides `object` ("wait", "backlog", "claim"). */
  context: string[];
  /**
   * How precisely the figure is written, in the base unit: the place of its last non-zero digit
   * ("about 400" → 100, "425" → 1, "$9.6bn" → 0.1 billion). An "about" stretches this far.
   */
  step: number;
  /** Direction of a change the figure gives ("rose 5%": 'up'), absent for a level. */
  change?: 'up' | 'down';
  /** The same figure in another unit, given beside it: "5,000-kilometer (3,100-mile)", "30,000 rubles ($500)". */
  equivalent?: { unit: string; low: number; high: number; text: string; step?: number };
  /**
   * Who or what the figure's clause states it of, when the figure follows the clause's verb
   * ("Hale" in "Hale received 1.8 million votes", "net income" in "Net income slipped to $1.1
   * billion") or a name stands right before it ("Whitfield's 48.6 percent"): canonical terms, and
   * whether it is written bare (a name, a bare plural or mass noun, no article), as owners are.
   */
  holder?: { terms: string[]; bare: boolean };
  /**
   * The figure's part in a set or a change: 'earlier', the level a change started from ("from $1.3
   * billion"); 'later', the level it reached, said beside it ("to $1.1 billion from ..."); 'whole', the set a part is taken of ("the four" in "two of the four survivors");
   * 'part', a share of such a set (with `partOf`, the whole's [low, high]); 'all', a set said whole
   * ("all 48 people").
   */
  role?: 'earlier' | 'later' | 'whole' | 'part' | 'all';
  partOf?: [number, number];
  /**
   * For an ordinal, the series its object is a place in, as canonical terms: the noun after "of"
   * ("day of nationwide action": "nationwide", "action"), or the superlative it ranks by ("third-
   * largest carrier": "largest"). Absent when the text names none.
   */
  series?: string[];
  /** Character offset of `text` in the statement. */
  start: number;
  /** The words that expressed it, as written. */
  text: string;
}

/**
 * A time of day as the span of minutes after midnight it allows (lib/claims/parse-times.ts):
 * "about 7:30 a.m." is 435–465, "afternoon" 720–1080; a night runs past 1440 into the next morning.
 */
export interface TimeOfDay {
  from: number;
  to: number;
  /** A clock reading ("10:45 p.m.", "noon") or a part of the day ("afternoon", "before dawn"). */
  kind: 'clock' | 'part';
  /** The zone word written with a clock, upper-cased ("GMT", "EDT"); null when none ("local time" is none). */
  zone: string | null;
  /** The words as written ("shortly before 11 p.m.", "afternoon"). */
  text: string;
}

/** A calendar date mentioned in a statement, resolved against the article's own date. */
export interface DateMention {
  /** ISO date or month ("2015-01-02", "2022-09"); "" for a time of day said without a day. */
  iso: string;
  /** Which parts the text actually gave; 'time' for a time of day without a day ("at 10:50 a.m."). */
  precision: 'day' | 'month' | 'year' | 'time';
  text: string;
  /** Character offset of `text` in the statement. */
  start: number;
  /** Day of the week (0 = Sunday) when the text names one without a date ("on Thursday"). */
  weekday: number | null;
  /** The time of day the text gives with the day ("at 10:45 p.m. on Tuesday"), or alone (precision 'time'). */
  time?: TimeOfDay;
}

/** An exclusive ("only citizens of ...") or universal ("open to all foreigners") claim about a group. */
export interface Scope {
  kind: 'exclusive' | 'universal';
  text: string;
}

/** What the engine knows about one sentence. */
export interface StatementFeatures {
  /** Canonical content terms (stemmed, synonyms folded), in order, repeated terms kept once. */
  terms: string[];
  /** The terms that are names (places, people, organisations). */
  entities: string[];
  /**
   * Per term, one character of how it is written (termBits in lib/text/normalize-terms.ts): in
   * lowercase somewhere (a common word: "posted" is not "The Post"), in lowercase as the term itself
   * ("council"), as a later word of a multi-word name ("the Constitutional Council").
   */
  common: string;
  /**
   * Terms of the sentence's clauses and of adjacent clause pairs (long sentences carry several
   * claims), encoded compactly against `terms` (decodeTermLists in lib/claims/encode-term-lists.ts).
   */
  clauses: string;
  quantities: Quantity[];
  dates: DateMention[];
  /** The negation cue when the main claim is negated ("not", "no", "never", "barred"), else null. */
  negation: string | null;
  /** Terms of the clause the negation stands in: a negated side remark does not negate the claim. */
  negatedTerms: string[];
  scope: Scope | null;
}

export interface Statement {
  /** Position among the article's sentences (page order). */
  index: number;
  text: string;
  features: StatementFeatures;
}

export type Stance = 'corroborates' | 'conflicts' | 'related';
/** Where the source's publication date falls relative to the page's. */
export type Timing = 'earlier' | 'same period' | 'later' | 'unknown';

/** A part of a statement's text that matched or differed: [start, end) in characters. */
export interface Span {
  start: number;
  end: number;
  kind: 'same' | 'differs';
}

export interface Match {
  sourceId: string;
  outlet: string;
  published: string;
  /** Index of the source statement within its source. */
  sourceIndex: number;
  text: string;
  stance: Stance;
  /** 0..1: how sure the engine is that both statements are about the same fact. */
  score: number;
  /** One line a reader understands. */
  why: string;
  timing: Timing;
  /** Words both statements share (what made the match), as the source writes them. */
  shared: string[];
  /** The parts of the page's and the source's statement that matched or differed. */
  spans: { page: Span[]; source: Span[] };
  /**
   * When the source is one of a group of copies of one text (a wire story on several sites):
   * the group's representative source id (Corpus.voiceOf). Absent when the source is its own voice.
   */
  voice?: string;
  /** When the reader read the source, for an article their news memory kept (SourceMeta.readAt). */
  readAt?: string;
}

export interface StatementResult {
  index: number;
  text: string;
  matches: Match[];
  /**
   * The independent voices that corroborate / conflict with the statement, not sentences nor
   * articles: one outlet, or one group of copies of a text ("AP / Yahoo News"), counts once.
   */
  outlets: { corroborating: string[]; conflicting: string[] };
}

/** Counts for the top of the panel. */
export interface ComparisonSummary {
  /** Statements checked. */
  checked: number;
  /** Statements with at least one corroborating / conflicting match. */
  corroborated: number;
  conflicting: number;
  /** The independent voices (as in StatementResult.outlets) that corroborate / conflict with anything on the page. */
  corroboratingOutlets: string[];
  conflictingOutlets: string[];
  /** Distinct source articles behind them (more than the voices when an outlet or a copied text gives several). */
  corroboratingArticles?: number;
  conflictingArticles?: number;
}

export interface PageInfo {
  title: string;
  url: string;
  lang: string;
  published: string | null;
  readerable: boolean;
}

/** Why a comparison has nothing to show. */
export type EmptyReason =
  /** Readability found no article (a home page, a form, an empty page, a frameset). */
  | 'not-article'
  /** An article, but no sentence that asserts something checkable. */
  | 'no-statements'
  /** Not English (the `lang` attribute or the text says so); `page.lang` names the language when known. */
  | 'unsupported-language'
  /** The page is too big to parse in the page without freezing it: `tooLarge` gives its size. */
  | 'too-large'
  /** The text is garbled: a binary file, the wrong text encoding ("Ã©" for "é"), control characters. */
  | 'unreadable-text'
  /** The tab shows a PDF in the browser's viewer, which has no article text to read. */
  | 'pdf';

/** The result for one page: its checkable statements, each with its matches. */
export interface Comparison {
  page: PageInfo;
  statements: StatementResult[];
  summary: ComparisonSummary;
  /** Why there is nothing to show, when there is nothing. */
  empty?: EmptyReason;
  /** The page's size, when it was too large to read (`empty: 'too-large'`). */
  tooLarge?: PageSize;
  /**
   * Set when the article was longer than Crosscheck checks: only its first `statements`
   * statements were compared, found in about its first `words` of `totalWords` words.
   */
  capped?: { statements: number; words: number; totalWords: number };
  /**
   * Set when the page is (nearly) the text of a corpus source (lib/corpus/find-copies.ts): the
   * page is not matched against it (nor against other copies of it), so it never corroborates
   * itself. `share`: 0..1, how much of the shorter of the two texts the other holds word for word.
   */
  inCorpus?: { sourceId: string; outlet: string; published: string; share: number };
  /**
   * The story of the reader's corpus the page's matched sources mostly belong to (issue 14;
   * lib/stories/find-page-story.ts): `earlier`, its articles published or read before the page;
   * `agree` / `differ`, how many of those have a corroborating / a conflicting match.
   */
  story?: PageStory;
}

/** The story a page belongs to, as the panel's summary says it (Comparison.story). */
export interface PageStory {
  id: string;
  title: string;
  earlier: number;
  agree: number;
  differ: number;
}

/** A corpus statement as shipped in the analysed-corpus asset. */
export interface CorpusStatement extends Statement {
  sourceId: string;
}

/** The analysed corpus asset: built once by `npm run corpus`, loaded by the extension and the CLI. */
export interface AnalysedCorpus {
  version: number;
  sources: SourceMeta[];
  statements: CorpusStatement[];
}
