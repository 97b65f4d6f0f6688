import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { CorpusNotice } from '../../components/CorpusNotice';
import { StoriesLink } from '../../components/StoriesLink';
import { useService } from '../../components/hooks/use-service';
import type { SourceSummary } from '../../utils/shared/service-types';
import { AutoAnalysisSection } from './AutoAnalysisSection';
import { CorpusStatusLine } from './CorpusStatusLine';
import { FeedbackSection } from './FeedbackSection';
import { MemorySection } from './MemorySection';
import { SourcesSection } from './SourcesSection';
import { readerMessage } from '../../utils/shared/reader-error';

/**
 * The options page: the corpus is the reader's. Lists every source, adds (import files),
 * removes, restores the shipped ones, exports; and lists the reader's match feedback.
 */
export function App() {
  const service = useService();
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setSources(await service.listSources());
      setLoadError(null);
    } catch (err) {
      setLoadError(readerMessage(err));
    }
  }, [service]);

  useEffect(() => {
    void reload();
    // The popup may add a page while this tab is open in the background.
    const onVisible = () => document.visibilityState === 'visible' && void reload();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  return (
    <main class="options">
      <header class="options-header">
        <h1>{i18n.t('options.heading')}</h1>
        <p class="lede">{i18n.t('options.lede')}</p>
        <CorpusStatusLine sources={sources} />
        <p class="options-stories">
          <StoriesLink /> <span class="hint">{i18n.t('stories.options.linkHint')}</span>
        </p>
      </header>
      <CorpusNotice />
      <SourcesSection sources={sources} loadError={loadError} onChanged={reload} />
      <FeedbackSection sources={sources} />
      <AutoAnalysisSection />
      <MemorySection onChanged={reload} />
    </main>
  );
}
