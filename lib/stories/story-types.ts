import type { QuantityDimension } from '../types';

// The shapes of a reader's stories (issue 14): the articles of their corpus grouped by the event
// they report (group-stories.ts), with every figure those articles give (build-figures-table.ts).

/** One article of a story, as the Stories page lists it. */
export interface StoryArticle {
  sourceId: string;
  outlet: string;
  headline: string;
  /** ISO date (YYYY-MM-DD, YYYY-MM or YYYY). */
  published: string;
  url?: string;
  /** When the reader read it (SourceMeta.readAt), for an article their news memory kept. */
  readAt?: string;
  /** When the article is a copy of another article's text (a wire story): that article's id, its voice. */
  copyOf?: string;
}

/** A group of articles that report the same event. */
export interface Story {
  /** Stable while the story keeps its earliest article: that article's source id. */
  id: string;
  /** The headline of the article most like the others (the story's centre). */
  title: string;
  /** Oldest first. */
  articles: StoryArticle[];
  /** Independent outlets: copies of one text count once. */
  outlets: number;
  /** ISO dates of the first and the last article. */
  first: string;
  last: string;
}

/** How a figure's value stands against the values reported before it in its row. */
export type FigureChange =
  /** The row's first value. */
  | 'first'
  /** The same value as the last one reported before it (within each other's rounding). */
  | 'same'
  /** Higher / lower than the last value reported before it. */
  | 'up'
  | 'down';

/** One value of a figure, with who reported it and where. */
export interface FigureValue {
  sourceId: string;
  outlet: string;
  published: string;
  /** The figure as the article writes it ("about 50", "$9.6bn"). */
  text: string;
  low: number;
  high: number;
  approximate: boolean;
  /** The sentence it is in, and its position among the article's statements (to open it); -1 for the headline. */
  statement: string;
  statementIndex: number;
  change: FigureChange;
  /** Another article of the same day gives a different value of this figure. */
  disagreesSameDay: boolean;
}

/** One quantity the story's articles report ("cars derailed", "ships waiting"), its values in date order. */
export interface FigureRow {
  /** What is counted or measured, in the articles' words ("cars derailed"). */
  label: string;
  dimension: QuantityDimension;
  /** Base unit of the values (Quantity.unit): "USD", "" for counts. */
  unit: string;
  /** Oldest first; values of one day in the order of their articles. */
  values: FigureValue[];
  /** The value changed over time (a later article gives another value than an earlier one). */
  revised: boolean;
}

/** A story with its figures, as the Stories page shows one. */
export interface StoryDetail extends Story {
  figures: FigureRow[];
}
