import type { ProxyService } from '@webext-core/proxy-service';
import { getAnalysisService, type PageService } from '../../utils/shared/analysis-service';

/** The background's analysis service, as the extension's pages call it (each method returns a promise). */
export function useService(): ProxyService<PageService> {
  return getAnalysisService();
}
