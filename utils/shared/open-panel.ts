import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { PanelPath } from './panel-view';
import { ReaderError } from './reader-error';

/** Firefox's sidebar API; not in Chrome's types. */
interface SidebarAction {
  setPanel(details: { panel: string }): Promise<void>;
  open(): Promise<void>;
}

/**
 * Opens Crosscheck's side panel (Chrome) or sidebar (Firefox) on `path`, e.g. `sidepanel.html`
 * or `sidepanel.html?source=…&index=…`.
 * Must be called synchronously inside the reader's click or shortcut handler: both browsers refuse
 * to open the panel once the user gesture is over, so nothing is awaited before `open`.
 */
export function openPanel(windowId: number | undefined, path: PanelPath = 'sidepanel.html'): Promise<void> {
  const sidebarAction = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebarAction) {
    const setting = sidebarAction.setPanel({ panel: browser.runtime.getURL(`/${path}`) });
    const opening = sidebarAction.open();
    return Promise.all([setting, opening]).then(() => undefined);
  }
  const sidePanel = browser.sidePanel;
  if (!sidePanel) return Promise.reject(new ReaderError(i18n.t('errors.panel.noSidePanel')));
  if (windowId === undefined) return Promise.reject(new ReaderError(i18n.t('errors.panel.noWindow')));
  const setting = sidePanel.setOptions({ path, enabled: true });
  const opening = sidePanel.open({ windowId });
  return Promise.all([setting, opening]).then(() => undefined);
}
