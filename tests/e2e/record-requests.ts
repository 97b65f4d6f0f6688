import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Request } from 'playwright-core';

/** Who made a request: the extension's service worker, one of its pages, or a web page in a tab. */
export type RequestMaker = 'worker' | 'extension page' | 'tab';

export interface RecordedRequest {
  from: RequestMaker;
  url: string;
  /** Playwright's resource type (document, script, fetch, image…). */
  type: string;
  /** A top-level or frame navigation (the document itself), not something the document loaded. */
  navigation: boolean;
  /** Set when the request did not complete (`csp` when the content security policy blocked it). */
  failure?: string;
}

export interface RequestRecorder {
  requests: RecordedRequest[];
  /** Forgets what was recorded so far (after the control checks). */
  clear(): void;
  stop(): void;
}

/**
 * Records every request made in the browser, telling the extension's from the tabs'.
 * Playwright reports the requests of every page (Chrome DevTools Protocol, Network domain) and,
 * in playwright-core 1.65, of service workers too, by default (`request.serviceWorker()`; the
 * environment variable PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK would turn that off). A request stopped by the page's CSP before it was made (a fetch under
 * connect-src) is reported by neither Playwright nor DevTools: the policy is checked apart.
 */
export function recordRequests(context: BrowserContext, extensionId: string): RequestRecorder {
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const requests: RecordedRequest[] = [];
  const byRequest = new Map<Request, RecordedRequest>();

  function maker(request: Request): RequestMaker {
    if (request.serviceWorker()) return 'worker';
    const frame = request.frame();
    // A navigation belongs to the document it loads; anything else to the document that asked.
    const document = request.isNavigationRequest() ? request.url() : frame.url();
    return document.startsWith(`${extensionOrigin}/`) ? 'extension page' : 'tab';
  }

  const onRequest = (request: Request) => {
    const recorded: RecordedRequest = {
      from: maker(request),
      url: request.url(),
      type: request.resourceType(),
      navigation: request.isNavigationRequest(),
    };
    requests.push(recorded);
    byRequest.set(request, recorded);
  };
  const onFailed = (request: Request) => {
    const recorded = byRequest.get(request);
    if (recorded) recorded.failure = request.failure()?.errorText ?? 'failed';
  };
  context.on('request', onRequest);
  context.on('requestfailed', onFailed);
  return {
    requests,
    clear() {
      requests.length = 0;
    },
    stop() {
      context.off('request', onRequest);
      context.off('requestfailed', onFailed);
    },
  };
}

/**
 * The extension's requests that are not loads of its own packaged files: anything on the network,
 * another extension, a data or blob URL of another origin, or a path the build does not have
 * (what `<img src=x>` rendered in a panel would ask for). Blob URLs of the extension's own origin
 * are local (a JSON export being saved).
 */
export function findForeignRequests(
  requests: RecordedRequest[],
  extensionId: string,
  extensionDir: string,
): RecordedRequest[] {
  const own = `chrome-extension://${extensionId}/`;
  return requests.filter((r) => {
    if (r.from === 'tab') return false;
    if (r.url.startsWith(`blob:${own}`)) return false;
    if (!r.url.startsWith(own)) return true;
    const file = decodeURIComponent(new URL(r.url).pathname).replace(/^\/+/, '');
    return file === '' || !existsSync(path.join(extensionDir, file));
  });
}
