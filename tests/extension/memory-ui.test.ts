import { JSDOM } from 'jsdom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { rememberReadingItem, type RememberReading } from '../../utils/shared/storage';
import { closeStores, setupService } from './fixtures/source-service';

/** The components call the background's service; here it is the service itself, over fake-indexeddb. */
let service: ReturnType<typeof setupService>['service'];
vi.mock('../../components/hooks/use-service', () => ({ useService: () => service }));
// Imported after the mock is declared (vitest hoists vi.mock above the imports).
const { MemorySection } = await import('../../entrypoints/options/MemorySection');
const { MemoryLine } = await import('../../entrypoints/popup/MemoryLine');
const { SourceItem } = await import('../../entrypoints/options/SourceItem');

const TAB = 3;
const ON: RememberReading = { enabled: true, neverSites: [], pausedUntil: null, keepArticles: 10_000, keepDays: null };
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('the news memory’s controls', () => {
  let root: HTMLElement;
  let window: JSDOM['window'];
  const text = () => root.textContent ?? '';
  const button = (label: RegExp) => [...root.querySelectorAll('button')].find((b) => label.test(b.textContent ?? ''))!;
  const click = async (label: RegExp) => {
    await vi.waitFor(() => expect(button(label)).toBeDefined());
    await act(() => button(label).click());
    await settle();
  };
  const shows = (said: string) => vi.waitFor(() => expect(text()).toContain(said));

  beforeEach(async () => {
    fakeBrowser.reset();
    service = setupService(undefined, undefined, '1.0.0', { isIncognito: async () => false }).service;
    ({ window } = new JSDOM('<!doctype html><html><body></body></html>'));
    vi.stubGlobal('document', window.document);
    vi.stubGlobal('confirm', () => true);
    root = window.document.body.appendChild(window.document.createElement('div'));
  });

  afterEach(async () => {
    render(null, root);
    vi.unstubAllGlobals();
    await closeStores();
  });

  it('options: turns remembering on, pauses and resumes it, keeps never-sites, counts and forgets', async () => {
    await act(() => render(h(MemorySection, { onChanged: () => undefined }), root));
    await settle();
    const toggle = root.querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(toggle.checked).toBe(false);
    await shows('0 articles remembered');

    toggle.checked = true;
    await act(() => void toggle.dispatchEvent(new window.Event('change', { bubbles: true })));
    await settle();
    expect((await rememberReadingItem.getValue()).enabled).toBe(true);

    await click(/Pause for 1 hour/);
    expect((await rememberReadingItem.getValue()).pausedUntil).toBeGreaterThan(Date.now());
    expect(text()).toMatch(/Paused until/);
    await click(/Resume/);
    expect((await rememberReadingItem.getValue()).pausedUntil).toBeNull();

    const site = root.querySelector<HTMLInputElement>('.memory-never-add input')!;
    site.value = 'https://www.News.example/today';
    await act(() => void site.dispatchEvent(new window.Event('input', { bubbles: true })));
    await act(() => void root.querySelector('form')!.dispatchEvent(new window.Event('submit', { cancelable: true })));
    await settle();
    expect((await rememberReadingItem.getValue()).neverSites).toEqual(['news.example']);
    expect(root.querySelector('.memory-never')?.textContent).toContain('news.example');
    await act(() => root.querySelector<HTMLButtonElement>('[aria-label="Remove news.example"]')!.click());
    await settle();
    expect((await rememberReadingItem.getValue()).neverSites).toEqual([]);

    await service.analyseTab(TAB);
    // The section counts again on its own every 30 s; a new one counts at once.
    render(null, root);
    await act(() => render(h(MemorySection, { onChanged: () => undefined }), root));
    await settle();
    await shows('1 article remembered');
    await click(/Forget everything remembered/);
    await shows('1 article forgotten.');
    await shows('0 articles remembered');
  });

  it.each([
    ['off', { enabled: false }, 'Remembering is off.'],
    ['paused', { pausedUntil: Date.now() + 60_000 }, 'Remembering is paused.'],
    ['never on this site', { neverSites: ['reader.example'] }, 'Never remembered on this site.'],
  ])('popup: says when remembering is %s', async (_, settings: Partial<RememberReading>, said) => {
    await rememberReadingItem.setValue({ ...ON, ...settings });
    await service.analyseTab(TAB);
    await act(() => render(h(MemoryLine, { getTabId: async () => TAB }), root));
    await settle();
    expect(text()).toBe(
      said + (settings.enabled === false ? '' : settings.neverSites ? '' : 'Never remember this site'),
    );
  });

  it('popup: says the page is remembered, forgets it, and never remembers its site', async () => {
    await rememberReadingItem.setValue(ON);
    await service.analyseTab(TAB);
    await act(() => render(h(MemoryLine, { getTabId: async () => TAB }), root));
    await settle();
    expect(text()).toMatch(/^Remembering is on\. This page is remembered\./);

    await click(/Forget this article/);
    expect(text()).not.toMatch(/This page is remembered/);
    expect(await service.memoryStatus()).toMatchObject({ remembered: 0 });

    expect(await service.getTabResult(TAB)).not.toBeNull();
    await service.analyseTab(TAB, true);
    await click(/Never remember this site/);
    expect((await rememberReadingItem.getValue()).neverSites).toEqual(['reader.example']);
    expect(await service.memoryStatus()).toMatchObject({ remembered: 0 });
    expect(text()).toBe('Never remembered on this site.');
  });

  it.each([
    [
      'a remembered article says when it was read',
      { remembered: true, readAt: '2026-08-12T09:30:00.000Z' },
      'user',
      /Remembered, read on .*2026/,
    ],
    ['a source the reader added is theirs', {}, 'user', /Yours/],
    ['a shipped source says so', {}, 'shipped', /Shipped/],
  ] as const)('options: %s', async (_, extra, origin, label) => {
    const meta = {
      id: 'user-1',
      outlet: 'Reuters',
      headline: 'A',
      published: '2021-03-30',
      publishedHow: 'byline',
      ...extra,
    };
    await act(() =>
      render(
        h(SourceItem, { source: { meta, statementCount: 3, origin }, busy: false, onRemove: () => undefined }),
        root,
      ),
    );
    expect(root.querySelector('.origin')?.textContent).toMatch(label);
  });
});
