/**
 * The host access automatic comparison needs: every http(s) page. Optional in the manifest
 * (wxt.config.ts), asked for from the options page (utils/auto-analysis.ts), revocable there or in
 * the browser's own extension settings. No imports: the build config reads it too.
 */
export const AUTO_ANALYSIS_ORIGINS = ['https://*/*', 'http://*/*'];
