import type { SourceMeta } from '../types';
import { DataProblemError, seeValue, type ImportProblem } from './import-problem';
import { badField, describeValue as describe, isObject, readSourceMeta } from './read-source-meta';
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
 * Reads a Crosscheck export: the JSON text of a `UserCorpusExport`. Throws a `DataProblemError`
 * whose problem says precisely what is wrong (truncated JSON, another kind of file, which field
 * of which source is invalid), with an English message. Ids are derived again from each
 * source's address or text, so they are the ids the export was made with, and never a shipped
 * source's id.
 */
export function parseUserCorpusExport(text: string): SourceText[] {
  const fail = (problem: ImportProblem, message: string, cause?: unknown): never => {
    throw new DataProblemError(problem, message, cause === undefined ? undefined : { cause });
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // The parser's own words ("Unexpected token…") stay in the English message, for the command line.
    const why = err instanceof Error ? err.message : String(err);
    return isTruncatedJson(text)
      ? fail({ code: 'json-truncated' }, `truncated JSON: the file ends before the data does (${why})`, err)
      : fail({ code: 'json-invalid' }, `not valid JSON (${why})`, err);
  }
  if (!isObject(data))
    return fail(
      { code: 'not-an-export', got: seeValue(data) },
      `not a Crosscheck export: expected a JSON object with "format": "${USER_CORPUS_FORMAT}", got ${describe(data)}`,
    );
  if (data.format === 'crosscheck-feedback')
    fail({ code: 'feedback-export' }, 'this is an export of match feedback, not of sources');
  if (data.format !== USER_CORPUS_FORMAT) {
    const format = data.format === undefined ? null : JSON.stringify(data.format);
    fail(
      { code: 'export-format', format },
      `not a Crosscheck export: expected "format": "${USER_CORPUS_FORMAT}", got ${format === null ? 'no "format"' : `"format": ${format}`}`,
    );
  }
  if (typeof data.version === 'number' && data.version > USER_CORPUS_VERSION) {
    fail(
      { code: 'newer-export', version: data.version, supported: USER_CORPUS_VERSION },
      `made by a newer Crosscheck (export version ${data.version}); this one reads version ${USER_CORPUS_VERSION}`,
    );
  }
  if (data.version !== USER_CORPUS_VERSION)
    fail(
      { code: 'export-version', supported: USER_CORPUS_VERSION, got: seeValue(data.version) },
      `"version": expected ${USER_CORPUS_VERSION}, got ${describe(data.version)}`,
    );
  if (!Array.isArray(data.sources)) throw badField('"sources"', 'list', data.sources);
  if (data.sources.length === 0) fail({ code: 'export-no-sources' }, 'the export has no sources');
  return (data.sources as unknown[]).map((entry, i) => readSource(entry, `sources[${i}]`));
}

function readSource(entry: unknown, at: string): SourceText {
  if (!isObject(entry)) throw badField(at, 'meta-and-paragraphs', entry);
  const meta = readSourceMeta(entry.meta, `${at}.meta`);
  const { paragraphs } = entry;
  if (!Array.isArray(paragraphs)) throw badField(`${at}.paragraphs`, 'list-of-strings', paragraphs);
  const bad = paragraphs.findIndex((p) => typeof p !== 'string');
  if (bad >= 0) throw badField(`${at}.paragraphs[${bad}]`, 'string', paragraphs[bad]);
  const text = (paragraphs as string[]).map((p) => p.trim()).filter(Boolean);
  if (text.length === 0)
    throw new DataProblemError(
      { code: 'source-no-text', field: `${at}.paragraphs` },
      `${at}.paragraphs: the source has no text`,
    );
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
