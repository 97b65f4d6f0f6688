import type { Article } from '../types';
import { cleanRawText } from '../text/clean-raw-text';
import { firstWords, sourceFromArticle, UNNAMED_OUTLET, type SourceText } from './source-from-article';
import { createUserSourceId } from './source-id';
import { DataProblemError, type FileContent, type ImportProblem } from './import-problem';
import { parseUserCorpusExport } from './user-corpus-export';

export type { ImportProblem } from './import-problem';

/** Largest file Crosscheck imports, in bytes: an article is far smaller, a bigger file is a mistake. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportFormat = 'html' | 'text' | 'json';

/** A file to import, read as text. */
export interface ImportInput {
  name: string;
  /** MIME type as the browser reports it (may be empty). */
  type: string;
  text: string;
  /**
   * For an HTML file, the article already extracted where a DOM exists (see `readHtmlArticle`;
   * Chrome's service worker has no DOMParser), or null when it has none.
   */
  article?: Article | null;
}

export interface ImportContext {
  /** Today's date (YYYY-MM-DD), for a source whose own date is unknown. */
  today: string;
  /**
   * Reads the article of an HTML file: `readHtmlArticle` on a Document made where there is a DOM
   * (DOMParser in a page, JSDOM in Node). Absent in Chrome's service worker, which has no DOM:
   * there the options page sends the article with the file.
   */
  readHtml?: (html: string) => Article | null;
}

/**
 * A file that cannot be imported: which file, and what is wrong with it, as data (`problem`, for
 * the options page to say in the reader's language) and in English (`detail`; the `message` is
 * "<file>: <detail>", for the command line and logs).
 */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly fileName: string,
    readonly problem: ImportProblem,
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`${fileName}: ${detail}`, options);
  }
}

/**
 * Reads one imported file as sources: an HTML page (its article, through Readability), plain
 * text (clutter removed) or a Crosscheck JSON export (every source in it). Throws an
 * `ImportError` naming the file and the problem: too big (over `MAX_IMPORT_BYTES`), empty,
 * another format, truncated or invalid JSON, no article.
 */
export function parseImport(file: ImportInput, context: ImportContext): SourceText[] {
  const fail = (problem: ImportProblem, detail: string, cause?: unknown): never => {
    throw new ImportError(file.name, problem, detail, cause === undefined ? undefined : { cause });
  };
  const tooBig = checkImportSize(new TextEncoder().encode(file.text).length);
  if (tooBig) fail(tooBig, describeImportSize(tooBig.bytes)!);
  const text = file.text.replace(/^\uFEFF/, '');
  if (!text.trim()) fail({ code: 'empty' }, 'the file is empty');
  const format = detectImportFormat(file.name, file.type, text);
  if (!format) {
    const content = detectContent(text);
    const fileType = content ? null : describeFileType(file);
    fail(
      { code: 'wrong-format', content, fileType },
      `wrong format: ${content ? `the file is ${CONTENT[content]}, not` : `${fileType ? `a ${fileType} file` : 'this file'} is not`} HTML, plain text or a Crosscheck JSON export`,
    );
  }
  if (format === 'json') {
    try {
      return parseUserCorpusExport(text);
    } catch (err) {
      if (err instanceof DataProblemError) return fail(err.problem, err.message, err);
      throw err;
    }
  }
  if (format === 'html') {
    let article = file.article;
    if (article === undefined) {
      if (!context.readHtml) return fail({ code: 'no-html-parser' }, 'HTML cannot be read here (no HTML parser)');
      article = context.readHtml(text);
    }
    if (!article) return fail({ code: 'no-article' }, 'no article found in this page');
    return [sourceFromArticle(article, context.today)];
  }
  return [
    textSource(text, file.name, context.today) ?? fail({ code: 'no-text' }, 'no article text found in this file'),
  ];
}

/** The problem of a file of `bytes` bytes, or null when its size is fine. */
export function checkImportSize(bytes: number): Extract<ImportProblem, { code: 'too-big' }> | null {
  return bytes <= MAX_IMPORT_BYTES ? null : { code: 'too-big', bytes, limit: MAX_IMPORT_BYTES };
}

/** Why a file of `bytes` bytes is refused, in English, or null when its size is fine. */
export function describeImportSize(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `too big: ${(bytes / 1024 / 1024).toFixed(1)} MB (the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB)`;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;
const JSON_TYPES = /^application\/(?:[\w.+-]+\+)?json$/i;
const TEXT_TYPES = /^text\/(?:plain|markdown)$/i;

/**
 * Tells an import's format by its extension, then its MIME type, then (neither known) its
 * first characters. Returns null for binary content and for other known formats (PDF, Word…).
 */
export function detectImportFormat(name: string, type: string, text: string): ImportFormat | null {
  if (isBinary(text)) return null;
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  if (['html', 'htm', 'xhtml'].includes(ext) || (!ext && HTML_TYPES.test(type))) return 'html';
  if (ext === 'json' || (!ext && JSON_TYPES.test(type))) return 'json';
  if (['txt', 'text', 'md'].includes(ext) || (!ext && TEXT_TYPES.test(type))) return 'text';
  if (ext || type) return null;
  const start = text.trimStart();
  if (/^[{[]/.test(start)) return 'json';
  if (/^<(?:!doctype html|html|head|body|article)\b/i.test(start)) return 'html';
  return 'text';
}

/** NUL characters, or many undecodable bytes (U+FFFD), mean the file is not text. */
function isBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const replaced = sample.match(/\uFFFD/g)?.length ?? 0;
  return replaced > 8 && replaced > sample.length / 50;
}

/** First bytes of common files as the browser decodes them (UTF-8: bytes that are not text become U+FFFD). */
const SIGNATURES: Array<[string, FileContent]> = [
  ['\uFFFDPNG\r\n', 'png'],
  ['GIF87a', 'gif'],
  ['GIF89a', 'gif'],
  ['%PDF-', 'pdf'],
  ['PK\u0003\u0004', 'zip'],
  ['\u001F\uFFFD', 'gzip'],
];

/** What each kind of content is called in the English message. */
const CONTENT: Record<FileContent, string> = {
  png: 'a PNG image',
  gif: 'a GIF image',
  pdf: 'a PDF document',
  zip: 'a zip archive (Word and OpenDocument files are zips too)',
  gzip: 'gzip-compressed',
  binary: 'binary (not text)',
};

/** What a file that is not text is (a photo renamed .json is refused as a photo), or null when it is text. */
function detectContent(text: string): FileContent | null {
  const known = SIGNATURES.find(([start]) => text.startsWith(start));
  if (known) return known[1];
  return isBinary(text) ? 'binary' : null;
}

/** The type a file claims: its MIME type, else its extension (".key"), else null. */
function describeFileType(file: { name: string; type: string }): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1];
  if (file.type) return file.type;
  return ext ? `.${ext}` : null;
}

function textSource(text: string, name: string, today: string): SourceText | null {
  const clean = cleanRawText(text);
  if (clean.paragraphs.length === 0) return null;
  const headline = clean.title || name.replace(/\.[a-z0-9]+$/i, '') || firstWords(clean.paragraphs[0]!);
  return {
    meta: {
      id: createUserSourceId(undefined, clean.paragraphs),
      outlet: UNNAMED_OUTLET,
      headline,
      published: today,
      publishedHow: `not given in the file: the day it was imported (${today})`,
    },
    paragraphs: clean.paragraphs,
  };
}
