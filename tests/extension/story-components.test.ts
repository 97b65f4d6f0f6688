import { JSDOM } from 'jsdom';
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { FiguresTable } from '../../components/FiguresTable';
import { MatchCard } from '../../components/MatchCard';
import { StoryList } from '../../components/StoryList';
import { SummaryStats } from '../../components/SummaryStats';
import { eastPalestine, suez } from '../fixtures/stories/story-details';
import { match } from './fixtures/sample-comparison';

describe('the story components', () => {
  let root: HTMLElement;

  beforeEach(() => {
    fakeBrowser.reset();
    const { document } = new JSDOM('<!doctype html><html><body></body></html>').window;
    vi.stubGlobal('document', document);
    root = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => vi.unstubAllGlobals());

  const show = (node: ComponentChild) => act(() => render(node, root));

  it('lists stories with their size and dates, each a link to its page', async () => {
    const chosen: string[] = [];
    await show(h(StoryList, { stories: [suez, eastPalestine], onChoose: (id: string) => chosen.push(id) }));
    expect([...root.querySelectorAll('.story-meta')].map((e) => e.textContent)).toEqual([
      '3 articles from 3 outlets, 29 Mar 2021 – 10 May 2021',
      '3 articles from 3 outlets, 4 Feb 2023 – 23 Feb 2023',
    ]);
    const link = root.querySelector<HTMLAnchorElement>('.story-title')!;
    expect(link.getAttribute('href')).toBe('/stories.html?story=s03-ap');
    await act(
      () => void link.dispatchEvent(new link.ownerDocument.defaultView!.MouseEvent('click', { bubbles: true })),
    );
    expect(chosen).toEqual(['s03-ap']);
  });

  it('shows a revised row with arrows and links to the sentences, and the sentence in place without an address', async () => {
    await show(h(FiguresTable, { figures: eastPalestine.figures, articles: eastPalestine.articles }));
    const row = root.querySelector('.figure-row')!;
    expect(row.classList.contains('is-revised')).toBe(true);
    expect([...row.querySelectorAll('.figure-amount')].map((e) => e.textContent)).toEqual(['~20', '~50', '38']);
    expect([...row.querySelectorAll('.figure-change')].map((e) => e.textContent)).toEqual(['↑', '↓']);
    expect(row.querySelector('a.figure-link')!.getAttribute('href')).toMatch(/#:~:text=He%20said/);
    // CBS News has no address here: its value shows its sentence in the table.
    const button = row.querySelector<HTMLButtonElement>('button.figure-link')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await act(() => button.click());
    expect(row.querySelector('.figure-sentence')!.textContent).toBe('Thirty-eight cars derailed, the NTSB said.');
  });

  it('marks values of one day that differ', async () => {
    await show(h(FiguresTable, { figures: suez.figures, articles: suez.articles }));
    expect(root.querySelectorAll('.figure-row')[0]!.querySelectorAll('.figure-disagrees').length).toBe(2);
  });

  it('says in the summary how the reader’s earlier articles on the story stand, and when a match was read', async () => {
    await show(
      h(SummaryStats, {
        summary: {
          checked: 3,
          corroborated: 1,
          conflicting: 1,
          corroboratingOutlets: ['A'],
          conflictingOutlets: ['B'],
        },
        story: { id: 's01-kdka', title: 'Train', earlier: 3, agree: 2, differ: 1 },
      }),
    );
    expect(root.querySelector('.summary-story')!.textContent).toBe(
      'Your 3 earlier articles on this story: 2 agree, 1 differs. Open the story',
    );
    await show(
      h(MatchCard, {
        match: {
          ...match({ sourceId: 'x', outlet: 'AP', sourceIndex: 0, stance: 'corroborates' }),
          readAt: '2026-08-12T08:00:00Z',
        },
        id: 'm',
        tabId: 1,
        flag: undefined,
        onFeedback: () => {},
      }),
    );
    expect(root.querySelector('.match-read')!.textContent).toBe('You read this on 12 Aug 2026');
  });
});
