import type { Comparison, PageStory } from '../types';
import type { Story, StoryArticle } from './story-types';

/**
 * The story of `stories` (groupStories) that a compared page belongs to: the one most of the
 * page's matched sources are in (on a tie, the one with more matches, then the newest). `earlier`
 * counts its articles published before the page (or read before now, for a remembered article),
 * `agree` / `differ` those of them with a corroborating / a conflicting match on the page.
 * `excludeIds`: the page's own source (a page the reader kept), which is not earlier than itself.
 * Undefined when no matched source is in a story with an earlier article.
 */
export function findPageStory(
  comparison: Comparison,
  stories: readonly Story[],
  excludeIds: readonly string[] = [],
): PageStory | undefined {
  const excluded = new Set(excludeIds);
  const storyOf = new Map<string, Story>();
  for (const story of stories) for (const a of story.articles) storyOf.set(a.sourceId, story);
  const stances = new Map<string, Set<string>>();
  const matchCount = new Map<Story, number>();
  for (const statement of comparison.statements)
    for (const m of statement.matches) {
      if (excluded.has(m.sourceId)) continue;
      const story = storyOf.get(m.sourceId);
      if (!story) continue;
      let seen = stances.get(m.sourceId);
      if (!seen) stances.set(m.sourceId, (seen = new Set()));
      seen.add(m.stance);
      matchCount.set(story, (matchCount.get(story) ?? 0) + 1);
    }
  const sourcesIn = new Map<Story, number>();
  for (const id of stances.keys()) {
    const story = storyOf.get(id)!;
    sourcesIn.set(story, (sourcesIn.get(story) ?? 0) + 1);
  }
  const ranked = [...sourcesIn.keys()].sort(
    (a, b) =>
      sourcesIn.get(b)! - sourcesIn.get(a)! ||
      matchCount.get(b)! - matchCount.get(a)! ||
      (a.last < b.last ? 1 : a.last > b.last ? -1 : 0),
  );
  const story = ranked[0];
  if (!story) return undefined;
  const earlier = story.articles.filter((a) => !excluded.has(a.sourceId) && isEarlier(a, comparison.page.published));
  if (earlier.length === 0) return undefined;
  const has = (a: StoryArticle, stance: string) => stances.get(a.sourceId)?.has(stance) ?? false;
  return {
    id: story.id,
    title: story.title,
    earlier: earlier.length,
    agree: earlier.filter((a) => has(a, 'corroborates')).length,
    differ: earlier.filter((a) => has(a, 'conflicts')).length,
  };
}

/**
 * Whether an article came before the page: the reader read it (before now, as they read the page),
 * or it was published on or before the page's date, compared at the coarser of the two precisions
 * ("2024-06" is not after "2024-06-25"). A page of unknown date comes after every article.
 */
function isEarlier(article: StoryArticle, pagePublished: string | null): boolean {
  if (article.readAt) return true;
  if (!pagePublished || !article.published) return true;
  const n = Math.min(article.published.length, pagePublished.length);
  return article.published.slice(0, n) <= pagePublished.slice(0, n);
}
