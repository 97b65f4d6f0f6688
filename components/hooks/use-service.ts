import type { ProxyService } from '@webext-core/proxy-service';
import { browser } from 'wxt/browser';
import { getAnalysisService, type PageService } from '../../utils/shared/analysis-service';

/** The background's analysis service, as the extension's pages call it (each method returns a promise). */
export function useService(): ProxyService<PageService> {
  return getAnalysisService();
}

/** Opens Crosscheck's options page (where sources are added and settings kept). */
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
