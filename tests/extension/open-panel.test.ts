import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openPanel } from '../../utils/shared/open-panel';

describe('openPanel', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
  });

  it('uses Chrome’s side panel, setting the path and opening in the same tick', async () => {
    const calls: string[] = [];
    const sidePanel = {
      setOptions: vi.fn(async () => void calls.push('setOptions')),
      open: vi.fn(async () => void calls.push('open')),
    };
    vi.spyOn(fakeBrowser, 'sidebarAction', 'get').mockReturnValue(undefined as never);
    Object.assign(fakeBrowser, { sidePanel });
    const done = openPanel(9, 'sidepanel.html?source=src-a&index=1');
    expect(calls).toEqual(['setOptions', 'open']);
    await done;
    expect(sidePanel.setOptions).toHaveBeenCalledWith({ path: 'sidepanel.html?source=src-a&index=1', enabled: true });
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 9 });
  });

  it('uses Firefox’s sidebar when there is one', async () => {
    const setPanel = vi.spyOn(fakeBrowser.sidebarAction, 'setPanel').mockResolvedValue(undefined);
    const open = vi.spyOn(fakeBrowser.sidebarAction, 'open').mockResolvedValue(undefined);
    await openPanel(undefined, 'sidepanel.html');
    expect(setPanel).toHaveBeenCalledWith({ panel: 'chrome-extension://test-extension-id/sidepanel.html' });
    expect(open).toHaveBeenCalled();
  });
});
