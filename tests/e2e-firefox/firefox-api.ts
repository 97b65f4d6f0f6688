/**
 * The part of Firefox's `browser` the tests call inside an extension page's `evaluate`: the real
 * API of the page, not WXT's types, which the tests do not load. A function passed to `evaluate`
 * runs in the page, so it reaches this through `globalThis` rather than an import.
 */
export interface FirefoxApi {
  tabs: {
    query(query: object): Promise<Array<{ id?: number; url?: string; active?: boolean }>>;
    create(properties: { url: string; active?: boolean }): Promise<{ id?: number }>;
    remove(tabId: number): Promise<void>;
    get(tabId: number): Promise<{ id?: number; url?: string; status?: string }>;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
    session: { get(key: string): Promise<Record<string, unknown>> };
  };
  sidebarAction: {
    setPanel(details: { panel: string }): Promise<void>;
    getPanel(details: object): Promise<string>;
    isOpen(details: object): Promise<boolean>;
  };
  extension: { getViews(filter: { type: 'sidebar' | 'tab' | 'popup' }): Window[] };
  scripting: {
    executeScript<A extends unknown[], R>(injection: {
      target: { tabId: number };
      func: (...args: A) => R;
      args: A;
    }): Promise<Array<{ result?: Awaited<R> }>>;
  };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  runtime: { getBackgroundPage(): Promise<Window & { fetch: typeof fetch; browser: FirefoxApi }> };
}
