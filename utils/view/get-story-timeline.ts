import type { Story, StoryArticle } from '../../lib/stories/story-types';

/** One article on a story's time line. */
export interface StoryTimelineArticle extends StoryArticle {
  /** Where it sits on the line (0 = left end, 1 = right end); null when its date is unknown. */
  position: number | null;
}

/** One outlet's row: its articles, oldest first. */
export interface StoryTimelineRow {
  outlet: string;
  articles: StoryTimelineArticle[];
}

export interface StoryTimeline {
  /** The story's first and last dates, at the line's two ends. */
  first: string;
  last: string;
  /** Outlets in the order of their first article. */
  rows: StoryTimelineRow[];
}

/** Room left at each end of the line so the dots at the ends are not cut. */
const INSET = 0.04;

/**
 * A story's articles on one time line from its first to its last date, a row per outlet: who
 * reported when, and who came back to it later. A story of one day has its dots in the middle.
 */
export function getStoryTimeline(story: Pick<Story, 'articles' | 'first' | 'last'>): StoryTimeline {
  const days = story.articles.map((a) => toDays(a.published)).filter((d): d is number => d !== null);
  const min = Math.min(...days);
  const max = Math.max(...days);
  const place = (d: number | null) =>
    d === null ? null : max === min ? 0.5 : INSET + ((1 - 2 * INSET) * (d - min)) / (max - min);
  const rows = new Map<string, StoryTimelineRow>();
  for (const a of story.articles) {
    let row = rows.get(a.outlet);
    if (!row) rows.set(a.outlet, (row = { outlet: a.outlet, articles: [] }));
    row.articles.push({ ...a, position: place(toDays(a.published)) });
  }
  return { first: story.first, last: story.last, rows: [...rows.values()] };
}

/** An ISO date, month or year as days since 1970: a month is its 15th, a year its 1 July. Null when not a date. */
export function toDays(iso: string | null | undefined): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 6;
  const day = m[3] ? Number(m[3]) : m[2] ? 15 : 1;
  return Date.UTC(year, month, day) / 86_400_000;
}
