import { evaluatePrivileged } from './evaluate-privileged';
import type { FirefoxApi } from './firefox-api';
import type { FirefoxBrowser } from './launch-firefox';

/** The privileged globals used to open the sidebar. */
interface SidebarScope {
  ChromeUtils: { importESModule(url: string): { ExtensionCommon: { makeWidgetId(id: string): string } } };
  SidebarController: { show(id: string): Promise<void>; currentID: string };
}

/**
 * Opens Firefox's own sidebar on the extension's `panelPath` (`sidepanel.html?tab=3`…): the panel
 * is set through the extension's API, then shown as the toolbar button or the View › Sidebar menu
 * would (`sidebarAction.open` needs a user gesture; the privileged SidebarController does not).
 */
export async function openSidebar(ff: FirefoxBrowser, panelPath: string): Promise<void> {
  const api = await ff.extensionPage();
  await api.evaluate(
    (panel) => (globalThis as unknown as { browser: FirefoxApi }).browser.sidebarAction.setPanel({ panel }),
    `${ff.extensionOrigin}/${panelPath}`,
  );
  const shown = await evaluatePrivileged(
    ff.browser,
    async (id) => {
      const scope = globalThis as unknown as SidebarScope;
      const { ExtensionCommon } = scope.ChromeUtils.importESModule('resource://gre/modules/ExtensionCommon.sys.mjs');
      // Firefox names an extension's sidebar after its widget id (ext-sidebarAction.js).
      const sidebar = `${ExtensionCommon.makeWidgetId(id)}-sidebar-action`;
      await scope.SidebarController.show(sidebar);
      return scope.SidebarController.currentID === sidebar;
    },
    ff.extensionId,
  );
  if (!shown) throw new Error('Firefox did not show the extension’s sidebar');
}

/**
 * The open sidebar's address and the text of each element matching `selector` in it, read from
 * an extension page: Firefox runs an extension's pages in one process, and
 * `extension.getViews({ type: 'sidebar' })` hands over the sidebar's window itself. `null` when
 * no sidebar of the extension is open.
 */
export async function readSidebar(
  ff: FirefoxBrowser,
  selector: string,
): Promise<{ url: string; texts: string[] } | null> {
  const api = await ff.extensionPage();
  return api.evaluate((selector) => {
    const [view] = (globalThis as unknown as { browser: FirefoxApi }).browser.extension.getViews({ type: 'sidebar' });
    if (!view) return null;
    return {
      url: view.location.href,
      texts: [...view.document.querySelectorAll(selector)].map((el) => el.textContent ?? ''),
    };
  }, selector);
}
