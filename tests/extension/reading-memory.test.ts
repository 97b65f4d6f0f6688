import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Article } from '../../lib/types';
import type { PageReading } from '../../utils/shared/service-types';
import { getTabResultItem, rememberReadingItem, type RememberReading } from '../../utils/shared/storage';
import { closeStores, NOW, page, setupService } from './fixtures/source-service';

const TAB = 3;
const ON: RememberReading = { enabled: true, neverSites: [], pausedUntil: null, keepArticles: 10_000, keepDays: null };

function reading(url: string, article: Partial<Article> = {}): PageReading {
  return { url, title: page.title, article: { ...page, url, ...article } };
}

/** The service with a clock that moves on a minute per call, and tabs that are private when listed. */
function setup(first: PageReading = reading(page.url), privateTabs: number[] = []) {
  let clock = NOW;
  const isIncognito = vi.fn(async (tabId: number) => privateTabs.includes(tabId));
  const s = setupService(undefined, first, '1.0.0', { isIncognito, now: () => (clock += 60_000) });
  return { ...s, isIncognito, show: (r: PageReading) => s.readTab.mockResolvedValue(r) };
}

type Service = ReturnType<typeof setup>['service'];

async function rememberedMeta(service: Service) {
  return (await service.listSources()).filter((s) => s.meta.remembered).map((s) => s.meta);
}

describe('the news memory', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(closeStores);

  it('keeps nothing while it is off (the default)', async () => {
    const { service } = setup();
    await service.analyseTab(TAB);
    expect(await rememberedMeta(service)).toEqual([]);
    expect((await service.listSources()).filter((s) => s.origin === 'user')).toEqual([]);
    expect(await service.memoryStatus(TAB)).toEqual({ remembered: 0, site: 'reader.example', pageId: null });
  });

  it('keeps a compared page once, dated when read, and its result stays shown', async () => {
    await rememberReadingItem.setValue(ON);
    const { service, compare } = setup();
    const comparison = await service.analyseTab(TAB);
    const [meta, ...more] = await rememberedMeta(service);
    expect(more).toEqual([]);
    expect(meta).toMatchObject({
      url: 'https://reader.example/volunteers',
      outlet: 'Reader Gazette',
      remembered: true,
    });
    expect(meta!.readAt).toMatch(/^2026-03-04T12:0\d:00\.000Z$/);
    expect(await service.getTabResult(TAB)).toEqual(comparison);
    expect(await service.memoryStatus(TAB)).toEqual({ remembered: 1, site: 'reader.example', pageId: meta!.id });
    expect((await service.search('rubles'))[0]).toMatchObject({ sourceId: meta!.id });

    // Compared again: not against itself, and still one entry, read later.
    await service.analyseTab(TAB, true);
    expect(compare.mock.lastCall?.[2]).toMatchObject({ excludeSourceIds: [meta!.id] });
    const [again, ...others] = await rememberedMeta(service);
    expect(others).toEqual([]);
    expect(again!.id).toBe(meta!.id);
    expect(again!.readAt! > meta!.readAt!).toBe(true);
  });

  it('keeps results of other tabs when it remembers a page', async () => {
    await rememberReadingItem.setValue(ON);
    const { service } = setup();
    await getTabResultItem(9).setValue({ url: 'https://other.example/', analysedAt: 1, comparison: {} as never });
    await service.analyseTab(TAB);
    expect(await getTabResultItem(9).getValue()).not.toBeNull();
  });

  it('forgetting an article keeps the result of the tab showing it, not the others (they may show it)', async () => {
    await rememberReadingItem.setValue(ON);
    const { service } = setup();
    await service.analyseTab(TAB);
    await getTabResultItem(9).setValue({ url: 'https://other.example/', analysedAt: 1, comparison: {} as never });
    const { pageId } = await service.memoryStatus(TAB);
    await service.forgetArticle(pageId!);
    expect(await service.getTabResult(TAB)).not.toBeNull();
    expect(await getTabResultItem(9).getValue()).toBeNull();
    expect(await service.memoryStatus(TAB)).toEqual({ remembered: 0, site: 'reader.example', pageId: null });
  });

  it.each([
    ['with utm parameters', 'https://reader.example/volunteers?utm_source=x&utm_medium=social'],
    ['its AMP copy', 'https://amp.reader.example/amp/volunteers/'],
    ['with www. and fbclid', 'http://www.reader.example/volunteers/?fbclid=abc#top'],
  ])('takes the page read again %s for the same entry', async (_, url) => {
    await rememberReadingItem.setValue(ON);
    const { service, show } = setup();
    await service.analyseTab(TAB);
    const [first] = await rememberedMeta(service);
    show(reading(url));
    await service.analyseTab(TAB, true);
    expect((await rememberedMeta(service)).map((m) => m.id)).toEqual([first!.id]);
  });

  it('updates the entry when the text changed', async () => {
    await rememberReadingItem.setValue(ON);
    const { service, show } = setup();
    await service.analyseTab(TAB);
    show(
      reading('https://reader.example/volunteers?utm_campaign=y', {
        paragraphs: [...page.paragraphs, 'Recruits from Armenia were paid in dollars, officials in Yerevan said.'],
      }),
    );
    await service.analyseTab(TAB, true);
    expect(await rememberedMeta(service)).toHaveLength(1);
    expect((await service.search('Yerevan'))[0]).toMatchObject({ outlet: 'Reader Gazette' });
  });

  it('uses the page’s same-site canonical link, not a foreign one', async () => {
    await rememberReadingItem.setValue(ON);
    const { service, show } = setup({
      ...reading('https://reader.example/?p=123'),
      canonical: 'https://reader.example/volunteers',
    });
    await service.analyseTab(TAB);
    show({ ...reading('https://reader.example/volunteers'), canonical: 'https://spam.example/x' });
    await service.analyseTab(TAB, true);
    expect((await rememberedMeta(service)).map((m) => m.url)).toEqual(['https://reader.example/volunteers']);
  });

  it.each([
    ['in a private window', {}, [TAB]],
    ['on a never-remember site', { neverSites: ['reader.example'] }, []],
    ['on a subdomain of a never-remember site', { neverSites: ['example'] }, []],
    ['while paused', { pausedUntil: NOW + 3_600_000 }, []],
  ])('keeps nothing %s', async (_, settings: Partial<RememberReading>, privateTabs: number[]) => {
    await rememberReadingItem.setValue({ ...ON, ...settings });
    const { service } = setup(undefined, privateTabs);
    await service.analyseTab(TAB);
    expect(await rememberedMeta(service)).toEqual([]);
  });

  it('keeps again once a pause is over', async () => {
    await rememberReadingItem.setValue({ ...ON, pausedUntil: NOW - 1 });
    const { service } = setup();
    await service.analyseTab(TAB);
    expect(await rememberedMeta(service)).toHaveLength(1);
  });

  /** Three articles read: two on reader.example, one on other.example. */
  async function readThree(service: Service, show: (r: PageReading) => unknown) {
    const urls = ['https://reader.example/a', 'https://reader.example/b', 'https://news.other.example/c'];
    for (const [i, url] of urls.entries()) {
      show(
        reading(url, {
          paragraphs: [`Article ${'abc'[i]} reports that ${i + 3} volunteers from abroad arrived in rubles country.`],
        }),
      );
      await service.analyseTab(TAB, true);
    }
    return (await rememberedMeta(service)).map((m) => m.url);
  }

  it('forgets one article, one site, or everything remembered, and search no longer finds them', async () => {
    await rememberReadingItem.setValue(ON);
    const { service, show } = setup();
    expect(await readThree(service, show)).toHaveLength(3);
    const byUrl = new Map((await rememberedMeta(service)).map((m) => [m.url, m.id]));

    await service.forgetArticle(byUrl.get('https://reader.example/b')!);
    expect((await rememberedMeta(service)).map((m) => m.url)).toEqual([
      'https://reader.example/a',
      'https://news.other.example/c',
    ]);
    expect((await service.search('volunteers', 50)).map((h) => h.sourceId)).not.toContain(
      byUrl.get('https://reader.example/b'),
    );

    expect(await service.forgetSite('other.example')).toBe(1);
    expect((await rememberedMeta(service)).map((m) => m.url)).toEqual(['https://reader.example/a']);

    expect(await service.forgetRemembered()).toBe(1);
    expect(await rememberedMeta(service)).toEqual([]);
    const hits = (await service.search('volunteers', 50)).map((h) => h.sourceId);
    expect(hits.filter((id) => [...byUrl.values()].includes(id))).toEqual([]);
    await expect(service.forgetArticle('src-a')).rejects.toThrow();
  });

  it('keeps the reader’s hand-added sources and the shipped ones when forgetting everything', async () => {
    await rememberReadingItem.setValue(ON);
    const { service, show } = setup(reading('https://reader.example/hand'));
    const hand = await service.addSourceFromTab(TAB);
    await readThree(service, show);
    const shipped = (await service.listSources()).filter((s) => s.origin === 'shipped');
    expect(await service.forgetRemembered()).toBe(3);
    const left = await service.listSources();
    expect(left.filter((s) => s.origin === 'shipped')).toEqual(shipped);
    expect(left.filter((s) => s.origin === 'user').map((s) => s.meta.id)).toEqual([hand.meta.id]);
  });

  it.each([
    ['the same address', page.url],
    ['an address with tracking parameters', 'https://reader.example/volunteers?utm_source=feed'],
  ])('does not turn a page added by hand into a remembered one (%s)', async (_, url) => {
    await rememberReadingItem.setValue(ON);
    const { service } = setup(reading(url));
    const hand = await service.addSourceFromTab(TAB);
    await service.analyseTab(TAB);
    expect(await rememberedMeta(service)).toEqual([]);
    expect((await service.listSources()).filter((s) => s.origin === 'user').map((s) => s.meta)).toEqual([hand.meta]);
  });

  it('forgets at once when the reader lowers the articles to keep or sets a number of days', async () => {
    await rememberReadingItem.setValue(ON);
    const { service, show } = setup();
    expect(await readThree(service, show)).toHaveLength(3);
    await rememberReadingItem.setValue({ ...ON, keepArticles: 2 });
    await vi.waitFor(async () => expect(await rememberedMeta(service)).toHaveLength(2));
    expect((await rememberedMeta(service)).map((m) => m.url)).not.toContain('https://reader.example/a');
    // The clock moves a minute per call: the articles were read minutes ago, none a day ago.
    await rememberReadingItem.setValue({ ...ON, keepArticles: 2, keepDays: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await rememberedMeta(service)).toHaveLength(2);
    await rememberReadingItem.setValue({ ...ON, keepArticles: 2, keepDays: 0 });
    await vi.waitFor(async () => expect(await rememberedMeta(service)).toEqual([]));
  });

  it('forgets the oldest read beyond the articles to keep', async () => {
    await rememberReadingItem.setValue({ ...ON, keepArticles: 2 });
    const { service, show } = setup();
    expect(await readThree(service, show)).toEqual(['https://reader.example/b', 'https://news.other.example/c']);
    // Read again, the oldest becomes the newest.
    show(
      reading('https://reader.example/b', {
        paragraphs: ['Article b reports that 4 volunteers from abroad arrived in rubles country.'],
      }),
    );
    await service.analyseTab(TAB, true);
    show(reading('https://reader.example/d'));
    await service.analyseTab(TAB, true);
    expect((await rememberedMeta(service)).map((m) => m.url).sort()).toEqual([
      'https://reader.example/b',
      'https://reader.example/d',
    ]);
  });

  it('keeps a wire copy on another site as an entry of its own, linked to the original: one voice in its story', async () => {
    await rememberReadingItem.setValue(ON);
    const wire = {
      published: '2021-03-29',
      paragraphs: [
        'The Ever Given container ship was refloated on Monday after blocking the Suez Canal for six days.',
        'Salvage teams used a flotilla of 13 tugboats and dredgers to free the 400-metre vessel at high tide.',
        'More than 420 ships were waiting at both ends of the canal, according to the Suez Canal Authority.',
        'Traffic through the waterway resumed on Monday evening, the authority said in a statement.',
      ],
    };
    const { service, show } = setup(reading('https://wire.example/ever-given', { ...wire, siteName: 'Wire Service' }));
    await service.analyseTab(TAB, true);
    show(reading('https://local.example/news/ever-given-freed', { ...wire, siteName: 'Local Daily' }));
    await service.analyseTab(TAB, true);
    const kept = await rememberedMeta(service);
    expect(kept.map((m) => m.outlet).sort()).toEqual(['Local Daily', 'Wire Service']);
    const story = (await service.listStories()).find((st) => st.articles.some((a) => a.outlet === 'Local Daily'))!;
    expect(story.articles.map((a) => a.outlet).sort()).toEqual(['Local Daily', 'Wire Service']);
    expect(story.outlets).toBe(1);
    expect(story.articles.filter((a) => a.copyOf)).toHaveLength(1);
  });

  it('comes back after a restart with when each article was read', async () => {
    await rememberReadingItem.setValue(ON);
    const { service, dbName } = setup();
    await service.analyseTab(TAB);
    const before = await rememberedMeta(service);
    const restarted = setupService(dbName).service;
    expect(await rememberedMeta(restarted)).toEqual(before);
  });
});
