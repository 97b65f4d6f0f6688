import { i18n } from '#i18n';
import type { StoryDetail } from '../lib/stories/story-types';
import { CORPUS_LANG } from '../utils/view/article-lang';
import { downloadFile } from '../utils/view/download-file';
import { formatStoryMarkdown, getStoryFileName } from '../utils/view/format-story-markdown';
import { FiguresTable } from './FiguresTable';
import { describeStory } from './StoryList';
import { StoryTimeline } from './StoryTimeline';

/** One story: its title and size, the Markdown export, its outlets on a time line and its figures. */
export function StoryView({ story }: { story: StoryDetail }) {
  function saveMarkdown() {
    const now = new Date();
    downloadFile(getStoryFileName(story, now), formatStoryMarkdown(story, now), 'text/markdown;charset=utf-8');
  }
  return (
    <article class="story" data-story={story.id}>
      <header class="stories-header">
        <h1 lang={CORPUS_LANG}>{story.title}</h1>
        <p class="lede">{describeStory(story)}</p>
        <button
          type="button"
          class="button button-secondary"
          onClick={saveMarkdown}
          aria-label={i18n.t('stories.export.markdownLabel')}
        >
          {i18n.t('stories.export.markdown')}
        </button>
      </header>
      <StoryTimeline story={story} />
      <FiguresTable figures={story.figures} articles={story.articles} />
    </article>
  );
}
