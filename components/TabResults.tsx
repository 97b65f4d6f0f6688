import { NO_ACCESS_ERROR } from '../utils/describe-scripting-error';
import { ComparisonView } from './ComparisonView';
import { Notice } from './Notice';
import { useTabComparison } from './use-tab-comparison';

/** The panel's main view: the comparison of one tab, with its loading and error states. */
export function TabResults({ fixedTabId }: { fixedTabId: number | undefined }) {
  const { tabId, state, retry } = useTabComparison(fixedTabId);
  if (state.status === 'analysing') {
    return (
      <Notice tone="busy" title="Analysing this page…">
        <p>Reading the article and comparing it with the corpus, on this computer.</p>
      </Notice>
    );
  }
  if (state.status === 'error' && state.name === NO_ACCESS_ERROR) {
    return (
      <Notice title="Compare this page?">
        <p>{state.message}</p>
        <button type="button" class="button" onClick={retry}>
          Try again
        </button>
      </Notice>
    );
  }
  if (state.status === 'error') {
    return (
      <Notice tone="error" title="Crosscheck couldn’t compare this page">
        <p class="error-message">{state.message}</p>
        <button type="button" class="button" onClick={retry}>
          Try again
        </button>
      </Notice>
    );
  }
  return (
    <>
      <ComparisonView comparison={state.comparison} tabId={tabId} />
      <p class="panel-foot">
        <button type="button" class="link-button" onClick={retry}>
          Analyse again
        </button>
      </p>
    </>
  );
}
