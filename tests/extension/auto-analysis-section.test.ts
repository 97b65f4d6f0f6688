import { JSDOM } from 'jsdom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AutoAnalysisSection } from '../../entrypoints/options/AutoAnalysisSection';
import { installFakePermissions } from './fixtures/fake-permissions';

/** Lets the section's permission checks resolve and re-render. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the options page’s automatic comparison switch', () => {
  let permissions: ReturnType<typeof installFakePermissions>;
  let root: HTMLElement;
  const toggle = () => root.querySelector<HTMLInputElement>('input[role="switch"]')!;
  const stateText = () => root.querySelector('#auto-state')!.textContent;

  beforeEach(async () => {
    fakeBrowser.reset();
    permissions = installFakePermissions();
    // A DOM of its own (not the jsdom environment, which WXT's Vitest plugin does not run in).
    const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
    vi.stubGlobal('document', document);
    root = document.body.appendChild(document.createElement('div'));
    // act(): runs the section's effects (Preact defers them to the next frame otherwise).
    await act(() => render(h(AutoAnalysisSection, {}), root));
    await settle();
  });

  afterEach(() => {
    render(null, root);
    vi.unstubAllGlobals();
  });

  it('says in words that access is not granted, and what that means', () => {
    expect(toggle().checked).toBe(false);
    expect(toggle().disabled).toBe(false);
    expect(stateText()).toMatch(/^Access to all websites: not granted\. Crosscheck reads a page only when you ask/);
  });

  it('asks the browser inside the click (its user gesture), then shows the grant', async () => {
    await act(() => {
      toggle().click();
      // Synchronously, in the click's own task: a request after an await would be refused.
      expect(permissions.api.request).toHaveBeenCalledWith({ origins: ['https://*/*', 'http://*/*'] });
    });
    await settle();
    expect(toggle().checked).toBe(true);
    expect(stateText()).toMatch(/^Access to all websites: granted\. .*nothing is sent anywhere\.$/);
  });

  it('stays off, and says why, when the reader declines the browser’s prompt', async () => {
    permissions.promptAnswer = false;
    await act(() => toggle().click());
    await settle();
    expect(toggle().checked).toBe(false);
    expect(stateText()).toMatch(/not granted/);
    expect(root.querySelector('[role="status"]')!.textContent).toBe(
      'The browser did not grant access, so nothing changed.',
    );
  });

  it('gives the access back when turned off', async () => {
    await act(() => toggle().click());
    await settle();
    await act(() => toggle().click());
    expect(permissions.api.remove).toHaveBeenCalledWith({ origins: ['https://*/*', 'http://*/*'] });
    await settle();
    expect(permissions.granted.size).toBe(0);
    expect(toggle().checked).toBe(false);
  });

  it('follows a revocation made in the browser’s own settings', async () => {
    await act(() => toggle().click());
    await settle();
    await act(() => permissions.revokeInSettings('https://*/*'));
    await settle();
    expect(toggle().checked).toBe(false);
    expect(stateText()).toMatch(/not granted/);
  });
});
