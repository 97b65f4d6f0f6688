import type { AnalysisProgress } from '../utils/shared/storage';
import { NO_ACCESS_ERROR } from '../utils/shared/describe-scripting-error';
import { ComparisonView } from './ComparisonView';
import { Notice } from './Notice';
import { useTabComparison } from './hooks/use-tab-comparison';

const NUMBER = new Intl.NumberFormat('en');

/** The panel's main view: the comparison of one tab, with its loading and error states. */
export function TabResults({ fixedTabId }: { fixedTabId: number | undefined }) {
  const { tabId, state, retry } = useTabComparison(fixedTabId);
  if (state.status === 'analysing') return <Analysing progress={state.progress} />;
  if (state.status === 'error' && state.name === NO_ACCESS_ERROR) {
    return (
      <Notice title="Compare this page?" state="no-access">
        <p>{state.message}</p>
        <button type="button" class="button" onClick={retry}>
          Try again
        </button>
      </Notice>
    );
  }
  if (state.status === 'error') {
    return (
      <Notice tone="error" title="Crosscheck couldn’t compare this page" state="error">
        <p class="error-message">{state.message}</p>
        <p>
          If it keeps happening, reload the page and press Alt+Shift+K, or reload Crosscheck from the extensions page.
        </p>
        <button type="button" class="button" onClick={retry}>
          Try again
        </button>
      </Notice>
    );
  }
  return <ComparisonView comparison={state.comparison} tabId={tabId} onReanalyse={retry} />;
}

/** The analysing state: what the background is doing, as it reports it. */
function Analysing({ progress }: { progress: AnalysisProgress | null }) {
  if (progress?.stage === 'comparing') {
    const words = progress.words ?? 0;
    const paragraphs = progress.paragraphs ?? 0;
    return (
      <Notice tone="busy" title="Comparing the article with the corpus…" state="analysing">
        <p class="progress-text">
          {paragraphs > 0
            ? `${NUMBER.format(words)} words in ${NUMBER.format(paragraphs)} ${paragraphs === 1 ? 'paragraph' : 'paragraphs'}. Long articles take a few seconds.`
            : 'The page had no article text; finishing up.'}
        </p>
      </Notice>
    );
  }
  return (
    <Notice tone="busy" title="Reading the article…" state="analysing">
      <p class="progress-text">Crosscheck reads the page on this computer; nothing is sent anywhere.</p>
    </Notice>
  );
}
