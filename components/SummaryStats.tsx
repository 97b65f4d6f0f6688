import { i18n } from '#i18n';
import type { ComparisonSummary, PageStory } from '../lib/types';
import { openStoriesPage } from './hooks/browser-actions';
import { describeVoices } from '../utils/view/describe-in-corpus';
import { formatNumber } from '../utils/view/format-number';

/**
 * The page's counts: statements checked, corroborated (by how many independent outlets), in
 * conflict (with how many); copies of one text count once ("2 articles, 1 independent outlet").
 */
export function SummaryStats({ summary, story }: { summary: ComparisonSummary; story?: PageStory }) {
  const {
    checked,
    corroborated,
    conflicting,
    corroboratingOutlets,
    conflictingOutlets,
    corroboratingArticles,
    conflictingArticles,
  } = summary;
  return (
    <>
      <ul class="summary" aria-label={i18n.t('panel.summary.label')}>
        <li class="summary-item">
          <strong class="summary-number">{formatNumber(checked)}</strong>
          <span class="summary-label">{i18n.t('panel.summary.checked', checked)}</span>
        </li>
        <li class={`summary-item${corroborated ? ' summary-corroborates' : ''}`}>
          <strong class="summary-number">{formatNumber(corroborated)}</strong>
          <span class="summary-label">{i18n.t('panel.summary.corroborated')}</span>
          {corroborated > 0 && (
            <span class="summary-detail">
              {i18n.t('panel.summary.by', {
                voices: describeVoices(corroboratingOutlets.length, corroboratingArticles),
              })}
            </span>
          )}
        </li>
        <li class={`summary-item${conflicting ? ' summary-conflicts' : ''}`}>
          <strong class="summary-number">{formatNumber(conflicting)}</strong>
          <span class="summary-label">{i18n.t('panel.summary.inConflict')}</span>
          {conflicting > 0 && (
            <span class="summary-detail">
              {i18n.t('panel.summary.with', { voices: describeVoices(conflictingOutlets.length, conflictingArticles) })}
            </span>
          )}
        </li>
      </ul>
      {story && <StoryLine story={story} />}
    </>
  );
}

/**
 * How the reader's earlier articles on this page's story stand against it, and the way to the
 * story's page: "Your 3 earlier articles on this story: 2 agree, 1 differs. Open the story".
 */
function StoryLine({ story }: { story: PageStory }) {
  const { earlier, agree, differ } = story;
  const parts = [
    ...(agree ? [i18n.t('stories.panel.agree', agree, [formatNumber(agree)])] : []),
    ...(differ ? [i18n.t('stories.panel.differ', differ, [formatNumber(differ)])] : []),
  ];
  return (
    <p class="summary-story" data-story={story.id}>
      {i18n.t('stories.panel.earlier', earlier, [formatNumber(earlier)])}{' '}
      {parts.length ? parts.join(', ') : i18n.t('stories.panel.neither')}
      {'. '}
      <button type="button" class="link-button" onClick={() => void openStoriesPage(story.id)}>
        {i18n.t('stories.panel.open')}
      </button>
    </p>
  );
}
