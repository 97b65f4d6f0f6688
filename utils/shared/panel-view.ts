/** What the side panel shows, read from its URL. */
export type PanelView =
  /** A tab's comparison; `tabId` undefined means the active tab of the panel's window. */
  | { kind: 'tab'; tabId: number | undefined }
  /** A corpus source's statements, `index` highlighted; `tabId` is where "back" returns to. */
  | { kind: 'source'; sourceId: string; index: number | undefined; tabId: number | undefined };

/**
 * Parses the panel's query: `?tab=<tabId>` (tests, detached windows), `?source=<id>&index=<n>`
 * (opened from the popup's search), nothing (the side panel proper).
 */
export function parsePanelView(search: string): PanelView {
  const params = new URLSearchParams(search);
  const tabId = parseNonNegativeInt(params.get('tab'));
  const sourceId = params.get('source');
  if (sourceId) return { kind: 'source', sourceId, index: parseNonNegativeInt(params.get('index')), tabId };
  return { kind: 'tab', tabId };
}

/** A URL of the panel page, relative to the extension root. */
export type PanelPath = `sidepanel.html${string}`;

/** The panel URL (relative to the extension root) that shows a view. */
export function getPanelPath(view: PanelView): PanelPath {
  const params = new URLSearchParams();
  if (view.kind === 'source') {
    params.set('source', view.sourceId);
    if (view.index !== undefined) params.set('index', String(view.index));
  }
  if (view.tabId !== undefined) params.set('tab', String(view.tabId));
  const query = params.toString();
  return query ? `sidepanel.html?${query}` : 'sidepanel.html';
}

function parseNonNegativeInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}
