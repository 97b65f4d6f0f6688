import { CorpusNotice } from '../../components/CorpusNotice';
import { SourceStatements } from '../../components/SourceStatements';
import { TabResults } from '../../components/TabResults';
import { StoriesLink } from '../../components/StoriesLink';
import { parsePanelView } from '../../utils/shared/panel-view';

/** Routes the panel by its URL: a tab's comparison, or a corpus source opened from search. */
export function App() {
  const view = parsePanelView(location.search);
  return (
    <main class="panel">
      <CorpusNotice />
      {view.kind === 'source' ? (
        <SourceStatements sourceId={view.sourceId} index={view.index} tabId={view.tabId} />
      ) : (
        <TabResults fixedTabId={view.tabId} />
      )}
      <p class="panel-footer">
        <StoriesLink />
      </p>
    </main>
  );
}
