import { i18n } from '#i18n';
import type { AnalysisProgress } from '../utils/shared/storage';
import { NO_ACCESS_ERROR } from '../utils/shared/describe-scripting-error';
import { formatNumber } from '../utils/view/format-number';
import { ComparisonView } from './ComparisonView';
import { Notice } from './Notice';
import { useTabComparison } from './hooks/use-tab-comparison';

/** The panel's main view: the comparison of one tab, with its loading and error states. */
export function TabResults({ fixedTabId }: { fixedTabId: number | undefined }) {
  const { tabId, state, retry } = useTabComparison(fixedTabId);
  if (state.status === 'analysing') return <Analysing progress={state.progress} />;
  if (state.status === 'error' && state.name === NO_ACCESS_ERROR) {
    return (
      <Notice title={i18n.t('panel.error.noAccessTitle')} state="no-access">
        <p>{state.message}</p>
        <button type="button" class="button" onClick={retry}>
          {i18n.t('panel.tryAgain')}
        </button>
      </Notice>
    );
  }
  if (state.status === 'error') {
    return (
      <Notice tone="error" title={i18n.t('panel.error.title')} state="error">
        <p class="error-message">{state.message}</p>
        <p>{i18n.t('panel.error.help')}</p>
        <button type="button" class="button" onClick={retry}>
          {i18n.t('panel.tryAgain')}
        </button>
      </Notice>
    );
  }
  return <ComparisonView comparison={state.comparison} tabId={tabId} onReanalyse={retry} />;
}

/** The analysing state: what the background is doing, as it reports it. */
function Analysing({ progress }: { progress: AnalysisProgress | null }) {
  if (progress?.stage === 'updating') {
    return (
      <Notice tone="busy" title={i18n.t('panel.progress.updatingTitle')} state="analysing">
        <p class="progress-text">{i18n.t('panel.progress.updatingText')}</p>
      </Notice>
    );
  }
  if (progress?.stage === 'comparing') {
    const words = progress.words ?? 0;
    const paragraphs = progress.paragraphs ?? 0;
    return (
      <Notice tone="busy" title={i18n.t('panel.progress.comparingTitle')} state="analysing">
        <p class="progress-text">
          {paragraphs > 0
            ? i18n.t('panel.progress.counted', {
                words: i18n.t('panel.progress.words', words, [formatNumber(words)]),
                paragraphs: i18n.t('panel.progress.paragraphs', paragraphs, [formatNumber(paragraphs)]),
              })
            : i18n.t('panel.progress.noText')}
        </p>
      </Notice>
    );
  }
  return (
    <Notice tone="busy" title={i18n.t('panel.progress.readingTitle')} state="analysing">
      <p class="progress-text">{i18n.t('panel.progress.readingText')}</p>
    </Notice>
  );
}
