import { useState } from 'preact/hooks';
import { formatDate } from '../utils/view/format-date';
import type { SourceTimeline as Timeline, TimelineSource } from '../utils/view/get-source-timeline';

/** Sources listed before "show all" on a page with many. */
const FIRST_SOURCES = 6;

const percent = (position: number) => `${(position * 100).toFixed(1)}%`;

/**
 * Each source that matched, on one time line with the page's own date, and how many of the page's
 * statements it agrees or conflicts with: a 2015 page and a 2024 source are seen at once to be
 * about different years. The line is drawn for the eye (aria-hidden); each row says the same in text.
 */
export function SourceTimeline({ timeline }: { timeline: Timeline }) {
  const [showAll, setShowAll] = useState(false);
  const { sources, pagePosition, pagePublished, fromYear, toYear } = timeline;
  const shown = showAll ? sources : sources.slice(0, FIRST_SOURCES);
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title" class="section-title">
        Sources in time
        <span class="section-note">
          {pagePosition !== null && <span class="legend-page" aria-hidden="true" />}
          {pagePublished ? `this page: ${formatDate(pagePublished)}` : 'this page has no date'}
        </span>
      </h2>
      <div class="timeline-axis" aria-hidden="true">
        <span>{fromYear}</span>
        {toYear !== fromYear && <span>{toYear}</span>}
      </div>
      <ol class="timeline-rows">
        {shown.map((source) => (
          <TimelineRow key={source.sourceId} source={source} pagePosition={pagePosition} />
        ))}
      </ol>
      <p class="timeline-caption">
        Per source: how many of this page’s statements it agrees with, conflicts with, or is only related to.
      </p>
      {sources.length > shown.length && (
        <button type="button" class="link-button timeline-more" onClick={() => setShowAll(true)}>
          Show all {sources.length} sources
        </button>
      )}
    </section>
  );
}

function TimelineRow({ source, pagePosition }: { source: TimelineSource; pagePosition: number | null }) {
  const { outlet, published, gap, agrees, conflicts, related, position, timing } = source;
  const apart = timing === 'earlier' || timing === 'later';
  return (
    <li class="timeline-row" data-source={source.sourceId} data-timing={timing}>
      <span class="timeline-label">
        <span class="timeline-outlet">{outlet}</span>{' '}
        <span class="timeline-date">
          <time dateTime={published}>{formatDate(published) || 'date unknown'}</time>
          {gap && <span class={apart ? 'timeline-gap is-apart' : 'timeline-gap'}>{` · ${gap}`}</span>}
        </span>
      </span>
      <span class="timeline-counts">
        {agrees > 0 && <span class="count count-agrees">{agrees} agree</span>}
        {conflicts > 0 && <span class="count count-conflicts">{conflicts} conflict</span>}
        {related > 0 && <span class="count count-related">{related} related</span>}
      </span>
      <span class="timeline-track" aria-hidden="true">
        {pagePosition !== null && <span class="timeline-page" style={{ left: percent(pagePosition) }} />}
        {position !== null && (
          <span
            class={`timeline-dot${conflicts ? ' dot-conflicts' : agrees ? ' dot-agrees' : ''}`}
            style={{ left: percent(position) }}
          />
        )}
      </span>
    </li>
  );
}
