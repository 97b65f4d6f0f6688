import { JSDOM } from 'jsdom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ComparisonView } from '../../components/ComparisonView';
import { statementFilterItem } from '../../utils/shared/storage';
import { sampleComparison } from './fixtures/sample-comparison';

describe('the panel remembers the statement filter between openings (statementFilterItem)', () => {
  let root: HTMLElement;
  const pressed = () => root.querySelector('.filter[aria-pressed="true"]')?.getAttribute('data-filter');

  /** Opens the panel's view of the sample comparison, as a new panel would. */
  async function open() {
    await act(() => render(h(ComparisonView, { comparison: sampleComparison, tabId: 1, onReanalyse: () => {} }), root));
    // Lets the stored feedback and filter be read and the view render.
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  }

  beforeEach(() => {
    fakeBrowser.reset();
    const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
    vi.stubGlobal('document', document);
    root = document.body.appendChild(document.createElement('div'));
  });

  afterEach(() => {
    render(null, root);
    vi.unstubAllGlobals();
  });

  it('opens on All the first time', async () => {
    await open();
    expect(pressed()).toBe('all');
  });

  it('opens on the filter chosen last time, and lists accordingly', async () => {
    await statementFilterItem.setValue('conflicts');
    await open();
    expect(pressed()).toBe('conflicts');
    const stances = [...root.querySelectorAll('.statement [data-stance]')].map((el) => el.getAttribute('data-stance'));
    expect(new Set(stances)).toEqual(new Set(['conflicts']));
  });

  it('stores the filter the reader chooses, and a new panel opens on it', async () => {
    await open();
    await act(() => root.querySelector<HTMLButtonElement>('[data-filter="corroborated"]')!.click());
    expect(pressed()).toBe('corroborated');
    await vi.waitFor(async () => expect(await statementFilterItem.getValue()).toBe('corroborated'));

    render(null, root);
    await open();
    expect(pressed()).toBe('corroborated');
  });

  it('opens on All when the stored value is not a filter this version has', async () => {
    await statementFilterItem.setValue('disputed');
    await open();
    expect(pressed()).toBe('all');
  });
});
