import { JSDOM } from 'jsdom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App as Welcome } from '../../entrypoints/welcome/App';
import { AutoAnalysisSection } from '../../entrypoints/options/AutoAnalysisSection';
import { installFakePermissions } from './fixtures/fake-permissions';
import { useLocale } from './fixtures/fake-i18n';

/** Lets the page's effects resolve and re-render. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

describe('the extension pages in a German browser', () => {
  let root: HTMLElement;

  beforeEach(async () => {
    fakeBrowser.reset();
    await useLocale('de', 'de-DE');
    // The welcome page asks for its window up front (to open the panel within a click); the fake has none.
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({
      id: 1,
      focused: true,
      incognito: false,
      alwaysOnTop: false,
    });
    const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
    vi.stubGlobal('document', document);
    root = document.body.appendChild(document.createElement('div'));
  });

  afterEach(async () => {
    render(null, root);
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    await useLocale('en', 'en-GB');
  });

  it('the welcome page says, in German, that Crosscheck reads English-language articles only', async () => {
    await act(() => render(h(Welcome, {}), root));
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('Willkommen bei Crosscheck');
    expect(root.querySelector('.welcome-language')!.textContent).toMatch(
      /^Crosscheck liest nur englischsprachige Artikel: .*Deutschsprachige Artikel .* werden nicht verglichen\.$/,
    );
    // The popup's button, named as the popup names it, in bold in the steps.
    expect([...root.querySelectorAll('.steps strong')].map((s) => s.textContent)).toEqual(['Diese Seite vergleichen']);
    expect(root.textContent).toContain('Die Seitenleiste öffnet sich neben dem Artikel');
  });

  it('the options page’s switch says what the access means, in German', async () => {
    installFakePermissions();
    await act(() => render(h(AutoAnalysisSection, {}), root));
    await settle();
    expect(root.querySelector('#auto-state')!.textContent).toBe(
      'Zugriff auf alle Websites: nicht erteilt. Crosscheck liest eine Seite nur, wenn Sie es verlangen (mit der Schaltfläche in der Symbolleiste oder Alt+Shift+K).',
    );
  });
});
