import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { watchNavigation } from '../../utils/page/watch-navigation';

// Generous margins: this runs on a busy 2-core machine. Two moves 15 ms apart fall well inside quietMs.
const OPTIONS = { pollMs: 10, quietMs: 120, maxWaitMs: 800 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchNavigation', () => {
  let stop: () => void = () => undefined;
  afterEach(() => stop());

  function watch() {
    const { window } = new JSDOM('<main><h1>First article</h1></main>', { url: 'https://news.example/first' });
    const calls: string[] = [];
    const left: string[] = [];
    stop = watchNavigation(
      window as unknown as Window & typeof globalThis,
      { onLeave: (url) => left.push(url), onArrive: (url) => calls.push(url) },
      OPTIONS,
    );
    const render = (title: string) => {
      window.document.querySelector('h1')!.textContent = title;
    };
    return { window, calls, left, render };
  }

  it.each([
    ['a pushState to another article, then its render', ['/second'], ['https://news.example/second']],
    ['two navigations before the first rendered: only the last', ['/second', '/third'], ['https://news.example/third']],
    ['a #fragment change: the same article', ['#comments'], []],
    ['a new query string is another address', ['?page=2'], ['https://news.example/first?page=2']],
  ])('%s', async (_, moves, expected) => {
    const { window, calls, left, render } = watch();
    for (const to of moves) {
      window.history.pushState({}, '', to);
      await sleep(15);
      render(`Article at ${to}`);
    }
    await sleep(400);
    expect(calls).toEqual(expected);
    // Every address left is told at once, rendered or not.
    expect(left).toEqual(
      moves.filter((m) => !m.startsWith('#')).map((m) => new URL(m, 'https://news.example/first').href),
    );
  });

  it('reports a page that never stops changing after maxWaitMs', async () => {
    const { window, calls, render } = watch();
    window.history.pushState({}, '', '/ticker');
    const ticking = setInterval(() => render(String(Date.now())), 5);
    await sleep(400);
    expect(calls).toEqual([]); // still changing, before the deadline
    await sleep(700);
    clearInterval(ticking);
    expect(calls).toEqual(['https://news.example/ticker']);
  });

  it('hears back/forward (popstate) and nothing after stop()', async () => {
    const { window, calls } = watch();
    window.history.pushState({}, '', '/second');
    await sleep(300);
    window.history.back();
    await sleep(300);
    expect(calls).toEqual(['https://news.example/second', 'https://news.example/first']);
    stop();
    window.history.pushState({}, '', '/third');
    await sleep(300);
    expect(calls).toHaveLength(2);
  });
});
