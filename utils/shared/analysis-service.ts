import {
  createProxyService,
  registerService,
  type ProxyService,
  type ProxyServiceKey,
} from '@webext-core/proxy-service';
// A type only: the service's methods are declared once, where the background implements them.
import type { AnalysisService } from '../background/create-analysis-service';
import { i18n } from '#i18n';
import { QUIET_LOGGER } from './messaging';
import { retryOnRestart } from './retry-on-restart';

/**
 * What extension pages (panel, popup, options) may ask of the background: the analysis service
 * less what only the background itself calls.
 */
export type PageService = Omit<AnalysisService, 'forgetTab'>;

/** The message type a call travels under is `proxy-service.<key>` (tests send it by hand). */
export const ANALYSIS_SERVICE_KEY = 'analysis-service' as ProxyServiceKey<PageService>;

/**
 * Answers the pages' calls with `service` (background only). An error thrown by a method is
 * re-thrown at the caller with its name and message. Returns a function that stops answering.
 */
export function registerAnalysisService(service: PageService): () => void {
  return registerService(ANALYSIS_SERVICE_KEY, service, { logger: QUIET_LOGGER });
}

let proxy: ProxyService<PageService> | undefined;

/**
 * The background's service as an extension page calls it: every method returns a promise of
 * what the background's returns. A call the browser lost because the service worker restarted is
 * made once more, then rejected in the reader's words (retry-on-restart.ts). Components reach it
 * through `components/hooks/`.
 */
export function getAnalysisService(): ProxyService<PageService> {
  proxy ??= retryOnRestart(createProxyService(ANALYSIS_SERVICE_KEY, { logger: QUIET_LOGGER }), () =>
    i18n.t('errors.service.restarted'),
  );
  return proxy;
}
