import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageReading } from './service-types';
import { QUIET_LOGGER } from './messaging';

/**
 * The demo article shipped with the extension (public/demo/article.html), which the welcome page
 * opens. It is one of the extension's own pages, so no script can be injected into it
 * (`scripting.executeScript` refuses extension pages in Chrome and Firefox alike): it loads a
 * script of its own instead (entrypoints/demo-reader.ts) that answers the background's two
 * requests the way the injected content script and highlighter answer them on a web page.
 */
export const DEMO_PAGE_PATH = '/demo/article.html';

/** From the background to the demo article in one tab (`tabs.sendMessage` reaches only that tab's page). */
export interface DemoProtocol {
  /** What the content script returns on a web page: the page read with lib/extract/read-page.ts. */
  readDemoPage(): PageReading;
  /** What utils/page/highlight-in-page.ts returns: whether the statement was found and highlighted. */
  showInDemoPage(text: string): boolean;
}

export const {
  sendMessage: sendDemoMessage,
  onMessage: onDemoMessage,
  removeAllListeners: removeDemoListeners,
} = defineExtensionMessaging<DemoProtocol>({ logger: QUIET_LOGGER });
