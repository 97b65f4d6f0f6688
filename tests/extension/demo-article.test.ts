import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import background from '../../entrypoints/background';
import demoReader from '../../entrypoints/demo-reader';
import { compareArticle } from '../../lib/compare-article';
import { loadShippedCorpus } from '../../node/compare-file';
import { removeDemoListeners } from '../../utils/shared/demo-messaging';
import { removeAllListeners } from '../../utils/shared/messaging';
import type { PageReading } from '../../utils/shared/service-types';
import { callService } from './fixtures/call-service';
import { tinyArticle, tinyCorpus } from './fixtures/tiny-corpus';

const ORIGIN = 'chrome-extension://test-extension-id';
const DEMO_URL = `${ORIGIN}/demo/article.html`;
const DEMO_HTML = readFileSync(path.resolve(import.meta.dirname, '../../public/demo/article.html'), 'utf8');

/** The fake has no tabs.sendMessage: `answer` stands for the page in the tab (webext-core passes a callback). */
function stubTabMessages(answer: (message: { type: string; data: unknown }) => unknown) {
  const sendMessage = vi.fn((_tabId: number, message: { type: string; data: unknown }, ...rest: unknown[]) => {
    const respond = rest.find((arg) => typeof arg === 'function') as ((response: unknown) => void) | undefined;
    respond?.({ res: answer(message) });
  });
  Object.assign(fakeBrowser.tabs, { sendMessage });
  return sendMessage;
}

describe('the background and the demo article (one of the extension’s own pages)', () => {
  let executeScript: ReturnType<typeof vi.fn>;
  const reading: PageReading = { url: DEMO_URL, title: tinyArticle.title, article: { ...tinyArticle, url: DEMO_URL } };

  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) =>
      String(url).endsWith('/corpus-index.json')
        ? new Response(JSON.stringify(tinyCorpus))
        : new Response('', { status: 404 }),
    );
    executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission.');
    });
    Object.assign(fakeBrowser.scripting, { executeScript });
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    background.main();
  });

  afterEach(() => {
    removeAllListeners();
    vi.restoreAllMocks();
  });

  it('asks the demo page to read itself, compares what it read and injects nothing', async () => {
    const tab = await fakeBrowser.tabs.create({ url: DEMO_URL });
    const sendMessage = stubTabMessages((message) => (message.type === 'readDemoPage' ? reading : undefined));
    const comparison = await callService('analyseTab', tab.id!);
    expect(comparison.page).toMatchObject({ title: tinyArticle.title, url: DEMO_URL });
    expect(comparison.statements.flatMap((s) => s.matches).length).toBeGreaterThan(0);
    expect(sendMessage).toHaveBeenCalledWith(
      tab.id,
      expect.objectContaining({ type: 'readDemoPage' }),
      undefined,
      expect.any(Function),
    );
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('waits for a demo tab that is still loading before asking it (the panel may ask first)', async () => {
    const tab = await fakeBrowser.tabs.create({ url: DEMO_URL });
    let status = 'loading';
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async () => ({ ...tab, status }));
    const sendMessage = stubTabMessages(() => reading);
    const analysis = callService('analyseTab', tab.id!);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sendMessage).not.toHaveBeenCalled();
    status = 'complete';
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, status });
    expect((await analysis).page.url).toBe(DEMO_URL);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('shows a statement in the demo page by asking the page, too', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${DEMO_URL}#top` });
    const sendMessage = stubTabMessages((message) => message.type === 'showInDemoPage' && message.data === 'A line.');
    expect(await callService('showInPage', tab.id!, 'A line.')).toBe(true);
    expect(sendMessage).toHaveBeenCalledWith(
      tab.id,
      expect.objectContaining({ type: 'showInDemoPage', data: 'A line.' }),
      undefined,
      expect.any(Function),
    );
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('says that its other pages have nothing to compare, rather than asking for access', async () => {
    const tab = await fakeBrowser.tabs.create({ url: `${ORIGIN}/welcome.html` });
    await expect(callService('analyseTab', tab.id!)).rejects.toThrow(/one of Crosscheck’s own pages/);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('still injects the content script into a web page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example/army' });
    await expect(callService('analyseTab', tab.id!)).rejects.toMatchObject({ name: 'NoAccessError' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] });
  });
});

describe('the demo article read by its own script (entrypoints/demo-reader.ts)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    const { window } = new JSDOM(DEMO_HTML, { url: DEMO_URL });
    vi.stubGlobal('document', window.document);
    vi.stubGlobal('location', window.location);
    demoReader.main();
  });

  afterEach(() => {
    removeDemoListeners();
    vi.unstubAllGlobals();
  });

  /** A message as the background's tabs.sendMessage delivers it to the page. */
  async function ask(type: string, data?: unknown): Promise<unknown> {
    const response = await new Promise<{ res?: unknown; err?: unknown }>((resolve) => {
      const trigger = fakeBrowser.runtime.onMessage.trigger as (...a: unknown[]) => Promise<unknown>;
      void trigger({ id: 1, type, data, timestamp: Date.now() }, {}, resolve);
    });
    if (response.err) throw new Error(JSON.stringify(response.err));
    return response.res;
  }

  it('reads the article as the content script would, and the engine finds corroborations and conflicts in it', async () => {
    const reading = (await ask('readDemoPage')) as PageReading;
    expect(reading.url).toBe(DEMO_URL);
    expect(reading.article).toMatchObject({
      title: 'Russia opens its army to foreign volunteers',
      published: '2015-01-06',
    });
    // The notice that this is a demo is about the page, not a statement of the article.
    expect(reading.article!.paragraphs.join(' ')).not.toMatch(/demo/i);

    // The shipped corpus, as the extension loads it: the welcome page promises a real comparison.
    const comparison = compareArticle(reading.article!, loadShippedCorpus());
    const stances = comparison.statements.flatMap((s) => s.matches.map((m) => m.stance));
    expect(stances).toContain('corroborates');
    expect(stances).toContain('conflicts');
  }, 60_000);
});
