import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { MAX_IMPORT_BYTES } from '../../lib/corpus/parse-import';
import type { ImportFile } from '../../utils/shared/service-types';
import { corpusNoticeItem, getTabResultItem } from '../../utils/shared/storage';
import {
  closeStores,
  fixturePage as fixture,
  NOW,
  page,
  setupService as setup,
  snapshot,
} from './fixtures/source-service';
import { tinyCorpus } from './fixtures/tiny-corpus';
import { describeImportProblem } from '../../utils/view/describe-import-problem';

const textFile: ImportFile = {
  name: 'notes.txt',
  type: 'text/plain',
  text: 'Recruits arrive from Armenia\nRecruiters in Yerevan said hundreds of Armenians had signed contracts with the Russian army.\n',
};

describe('the reader’s sources', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(closeStores);

  it('lists the shipped sources with their statement counts', async () => {
    const { service } = setup();
    expect(await service.listSources()).toEqual([
      { meta: tinyCorpus.sources[0], statementCount: 2, origin: 'shipped' },
      { meta: tinyCorpus.sources[1], statementCount: 1, origin: 'shipped' },
    ]);
  });

  it('adds the tab’s article: listed, searchable at once, kept after a restart, same page same id', async () => {
    const { service, readTab, dbName } = setup();
    const added = await service.addSourceFromTab(3);
    expect(readTab).toHaveBeenCalledWith(3);
    expect(added).toMatchObject({ origin: 'user', statementCount: 2 });
    expect(added.meta).toMatchObject({
      id: expect.stringMatching(/^user-[0-9a-f]{16}$/),
      outlet: 'Reader Gazette',
      headline: 'Volunteers abroad',
      published: '2015-01-20',
      url: page.url,
    });
    expect((await service.listSources()).at(-1)).toEqual(added);
    expect(await service.search('rubles')).toMatchObject([
      { sourceId: added.meta.id, outlet: 'Reader Gazette', url: page.url },
    ]);

    // Adding the same page again replaces it (the fragment does not make it another page).
    const again = await service.addSourceFromTab(3);
    expect(again.meta.id).toBe(added.meta.id);
    expect((await service.listSources()).filter((s) => s.origin === 'user')).toHaveLength(1);

    // A new service (the worker restarted) reads the reader's sources back from IndexedDB.
    const restarted = setup(dbName).service;
    expect(await snapshot(restarted)).toEqual(await snapshot(service));
  });

  it('dates an article without a date with today, and says so', async () => {
    const { service } = setup(undefined, {
      url: page.url,
      title: page.title,
      article: { ...page, published: null, siteName: null },
    });
    const added = await service.addSourceFromTab(3);
    expect(added.meta).toMatchObject({ published: '2026-03-04', outlet: 'reader.example' });
    expect(added.meta.publishedHow).toMatch(/not found on the page.*2026-03-04/);
  });

  it('refuses a page that is not an article, and changes nothing', async () => {
    const { service } = setup(undefined, { url: 'https://portal.example/', title: 'Log in', article: null });
    const before = await snapshot(service);
    await expect(service.addSourceFromTab(3)).rejects.toThrow(/doesn’t look like an article/);
    expect(await snapshot(service)).toEqual(before);
  });

  it('removes a source of the reader for good, hides a shipped one until restored', async () => {
    const { service, dbName } = setup();
    const added = await service.addSourceFromTab(3);
    await service.removeSource('src-a');
    await service.removeSource(added.meta.id);
    expect((await service.listSources()).map((s) => s.meta.id)).toEqual(['src-b']);
    expect(await service.search('criminal record')).toEqual([]);
    expect(await service.search('rubles')).toEqual([]);
    await expect(service.getSource('src-a')).rejects.toThrow(/not in the corpus/);
    await expect(service.removeSource('nope')).rejects.toThrow(
      'This source is no longer among your sources (it was removed, perhaps in another tab).',
    );
    // Hidden across a restart too.
    expect((await setup(dbName).service.listSources()).map((s) => s.meta.id)).toEqual(['src-b']);

    const mine = await service.addSourceFromTab(3);
    await service.restoreShipped();
    expect((await service.listSources()).map((s) => s.meta.id)).toEqual(['src-a', 'src-b', mine.meta.id]);
    expect(await service.search('criminal record')).toMatchObject([{ sourceId: 'src-a', sourceIndex: 1 }]);
    expect((await setup(dbName).service.listSources()).map((s) => s.meta.id)).toEqual(['src-a', 'src-b', mine.meta.id]);
  });

  it('imports HTML, text and JSON files; the sources are searchable at once', async () => {
    const { service } = setup();
    const result = await service.importSources([
      { name: 'd1.html', type: 'text/html', text: fixture('d1-corroborating-2015.html') },
      textFile,
    ]);
    expect(result.refused).toEqual([]);
    expect(result.added.map((s) => [s.meta.outlet, s.meta.published, s.origin])).toEqual([
      ['Continental Post', '2015-02-02', 'user'],
      ['Unnamed outlet', '2026-03-04', 'user'],
    ]);
    expect(await service.search('Yerevan')).toMatchObject([{ sourceId: result.added[1]!.meta.id }]);
    expect(await service.search('carmakers')).toMatchObject([
      { sourceId: result.added[0]!.meta.id, outlet: 'Continental Post' },
    ]);
  });

  it('refuses bad files one by one, naming each problem, and leaves the corpus and the store untouched', async () => {
    const { service, store } = setup();
    await service.addSourceFromTab(3);
    const before = await snapshot(service);
    const storedBefore = await store.list();
    const exported = JSON.stringify(await service.exportUserCorpus());
    const result = await service.importSources([
      { name: 'truncated.json', type: 'application/json', text: exported.slice(0, -20) },
      {
        name: 'shape.json',
        type: 'application/json',
        text: JSON.stringify({ format: 'crosscheck-user-corpus', version: 1, sources: [{ meta: {}, paragraphs: [] }] }),
      },
      { name: 'other.json', type: 'application/json', text: '{"hello": "world"}' },
      { name: 'empty.txt', type: 'text/plain', text: '' },
      {
        name: 'huge.txt',
        type: 'text/plain',
        text: 'All work and no play makes Jack a dull boy. '.repeat(MAX_IMPORT_BYTES / 40),
      },
      { name: 'menu.txt', type: 'text/plain', text: 'Home\nNews\nSport' },
      { name: 'photo.png', type: 'image/png', text: '\u0000PNG' },
      { name: 'login.html', type: 'text/html', text: fixture('not-an-article.html') },
    ]);
    expect(result.added).toEqual([]);
    // As the options page says it (utils/view/describe-import-problem.ts).
    expect(result.refused.map((r) => ({ name: r.name, problem: describeImportProblem(r.problem) }))).toEqual([
      { name: 'truncated.json', problem: expect.stringMatching(/^truncated JSON/) },
      { name: 'shape.json', problem: 'sources[0].meta.outlet: expected text, got nothing' },
      {
        name: 'other.json',
        problem: 'not a Crosscheck export: expected "format": "crosscheck-user-corpus", got no "format"',
      },
      { name: 'empty.txt', problem: 'the file is empty' },
      { name: 'huge.txt', problem: expect.stringMatching(/^too big: 5\.\d MB \(the limit is 5 MB\)$/) },
      { name: 'menu.txt', problem: expect.stringMatching(/^no (article text found|checkable statements)/) },
      { name: 'photo.png', problem: expect.stringMatching(/^wrong format/) },
      { name: 'login.html', problem: 'no article found in this page' },
    ]);
    expect(await snapshot(service)).toEqual(before);
    expect(await store.list()).toEqual(storedBefore);
  });

  it('adds the good files of a mixed import and refuses the bad ones', async () => {
    const { service } = setup();
    const result = await service.importSources([{ name: 'empty.txt', type: '', text: ' ' }, textFile]);
    expect(result.refused.map((r) => r.name)).toEqual(['empty.txt']);
    expect(result.added.map((s) => s.meta.headline)).toEqual(['Recruits arrive from Armenia']);
  });

  it('exports the reader’s sources as JSON that imports again with the same ids (round trip)', async () => {
    const first = setup();
    await first.service.addSourceFromTab(3);
    await first.service.importSources([textFile]);
    const exported = await first.service.exportUserCorpus();
    expect(exported).toMatchObject({
      format: 'crosscheck-user-corpus',
      version: 1,
      exportedAt: new Date(NOW).toISOString(),
    });
    expect(exported.sources.map((s) => s.meta.outlet)).toEqual(['Reader Gazette', 'Unnamed outlet']);

    const second = setup();
    const result = await second.service.importSources([
      { name: 'export.json', type: 'application/json', text: JSON.stringify(exported) },
    ]);
    expect(result.refused).toEqual([]);
    expect(result.added.map((s) => s.meta)).toEqual(exported.sources.map((s) => s.meta));
    expect(await second.service.exportUserCorpus()).toEqual(exported);
    expect(await snapshot(second.service)).toEqual(await snapshot(first.service));
  });

  it('drops cached tab results when the corpus changes, and never matches a page against itself', async () => {
    const { service, compare } = setup();
    await service.analyseTab(5);
    expect(await getTabResultItem(5).getValue()).not.toBeNull();
    const added = await service.addSourceFromTab(5);
    expect(await getTabResultItem(5).getValue()).toBeNull();

    await service.analyseTab(5);
    expect(compare).toHaveBeenLastCalledWith(
      page,
      expect.anything(),
      expect.objectContaining({ excludeSourceIds: [added.meta.id] }),
    );
    await service.removeSource('src-b');
    expect(await getTabResultItem(5).getValue()).toBeNull();
  });

  it('re-analyses stored sources that another engine version analysed', async () => {
    const { service, store, dbName } = setup();
    const added = await service.addSourceFromTab(3);
    const [stored] = await store.list();
    await store.put([{ ...stored!, statements: [], analysedBy: '0.9.0' }]);
    const restarted = setup(dbName).service;
    expect((await restarted.listSources()).at(-1)).toEqual(added);
    expect((await store.list())[0]!.analysedBy).toBe('1.0.0');
  });

  it('still compares with the shipped corpus when the reader’s sources cannot be read, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { service, store } = setup();
    vi.spyOn(store, 'load').mockRejectedValueOnce(
      new Error('Crosscheck could not open its database.', {
        cause: new DOMException('Internal error', 'UnknownError'),
      }),
    );
    expect(await service.listSources()).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not be read/), expect.any(Error));
    expect(await corpusNoticeItem.getValue()).toEqual({
      kind: 'unavailable',
      lost: null,
      kept: 0,
      reason: 'the browser’s storage failed',
      at: NOW,
    });
    warn.mockRestore();
  });
});
