import { defineExtensionMessaging } from '@webext-core/messaging';

/**
 * The one message the content script sends the background. Extension pages call the background's
 * service instead (analysis-service.ts); this message stays a message because the background needs
 * its sender: the tab it came from, which the content script does not know.
 */
export interface ContentProtocol {
  /**
   * From the content script of an analysed page: the page moved to `url` without loading a new
   * document (history API). The old result is dropped at once; once the new content has rendered
   * (`rendered`), the page is analysed again.
   */
  pageNavigated(data: { url: string; rendered: boolean }): void;
}

/** Keep the console for real problems: the default logger prints every message. */
export const QUIET_LOGGER = { debug() {}, log() {}, warn: console.warn, error: console.error };

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ContentProtocol>({
  logger: QUIET_LOGGER,
});
