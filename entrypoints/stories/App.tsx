import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { StoryList } from '../../components/StoryList';
import { StoryView } from '../../components/StoryView';
import { useService } from '../../components/hooks/use-service';
import type { Story, StoryDetail } from '../../lib/stories/story-types';
import { readerMessage } from '../../utils/shared/reader-error';
import { getStoriesPath, parseStoriesQuery } from '../../utils/shared/stories-path';

type Loaded<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'done'; value: T };

/**
 * The Stories page: the reader's stories newest first; one chosen (`?story=<id>`, so the panel
 * can open it and the browser's back button returns to the list) shows its outlets on a time line
 * and its figures table.
 */
export function App() {
  const service = useService();
  const [storyId, setStoryId] = useState(() => parseStoriesQuery(location.search));
  const [stories, setStories] = useState<Loaded<Story[]>>({ status: 'loading' });
  const [detail, setDetail] = useState<Loaded<StoryDetail | undefined>>({ status: 'loading' });

  useEffect(() => {
    service.listStories().then(
      (value) => setStories({ status: 'done', value }),
      (err: unknown) => setStories({ status: 'error', message: readerMessage(err) }),
    );
  }, [service]);

  useEffect(() => {
    const onPop = () => setStoryId(parseStoriesQuery(location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (storyId === undefined) return;
    setDetail({ status: 'loading' });
    let current = true;
    service.getStory(storyId).then(
      (value) => current && setDetail({ status: 'done', value }),
      (err: unknown) => current && setDetail({ status: 'error', message: readerMessage(err) }),
    );
    return () => {
      current = false;
    };
  }, [service, storyId]);

  function choose(id: string | undefined) {
    history.pushState(null, '', `/${getStoriesPath(id)}`);
    setStoryId(id);
    window.scrollTo(0, 0);
  }

  return (
    <main class="stories">
      {storyId === undefined ? (
        <>
          <header class="stories-header">
            <h1>{i18n.t('stories.heading')}</h1>
            <p class="lede">{i18n.t('stories.lede')}</p>
          </header>
          {stories.status === 'loading' && (
            <p class="status" role="status">
              {i18n.t('stories.loading')}
            </p>
          )}
          {stories.status === 'error' && (
            <p class="status status-error" role="alert">
              {i18n.t('stories.error', { message: stories.message })}
            </p>
          )}
          {stories.status === 'done' && <StoryList stories={stories.value} onChoose={(id) => choose(id)} />}
        </>
      ) : (
        <>
          <p class="stories-back">
            <a
              href={`/${getStoriesPath()}`}
              onClick={(e) => {
                e.preventDefault();
                choose(undefined);
              }}
            >
              {i18n.t('stories.back')}
            </a>
          </p>
          {detail.status === 'loading' && (
            <p class="status" role="status">
              {i18n.t('stories.loading')}
            </p>
          )}
          {detail.status === 'error' && (
            <p class="status status-error" role="alert">
              {i18n.t('stories.error', { message: detail.message })}
            </p>
          )}
          {detail.status === 'done' &&
            (detail.value ? <StoryView story={detail.value} /> : <p class="status">{i18n.t('stories.notFound')}</p>)}
        </>
      )}
    </main>
  );
}
