import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { formatDate } from '../utils/view/format-date';
import { formatNumber } from '../utils/view/format-number';
import type { SourceTimeline as Timeline, TimelineSource } from '../utils/view/get-source-timeline';
import { OutletName } from './OutletName';

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
        {i18n.t('panel.timeline.title')}
        <span class="section-note">
          {pagePosition !== null && <span class="legend-page" aria-hidden="true" />}
          {pagePublished
            ? i18n.t('panel.timeline.thisPage', { date: formatDate(pagePublished) })
            : i18n.t('panel.timeline.noDate')}
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
      <p class="timeline-caption">{i18n.t('panel.timeline.caption')}</p>
      {sources.length > shown.length && (
        <button type="button" class="link-button timeline-more" onClick={() => setShowAll(true)}>
          {i18n.t('panel.timeline.showAll', sources.length, [formatNumber(sources.length)])}
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
        <OutletName class="timeline-outlet" outlet={outlet} />{' '}
        <span class="timeline-date">
          <time dateTime={published}>{formatDate(published) || i18n.t('panel.dateUnknown')}</time>
          {/* The space outside the gap's span: the line may break between the date and the distance. */}
          {gap && ' '}
          {gap && <span class={apart ? 'timeline-gap is-apart' : 'timeline-gap'}>{`· ${gap}`}</span>}
        </span>
      </span>
      <span class="timeline-counts">
        {agrees > 0 && (
          <span class="count count-agrees">{i18n.t('panel.timeline.agree', agrees, [formatNumber(agrees)])}</span>
        )}
        {conflicts > 0 && (
          <span class="count count-conflicts">
            {i18n.t('panel.timeline.conflict', conflicts, [formatNumber(conflicts)])}
          </span>
        )}
        {related > 0 && (
          <span class="count count-related">{i18n.t('panel.timeline.related', related, [formatNumber(related)])}</span>
        )}
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
