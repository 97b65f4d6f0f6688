import { i18n } from '#i18n';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Comparison } from '../../lib/types';
import { getAnalysisService } from '../../utils/shared/analysis-service';
import { readerMessage } from '../../utils/shared/reader-error';
import { getAnalysisProgressItem, getTabResultItem, type AnalysisProgress } from '../../utils/shared/storage';

export type TabComparisonState =
  /** `progress`: what the background reported of this analysis, when it has. */
  | { status: 'analysing'; progress: AnalysisProgress | null }
  | { status: 'done'; comparison: Comparison }
  /** `name` is the error's name as thrown in the background (e.g. NO_ACCESS_ERROR). */
  | { status: 'error'; message: string; name: string };

/**
 * How long the panel waits, after the tab's result was dropped, for the background's new one
 * before asking itself (a moved page is analysed once it has rendered: within ~0.5-3 s).
 */
const ASK_AFTER_DROP_MS = 3500;

/** Progress older than the panel's request belongs to an earlier run (a shortcut may start one a moment before). */
const PROGRESS_SLACK_MS = 3000;

/**
 * The comparison of a tab, asked from the background and kept current.
 * `fixedTabId` pins a tab (`?tab=`); without it the panel follows its window's active tab.
 */
export function useTabComparison(fixedTabId: number | undefined) {
  const [tabId, setTabId] = useState<number | undefined>(fixedTabId);
  const [state, setState] = useState<TabComparisonState>({ status: 'analysing', progress: null });
  const request = useRef(0);
  const startedAt = useRef(0);

  const analyse = useCallback(async (id: number, force = false) => {
    const mine = ++request.current;
    startedAt.current = Date.now();
    setState({ status: 'analysing', progress: null });
    try {
      const comparison = await getAnalysisService().analyseTab(id, force);
      if (mine === request.current) setState({ status: 'done', comparison });
    } catch (err) {
      if (mine === request.current) setState({ status: 'error', ...describeError(err) });
    }
  }, []);

  // Follow the active tab of the panel's own window.
  useEffect(() => {
    if (fixedTabId !== undefined) return;
    let windowId: number | undefined;
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      windowId = tab?.windowId;
      setTabId(tab?.id);
      if (tab?.id === undefined) {
        setState({
          status: 'error',
          name: 'Error',
          message: i18n.t('panel.noTab'),
        });
      }
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixedTabId]);

  // Analyse the tab (the background answers from its cache when it can), again after it loads
  // a new page, and show a result the shortcut or popup produced meanwhile.
  useEffect(() => {
    if (tabId === undefined) return;
    void analyse(tabId);
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === tabId && change.status === 'complete') void analyse(tabId);
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    let askLater: ReturnType<typeof setTimeout> | undefined;
    const unwatchResult = getTabResultItem(tabId).watch((result) => {
      if (result) {
        request.current++;
        setState({ status: 'done', comparison: result.comparison });
        return;
      }
      // Dropped: the page moved on (a single-page site, or a new load) or the corpus changed. Never
      // keep showing it. The background analyses a moved page once it has rendered, and a loading
      // tab is analysed on 'complete' above; if no result came meanwhile (the corpus changed), ask.
      const mine = ++request.current;
      setState({ status: 'analysing', progress: null });
      clearTimeout(askLater);
      askLater = setTimeout(() => {
        if (mine !== request.current) return;
        void browser.tabs.get(tabId).then(
          (tab) => {
            if (tab.status === 'complete') void analyse(tabId);
          },
          () => undefined,
        );
      }, ASK_AFTER_DROP_MS);
    });
    // What the background reports while it reads and compares (a long page takes a moment).
    const unwatchProgress = getAnalysisProgressItem(tabId).watch((progress) => {
      if (!progress || progress.at < startedAt.current - PROGRESS_SLACK_MS) return;
      setState((current) => (current.status === 'analysing' ? { status: 'analysing', progress } : current));
    });
    return () => {
      clearTimeout(askLater);
      browser.tabs.onUpdated.removeListener(onUpdated);
      unwatchResult();
      unwatchProgress();
    };
  }, [tabId, analyse]);

  const retry = useCallback(() => {
    if (tabId !== undefined) void analyse(tabId, true);
  }, [tabId, analyse]);

  return { tabId, state, retry };
}

/** The error as the panel shows it: in the reader's words (readerMessage), with its name to tell no-access apart. */
function describeError(err: unknown): { message: string; name: string } {
  return { message: readerMessage(err), name: err instanceof Error ? err.name : 'Error' };
}
