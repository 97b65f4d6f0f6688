import { JSDOM } from 'jsdom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createUserCorpusExport } from '../../lib/corpus/user-corpus-export';
import type { ImportResult } from '../../utils/shared/service-types';
import { describeImportProblem } from '../../utils/view/describe-import-problem';
import { readImportFiles } from '../../utils/view/read-import-files';
import { useLocale } from './fixtures/fake-i18n';
import { closeStores, everything, fixturePage, setupService } from './fixtures/source-service';

/** Three sources with checkable statements, as a Crosscheck export would hold them. */
const SOURCES = [
  {
    meta: {
      id: 'x',
      outlet: 'Yerevan Daily',
      headline: 'Recruits leave',
      published: '2015-02-01',
      publishedHow: 'byline',
    },
    paragraphs: ['Recruiters in Yerevan said hundreds of Armenians had signed contracts with the Russian army.'],
  },
  {
    meta: {
      id: 'x',
      outlet: 'Baltic Wire',
      headline: 'Salaries',
      published: '2015-02-03',
      publishedHow: 'byline',
      url: 'https://wire.example/pay',
    },
    paragraphs: ['Foreign volunteers are paid 40,000 rubles a month during their five-year contracts.'],
  },
  {
    meta: {
      id: 'x',
      outlet: 'Steppe Times',
      headline: 'Kazakh recruits',
      published: '2015-02-05',
      publishedHow: 'byline',
    },
    paragraphs: ['Officials in Astana said no Kazakh citizens had joined the Russian army so far.'],
  },
];
const exportOf = (sources: unknown[]) =>
  JSON.stringify({ ...createUserCorpusExport([], '2026-03-01T00:00:00.000Z'), sources });
const GOOD_EXPORT = exportOf(SOURCES);

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
]);
const ZIP = new Uint8Array([
  ...Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000'),
  ...new Uint8Array(20),
  ...Buffer.from('export.json'),
]);

/** A file the size of 1 GB that nothing may read: the options page must refuse it from its size alone. */
function gigabyteFile(name: string) {
  const text = vi.fn(async (): Promise<string> => {
    throw new Error('a 1 GB file was read');
  });
  return { file: { name, type: 'application/json', size: 1024 ** 3, text } as unknown as File, text };
}

const file = (name: string, content: string | Uint8Array<ArrayBuffer>, type = 'application/json') =>
  new File([content], name, { type });

/**
 * What the options page does with the files the reader chose: read them, ask the background to
 * import them, and say why each refused file was refused (in the test's language).
 */
async function importChosen(
  service: ReturnType<typeof setupService>['service'],
  chosen: File[],
): Promise<{ added: ImportResult['added']; refused: Array<{ name: string; problem: string }> }> {
  const read = await readImportFiles(chosen);
  const result = read.files.length ? await service.importSources(read.files) : { added: [], skipped: [], refused: [] };
  return {
    added: result.added,
    refused: [...read.refused, ...result.refused].map((r) => ({
      name: r.name,
      problem: describeImportProblem(r.problem),
    })),
  };
}

describe('importing a bad file', () => {
  beforeAll(() => {
    // readImportFiles extracts HTML articles with the page's DOMParser.
    vi.stubGlobal('DOMParser', new JSDOM().window.DOMParser);
  });
  beforeEach(() => fakeBrowser.reset());
  afterEach(closeStores);

  it.each([
    [
      'truncated JSON',
      () => file('cut.json', GOOD_EXPORT.slice(0, GOOD_EXPORT.length - 30)),
      /^truncated JSON: the file ends before the data does/,
    ],
    [
      'a PNG renamed .json',
      () => file('photo.json', PNG),
      /^wrong format: the file is a PNG image, not HTML, plain text or a Crosscheck JSON export$/,
    ],
    ['a zip', () => file('sources.zip', ZIP, 'application/zip'), /^wrong format: the file is a zip archive/],
    ['a zip renamed .json', () => file('sources.json', ZIP), /^wrong format: the file is a zip archive/],
    [
      'JSON that is not a Crosscheck export',
      () => file('package.json', '{"name": "crosscheck", "version": "0.1.0"}'),
      /^not a Crosscheck export: expected "format": "crosscheck-user-corpus", got no "format"$/,
    ],
    [
      'an export whose second source is broken',
      () =>
        file(
          'mixed.json',
          exportOf([SOURCES[0], { ...SOURCES[1], meta: { ...SOURCES[1]!.meta, published: 'last week' } }, SOURCES[2]]),
        ),
      /^sources\[1\]\.meta\.published: expected an ISO date/,
    ],
    [
      'a saved page of 60,000 tiny elements (under 5 MB, too many to read without freezing the page)',
      () => file('feed.html', `<!doctype html><html><body>${'<i>x</i>'.repeat(60_000)}</body></html>`, 'text/html'),
      /^too large to read: 60,00\d elements \(the limit is 50,000\)$/,
    ],
    [
      'an export whose third source has no statement',
      () =>
        file(
          'menu.json',
          exportOf([SOURCES[0], SOURCES[1], { ...SOURCES[2], paragraphs: ['Home', 'Sport', 'Weather'] }]),
        ),
      /^no checkable statements: “Kazakh recruits” has no sentence that asserts something$/,
    ],
  ])(
    '%s: refused with the file’s name and the problem; nothing stored, nothing in memory',
    async (_, make, problem) => {
      const { service, store } = setupService();
      await service.addSourceFromTab(3);
      const before = await everything(service, store);
      const chosen = make();

      const result = await importChosen(service, [chosen]);
      expect(result.added).toEqual([]);
      expect(result.refused).toEqual([{ name: chosen.name, problem: expect.stringMatching(problem) }]);
      expect(await everything(service, store)).toEqual(before);
    },
  );

  it('refuses a 1 GB file from its size, without reading it, and imports the good files chosen with it', async () => {
    const { service, store } = setupService();
    const before = await everything(service, store);
    const huge = gigabyteFile('everything.json');

    const result = await importChosen(service, [
      huge.file,
      file('export.json', GOOD_EXPORT),
      file('d1.html', fixturePage('d1-corroborating-2015.html'), 'text/html'),
    ]);
    expect(huge.text).not.toHaveBeenCalled();
    expect(result.refused).toEqual([{ name: 'everything.json', problem: 'too big: 1024.0 MB (the limit is 5 MB)' }]);
    expect(result.added.map((s) => s.meta.outlet)).toEqual([
      'Yerevan Daily',
      'Baltic Wire',
      'Steppe Times',
      'Continental Post',
    ]);
    const after = await everything(service, store);
    // The test's clock stands still, so the two files' sources share their times: compare them unordered.
    expect(after.stored.map((s) => s.meta.outlet).sort()).toEqual([
      'Baltic Wire',
      'Continental Post',
      'Steppe Times',
      'Yerevan Daily',
    ]);
    expect(after.seen.sources.slice(0, before.seen.sources.length)).toEqual(before.seen.sources);
  });

  it('refuses a file the browser cannot read, naming it', async () => {
    const { service, store } = setupService();
    const before = await everything(service, store);
    const unreadable = {
      name: 'moved.txt',
      type: 'text/plain',
      size: 100,
      text: async () => Promise.reject(new DOMException('The file was moved', 'NotReadableError')),
    } as unknown as File;
    const result = await importChosen(service, [unreadable]);
    expect(result).toEqual({
      added: [],
      refused: [
        { name: 'moved.txt', problem: 'could not be read (was it moved, renamed or changed after you picked it?)' },
      ],
    });
    expect(await everything(service, store)).toEqual(before);
  });

  it('says why in the reader’s language: German', async () => {
    await useLocale('de', 'de-DE');
    try {
      const { service } = setupService();
      const huge = gigabyteFile('alles.json');
      const result = await importChosen(service, [
        huge.file,
        file('feed.html', `<!doctype html><html><body>${'<i>x</i>'.repeat(60_000)}</body></html>`, 'text/html'),
        file('leer.txt', '', 'text/plain'),
        file('foto.json', PNG),
        file('kaputt.json', '{"format": "crosscheck-user-corpus",, }'),
      ]);
      expect(result.refused).toEqual([
        // The options page refuses these two before the background sees the others.
        { name: 'alles.json', problem: 'zu groß: 1024,0 MB (höchstens 5 MB)' },
        {
          name: 'feed.html',
          problem: expect.stringMatching(/^zu umfangreich zum Lesen: 60\.00\d Elemente \(höchstens 50\.000\)$/),
        },
        { name: 'leer.txt', problem: 'die Datei ist leer' },
        {
          name: 'foto.json',
          problem:
            'falsches Format: Die Datei ist ein PNG-Bild, weder HTML noch reiner Text noch ein JSON-Export von Crosscheck',
        },
        // Not the JSON parser's English ("Unexpected token…").
        { name: 'kaputt.json', problem: 'kein gültiges JSON' },
      ]);
    } finally {
      await useLocale('en', 'en-GB');
    }
  });
});
