/** A URL of the Stories page, relative to the extension root. */
export type StoriesPath = `stories.html${string}`;

/** The Stories page (entrypoints/stories/), showing one story when `storyId` is given. */
export function getStoriesPath(storyId?: string): StoriesPath {
  return storyId === undefined ? 'stories.html' : `stories.html?${new URLSearchParams({ story: storyId })}`;
}

/** The story the Stories page's query names (`?story=<id>`), or undefined for the list. */
export function parseStoriesQuery(search: string): string | undefined {
  return new URLSearchParams(search).get('story') || undefined;
}
