import { i18n } from '#i18n';
import type { Story } from '../lib/stories/story-types';
import { CORPUS_LANG } from '../utils/view/article-lang';
import { formatNumber } from '../utils/view/format-number';
import { describeRange } from '../utils/view/format-story-markdown';
import { getStoriesPath } from '../utils/shared/stories-path';

/** The reader's stories, newest first: title, how many articles from how many outlets, and when. */
export function StoryList({ stories, onChoose }: { stories: readonly Story[]; onChoose(id: string): void }) {
  if (stories.length === 0) return <p class="status">{i18n.t('stories.none')}</p>;
  return (
    <ol class="story-list" aria-label={i18n.t('stories.listLabel')}>
      {stories.map((story) => (
        <li key={story.id} class="story-item" data-story={story.id}>
          {/* A real link (opens in a new tab too); a plain click stays on this page. */}
          <a
            class="story-title"
            lang={CORPUS_LANG}
            href={`/${getStoriesPath(story.id)}`}
            onClick={(e) => {
              if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
              e.preventDefault();
              onChoose(story.id);
            }}
          >
            {story.title}
          </a>
          <span class="story-meta">{describeStory(story)}</span>
        </li>
      ))}
    </ol>
  );
}

/** "5 articles from 4 outlets, 24 Mar 2021 – 7 Jul 2021" */
export function describeStory(story: Pick<Story, 'articles' | 'outlets' | 'first' | 'last'>): string {
  return i18n.t('stories.meta', {
    articles: i18n.t('stories.articles', story.articles.length, [formatNumber(story.articles.length)]),
    outlets: i18n.t('stories.outlets', story.outlets, [formatNumber(story.outlets)]),
    range: describeRange(story.first, story.last),
  });
}
