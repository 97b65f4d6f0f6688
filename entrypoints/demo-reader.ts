import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readPage } from '../lib/extract/read-page';
import { onDemoMessage } from '../utils/shared/demo-messaging';
import { highlightInPage } from '../utils/page/highlight-in-page';

/**
 * Loaded by the demo article (public/demo/article.html, `<script src="/demo-reader.js">`). The
 * article is an extension page, where the background cannot inject the content script, so the
 * page reads itself when asked: the same `readPage` and `highlightInPage` run on it as on any web
 * page, and the background compares what it read with the corpus like any other reading. Nothing
 * is read until the background asks (the reader opened the panel, clicked the toolbar button or
 * pressed the shortcut on this tab).
 */
export default defineUnlistedScript(() => {
  onDemoMessage('readDemoPage', () => readPage(document, location.href));
  onDemoMessage('showInDemoPage', ({ data }) => highlightInPage(data));
});
