import type { SourceMeta } from '../types';
import { describeValue as describe, isObject, readSourceMeta } from './read-source-meta';
import { createUserSourceId } from './source-id';
import type { SourceText } from './source-from-article';

export const USER_CORPUS_FORMAT = 'crosscheck-user-corpus';
export const USER_CORPUS_VERSION = 1;

/** The reader's own sources, exported as one JSON document (and importable again). */
export interface UserCorpusExport {
  format: typeof USER_CORPUS_FORMAT;
  version: typeof USER_CORPUS_VERSION;
  /** ISO date-time of the export. */
  exportedAt: string;
  sources: Array<{ meta: SourceMeta; paragraphs: string[] }>;
}

/** The export document of the reader's sources; `exportedAt` is an ISO date-time. */
export function createUserCorpusExport(sources: SourceText[], exportedAt: string): UserCorpusExport {
  return {
    format: USER_CORPUS_FORMAT,
    version: USER_CORPUS_VERSION,
    exportedAt,
    sources: sources.map(({ meta, paragraphs }) => ({ meta, paragraphs })),
  };
}

/**
 * Reads a Crosscheck export: the JSON text of a `UserCorpusExport`. Throws an Error whose
 * message says precisely what is wrong (truncated JSON, another kind of file, which field of
 * which source is invalid). Ids are derived again from each source's address or text, so
 * they are the ids the export was made with, and never a shipped source's id.
 */
export function parseUserCorpusExport(text: string): SourceText[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(
      isTruncatedJson(text) ? `truncated JSON: the file ends before the data does (${why})` : `not valid JSON (${why})`,
      { cause: err },
    );
  }
  if (!isObject(data))
    throw new Error(
      `not a Crosscheck export: expected a JSON object with "format": "${USER_CORPUS_FORMAT}", got ${describe(data)}`,
    );
  if (data.format === 'crosscheck-feedback') throw new Error('this is an export of match feedback, not of sources');
  if (data.format !== USER_CORPUS_FORMAT) {
    const got = data.format === undefined ? 'no "format"' : `"format": ${JSON.stringify(data.format)}`;
    throw new Error(`not a Crosscheck export: expected "format": "${USER_CORPUS_FORMAT}", got ${got}`);
  }
  if (typeof data.version === 'number' && data.version > USER_CORPUS_VERSION) {
    throw new Error(
      `made by a newer Crosscheck (export version ${data.version}); this one reads version ${USER_CORPUS_VERSION}`,
    );
  }
  if (data.version !== USER_CORPUS_VERSION)
    throw new Error(`"version": expected ${USER_CORPUS_VERSION}, got ${describe(data.version)}`);
  if (!Array.isArray(data.sources)) throw new Error(`"sources": expected a list, got ${describe(data.sources)}`);
  if (data.sources.length === 0) throw new Error('the export has no sources');
  return data.sources.map((entry, i) => readSource(entry, `sources[${i}]`));
}

function readSource(entry: unknown, at: string): SourceText {
  if (!isObject(entry))
    throw new Error(`${at}: expected an object with "meta" and "paragraphs", got ${describe(entry)}`);
  const meta = readSourceMeta(entry.meta, `${at}.meta`);
  const { paragraphs } = entry;
  if (!Array.isArray(paragraphs))
    throw new Error(`${at}.paragraphs: expected a list of strings, got ${describe(paragraphs)}`);
  const bad = paragraphs.findIndex((p) => typeof p !== 'string');
  if (bad >= 0) throw new Error(`${at}.paragraphs[${bad}]: expected a string, got ${describe(paragraphs[bad])}`);
  const text = (paragraphs as string[]).map((p) => p.trim()).filter(Boolean);
  if (text.length === 0) throw new Error(`${at}.paragraphs: the source has no text`);
  return { meta: { id: createUserSourceId(meta.url, text), ...meta }, paragraphs: text };
}

/** Whether JSON text stops inside a string or with brackets still open: the file was cut short. */
function isTruncatedJson(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}
