import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { useService } from '../../components/hooks/use-service';
import { useStorageItem } from '../../components/hooks/use-storage-item';
import { getMemoryState, withNeverSite } from '../../utils/shared/remember-reading';
import type { MemoryStatus } from '../../utils/shared/service-types';
import { rememberReadingItem } from '../../utils/shared/storage';
import { readerMessage } from '../../utils/shared/reader-error';

/**
 * One line on the news memory for the tab's page: remembering is on, paused, off, or never on
 * this site; with "Never remember this site" (which also forgets what was kept of it) and,
 * when the page is remembered, "Forget this article".
 */
export function MemoryLine({ getTabId }: { getTabId: () => Promise<number | undefined> }) {
  const service = useService();
  const { value: settings, set } = useStorageItem(rememberReadingItem);
  const [status, setStatus] = useState<MemoryStatus | null>(null);
  const [problem, setProblem] = useState('');

  async function refresh() {
    try {
      setStatus(await service.memoryStatus(await getTabId()));
    } catch (err) {
      // The line is a side note: without an answer (a corpus that does not load) it is left out.
      console.warn('Crosscheck: the news memory did not answer', err);
      setStatus(null);
    }
  }

  useEffect(() => {
    void refresh();
  }, [service]);

  if (!settings || !status) return null;
  const state = getMemoryState(settings, status.site, Date.now());
  const site = status.site;

  async function neverThisSite() {
    if (!site) return;
    try {
      await set(withNeverSite(settings!, site));
      await service.forgetSite(site);
    } catch (err) {
      setProblem(readerMessage(err));
    }
    await refresh();
  }

  async function forgetPage() {
    if (!status?.pageId) return;
    try {
      await service.forgetArticle(status.pageId);
    } catch (err) {
      setProblem(readerMessage(err));
    }
    await refresh();
  }

  return (
    <div class="popup-memory" data-state={state}>
      <span role="status">
        {i18n.t(`memory.${state}`)}
        {status.pageId && <> {i18n.t('memory.pageRemembered')}</>}
      </span>
      {site && state !== 'never' && state !== 'off' && (
        <button type="button" class="link-button" onClick={() => void neverThisSite()}>
          {i18n.t('memory.neverSite')}
        </button>
      )}
      {status.pageId && (
        <button type="button" class="link-button" onClick={() => void forgetPage()}>
          {i18n.t('memory.forgetPage')}
        </button>
      )}
      {problem && (
        <span class="popup-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
