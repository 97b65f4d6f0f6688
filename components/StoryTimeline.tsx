import { i18n } from '#i18n';
import type { Story } from '../lib/stories/story-types';
import { CORPUS_LANG } from '../utils/view/article-lang';
import { formatDate } from '../utils/view/format-date';
import { getStoryTimeline } from '../utils/view/get-story-timeline';
import { OutletName } from './OutletName';

const percent = (position: number) => `${(position * 100).toFixed(1)}%`;

/**
 * A story's outlets on one time line (SourceTimeline's idea for a story): a row per outlet with a
 * dot per article between the story's first and last date. The line is drawn for the eye
 * (aria-hidden); each row lists its articles with their dates in text.
 */
export function StoryTimeline({ story }: { story: Pick<Story, 'articles' | 'first' | 'last'> }) {
  const { rows, first, last } = getStoryTimeline(story);
  return (
    <section class="story-timeline" aria-labelledby="story-timeline-title">
      <h2 id="story-timeline-title">{i18n.t('stories.timeline.title')}</h2>
      <div class="story-axis" aria-hidden="true">
        <span>{formatDate(first)}</span>
        {last !== first && <span>{formatDate(last)}</span>}
      </div>
      <ol class="story-rows">
        {rows.map((row) => (
          <li key={row.outlet} class="story-row">
            <span class="story-row-label">
              <OutletName outlet={row.outlet} />
              <ul class="story-row-articles">
                {row.articles.map((a) => (
                  <li key={a.sourceId} data-source={a.sourceId}>
                    <time dateTime={a.published}>{formatDate(a.published)}</time>{' '}
                    {a.url ? (
                      <a href={a.url} target="_blank" rel="noreferrer" lang={CORPUS_LANG}>
                        {a.headline}
                      </a>
                    ) : (
                      <span lang={CORPUS_LANG}>{a.headline}</span>
                    )}
                    {a.readAt && (
                      <span class="story-read">
                        {' · '}
                        {i18n.t('stories.timeline.read', { date: formatDate(a.readAt.slice(0, 10)) })}
                      </span>
                    )}
                    {a.copyOf && <span class="story-copy">{` · ${i18n.t('stories.timeline.copy')}`}</span>}
                  </li>
                ))}
              </ul>
            </span>
            <span class="story-track" aria-hidden="true">
              {row.articles.map(
                (a) =>
                  a.position !== null && (
                    <span
                      key={a.sourceId}
                      class={`story-dot${a.readAt ? ' is-read' : ''}`}
                      style={{ left: percent(a.position) }}
                    />
                  ),
              )}
            </span>
          </li>
        ))}
      </ol>
      <p class="hint">{i18n.t('stories.timeline.caption')}</p>
    </section>
  );
}
