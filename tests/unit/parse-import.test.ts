import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  detectImportFormat,
  describeImportSize,
  ImportError,
  MAX_IMPORT_BYTES,
  parseImport,
  type ImportInput,
} from '../../lib/corpus/parse-import';
import { readHtmlArticle } from '../../lib/corpus/read-html-article';
import { createUserCorpusExport, parseUserCorpusExport } from '../../lib/corpus/user-corpus-export';
import { sourceFromArticle } from '../../lib/corpus/source-from-article';
import { createUserSourceId, isUserSourceId } from '../../lib/corpus/source-id';
import type { Article } from '../../lib/types';
import manifest from '../../corpus/manifest.json';

const TODAY = '2026-03-04';
const parseHtml = (html: string) => new JSDOM(html).window.document;
const readHtml = (html: string) => readHtmlArticle(parseHtml(html));
const fixture = (name: string) => readFileSync(new URL(`../fixtures/pages/${name}`, import.meta.url), 'utf8');

const ARTICLE_TEXT = [
  'Army opens to foreigners',
  'A decree signed on January 2 allows foreigners to join the army for five years.',
  'Applicants must speak Russian and have no criminal record.',
].join('\n');

const goodExport = JSON.stringify(
  createUserCorpusExport(
    [
      {
        meta: {
          id: 'ignored',
          outlet: 'Example News',
          headline: 'Army opens',
          published: '2015-01-09',
          publishedHow: 'from the page: 2015-01-09',
          url: 'https://news.example/army',
        },
        paragraphs: ['A decree signed on January 2 allows foreigners to join the army.'],
      },
    ],
    '2026-03-04T10:00:00.000Z',
  ),
);

function file(name: string, text: string, type = ''): ImportInput {
  return { name, type, text };
}

describe('detectImportFormat', () => {
  it.each([
    ['page.html', '', 'html', '<p>x</p>'],
    ['PAGE.HTM', '', 'html', '<p>x</p>'],
    ['download', 'text/html', 'html', '<p>x</p>'],
    ['export.json', '', 'json', '{}'],
    ['export', 'application/json', 'json', '{}'],
    ['notes.txt', '', 'text', 'Some text.'],
    ['notes.md', 'text/markdown', 'text', 'Some text.'],
    ['clipboard', '', 'json', '{"format": 1}'],
    ['clipboard', '', 'html', '<!doctype html><html></html>'],
    ['clipboard', '', 'text', 'Plain words.'],
    ['paper.pdf', 'application/pdf', null, '%PDF-1.7'],
    ['photo.png', 'image/png', null, 'PNG'],
    ['binary.txt', 'text/plain', null, 'a\u0000b'],
  ])('%s (%s) → %s', (name, type, format, text) => {
    expect(detectImportFormat(name, type, text)).toBe(format);
  });
});

describe('parseImport refuses a bad file with its name and the problem', () => {
  it.each([
    ['empty.txt', '', /^the file is empty$/],
    ['blank.txt', '  \n\t\n', /^the file is empty$/],
    ['huge.txt', 'x'.repeat(MAX_IMPORT_BYTES + 1), /^too big: 5\.0 MB \(the limit is 5 MB\)$/],
    [
      'paper.pdf',
      '%PDF-1.7 ...',
      /^wrong format: the file is a PDF document, not HTML, plain text or a Crosscheck JSON export$/,
    ],
    ['slides.key', 'Keynote', /^wrong format: a \.key file is not HTML, plain text or a Crosscheck JSON export$/],
    ['photo.json', '\uFFFDPNG\r\n\u001A\n\u0000\u0000\u0000\rIHDR', /^wrong format: the file is a PNG image, not HTML/],
    ['sources.json', 'PK\u0003\u0004\u0014\u0000\u0006\u0000', /^wrong format: the file is a zip archive/],
    ['data.json', '\u001F\uFFFD\b\u0000\u0000\u0000', /^wrong format: the file is gzip-compressed, not HTML/],
    ['blob.txt', 'ab\u0000cd', /^wrong format: the file is binary \(not text\), not HTML/],
    [
      'truncated.json',
      goodExport.slice(0, goodExport.length / 2),
      /^truncated JSON: the file ends before the data does/,
    ],
    ['broken.json', '{"format": "crosscheck-user-corpus",, }', /^not valid JSON \(/],
    ['list.json', '[1, 2]', /^not a Crosscheck export: expected a JSON object .*, got a list$/],
    [
      'other.json',
      '{"name": "package"}',
      /^not a Crosscheck export: expected "format": "crosscheck-user-corpus", got no "format"$/,
    ],
    ['feedback.json', '{"format": "crosscheck-feedback", "version": 1, "feedback": []}', /feedback, not of sources/],
    [
      'newer.json',
      '{"format": "crosscheck-user-corpus", "version": 2, "sources": []}',
      /newer Crosscheck \(export version 2\)/,
    ],
    [
      'no-sources.json',
      '{"format": "crosscheck-user-corpus", "version": 1, "sources": []}',
      /^the export has no sources$/,
    ],
    [
      'sources-object.json',
      '{"format": "crosscheck-user-corpus", "version": 1, "sources": {}}',
      /^"sources": expected a list, got an object$/,
    ],
    [
      'bad-date.json',
      goodExport.replace('"2015-01-09"', '"yesterday"'),
      /^sources\[0\]\.meta\.published: expected an ISO date .*, got "yesterday"$/,
    ],
    [
      'bad-url.json',
      goodExport.replace('https://news.example/army', 'javascript:alert(1)'),
      /^sources\[0\]\.meta\.url: expected an http\(s\) address/,
    ],
    [
      'no-outlet.json',
      goodExport.replace('"Example News"', '""'),
      /^sources\[0\]\.meta\.outlet: expected text, got ""$/,
    ],
    [
      'bad-paragraph.json',
      goodExport.replace('"A decree', '7, "A decree'),
      /^sources\[0\]\.paragraphs\[0\]: expected a string, got 7$/,
    ],
    ['not-an-article.html', fixture('not-an-article.html'), /^no article found in this page$/],
  ])('%s', (name, text, problem) => {
    let error: unknown;
    try {
      parseImport(file(name, text), { today: TODAY, readHtml });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).fileName).toBe(name);
    // The English for the command line; the problem itself is data, for the options page to word.
    expect((error as ImportError).detail).toMatch(problem);
    expect((error as ImportError).message).toBe(`${name}: ${(error as ImportError).detail}`);
    expect(typeof (error as ImportError).problem.code).toBe('string');
  });

  it.each([
    [
      'huge.txt',
      'x'.repeat(MAX_IMPORT_BYTES + 1),
      { code: 'too-big', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES },
    ],
    ['empty.txt', '', { code: 'empty' }],
    ['paper.pdf', '%PDF-1.7 ...', { code: 'wrong-format', content: 'pdf', fileType: null }],
    ['slides.key', 'Keynote', { code: 'wrong-format', content: null, fileType: '.key' }],
    ['broken.json', '{"format": "crosscheck-user-corpus",, }', { code: 'json-invalid' }],
    ['list.json', '[1, 2]', { code: 'not-an-export', got: 'list' }],
    ['other.json', '{"name": "package"}', { code: 'export-format', format: null }],
    [
      'newer.json',
      '{"format": "crosscheck-user-corpus", "version": 2}',
      { code: 'newer-export', version: 2, supported: 1 },
    ],
    [
      'bad-date.json',
      goodExport.replace('"2015-01-09"', '"yesterday"'),
      { code: 'bad-field', field: 'sources[0].meta.published', expected: 'iso-date', got: { json: '"yesterday"' } },
    ],
    ['not-an-article.html', fixture('not-an-article.html'), { code: 'no-article' }],
  ])('%s: the problem as data, with its values (no parser message)', (name, text, problem) => {
    expect(() => parseImport(file(name, text), { today: TODAY, readHtml })).toThrow(
      expect.objectContaining({ problem }),
    );
  });

  it('refuses HTML where there is no HTML parser and no extracted article', () => {
    expect(() => parseImport(file('page.html', '<p>x</p>'), { today: TODAY })).toThrow(/no HTML parser/);
  });
});

describe('parseImport reads a good file', () => {
  it('an HTML page: its article, outlet from og:site_name, date from the page', () => {
    const [source] = parseImport(file('d1.html', fixture('d1-corroborating-2015.html'), 'text/html'), {
      today: TODAY,
      readHtml,
    });
    expect(source!.meta).toMatchObject({
      outlet: 'Continental Post',
      headline: "Foreigners may now enlist in Russia's military",
      published: '2015-02-02',
      publishedHow: 'from the page: 2015-02-02',
    });
    expect(source!.meta.url).toBeUndefined();
    expect(isUserSourceId(source!.meta.id)).toBe(true);
    expect(source!.paragraphs.join(' ')).toContain('no criminal record');
  });

  it('an HTML page with a canonical address: the address, and the same id however it is read', () => {
    const html = fixture('d1-corroborating-2015.html').replace(
      '<head>',
      '<head><link rel="canonical" href="https://post.example/foreigners">',
    );
    const [fromFile] = parseImport(file('d1.html', html), { today: TODAY, readHtml });
    expect(fromFile!.meta.url).toBe('https://post.example/foreigners');
    // The options page extracts the article itself (Chrome's service worker has no DOMParser).
    const [fromPage] = parseImport(
      { ...file('d1.html', html), article: readHtmlArticle(parseHtml(html)) },
      { today: TODAY },
    );
    expect(fromPage).toEqual(fromFile);
  });

  it('plain text: first line as headline, clutter removed, today as the date (said so)', () => {
    const [source] = parseImport(file('army.txt', `${ARTICLE_TEXT}\nAdvertisement\n`), { today: TODAY });
    expect(source!.meta).toMatchObject({
      outlet: 'Unnamed outlet',
      headline: 'Army opens to foreigners',
      published: TODAY,
    });
    expect(source!.meta.publishedHow).toMatch(/not given in the file.*2026-03-04/);
    expect(source!.paragraphs).toHaveLength(2);
  });

  it('a Crosscheck export: every source, ids derived again (never the file’s)', () => {
    const sources = parseImport(file('export.json', `\uFEFF${goodExport}`), { today: TODAY });
    expect(sources).toHaveLength(1);
    expect(sources[0]!.meta.id).toBe(createUserSourceId('https://news.example/army', []));
  });
});

describe('sourceFromArticle', () => {
  const article: Article = {
    title: ' Army opens ',
    url: 'https://www.news.example/army#top',
    lang: 'en',
    published: null,
    byline: null,
    siteName: null,
    paragraphs: ['One.', ' ', 'Two.'],
    readerable: true,
  };

  it.each([
    ['no site name: the host name', {}, { outlet: 'news.example' }],
    ['og:site_name wins', { siteName: 'Example News' }, { outlet: 'Example News' }],
    ['no address either', { url: 'file:///tmp/a.html' }, { outlet: 'Unnamed outlet' }],
    ['the page’s date', { published: '2015-01' }, { published: '2015-01', publishedHow: 'from the page: 2015-01' }],
    [
      'no date: today, and says so',
      {},
      { published: TODAY, publishedHow: `not found on the page: the day it was added (${TODAY})` },
    ],
    ['no title: the first words', { title: '' }, { headline: 'One.' }],
  ])('%s', (_, change, expected) => {
    const { meta, paragraphs } = sourceFromArticle({ ...article, ...change }, TODAY);
    expect(meta).toMatchObject(expected);
    expect(paragraphs).toEqual(['One.', 'Two.']);
    expect(meta.url).toBe('url' in change ? undefined : 'https://www.news.example/army#top');
  });
});

describe('createUserSourceId', () => {
  const shippedIds = manifest.sources.map((s) => s.id);

  it.each([
    ['the same address', ['https://a.example/x', ['One.']], ['https://a.example/x', ['Other.']], true],
    ['the address without its fragment', ['https://a.example/x#c', []], ['https://a.example/x', []], true],
    ['two addresses', ['https://a.example/x', []], ['https://a.example/y', []], false],
    ['the same text, spacing aside', [undefined, ['One  two.']], [undefined, [' One two. ']], true],
    ['two texts', [undefined, ['One.']], [undefined, ['Two.']], false],
  ] as const)('%s: same id %s', (_, a, b, same) => {
    const idA = createUserSourceId(a[0], [...a[1]]);
    expect(idA).toMatch(/^user-[0-9a-f]{16}$/);
    expect(idA === createUserSourceId(b[0], [...b[1]])).toBe(same);
  });

  it('never gives a shipped id, and tells the two apart', () => {
    expect(shippedIds.some(isUserSourceId)).toBe(false);
    expect(isUserSourceId(createUserSourceId(undefined, ['x']))).toBe(true);
  });
});

describe('describeImportSize', () => {
  it.each([
    [0, null],
    [MAX_IMPORT_BYTES, null],
    [MAX_IMPORT_BYTES + 1, 'too big: 5.0 MB (the limit is 5 MB)'],
    [12 * 1024 * 1024, 'too big: 12.0 MB (the limit is 5 MB)'],
  ])('%d bytes → %s', (bytes, problem) => expect(describeImportSize(bytes)).toBe(problem));
});

describe('parseUserCorpusExport', () => {
  it('reads back what createUserCorpusExport wrote', () => {
    const [source] = parseUserCorpusExport(goodExport);
    const again = parseUserCorpusExport(JSON.stringify(createUserCorpusExport([source!], '2026-03-05T00:00:00.000Z')));
    expect(again).toEqual([source]);
  });
});
