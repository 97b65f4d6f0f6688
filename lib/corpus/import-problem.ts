/**
 * What is wrong with an imported file, as data: a code and the values its sentence needs. The
 * engine writes no interface text (it runs in the command line too); the options page turns a
 * problem into a sentence in the reader's language (utils/view/describe-import-problem.ts), and
 * the English `message` of the error that carries it serves the command line.
 */
export type ImportProblem =
  | { code: 'too-big'; bytes: number; limit: number }
  | { code: 'empty' }
  /** Not text, or a format known not to be an article: `content` says what it is, else `fileType` what it claims. */
  | { code: 'wrong-format'; content: FileContent | null; fileType: string | null }
  | { code: 'json-truncated' }
  | { code: 'json-invalid' }
  /** Valid JSON but not an object. */
  | { code: 'not-an-export'; got: ValueSeen }
  /** An object whose "format" is missing (`format` null) or another one (its JSON). */
  | { code: 'export-format'; format: string | null }
  | { code: 'feedback-export' }
  | { code: 'newer-export'; version: number; supported: number }
  | { code: 'export-version'; supported: number; got: ValueSeen }
  | { code: 'export-no-sources' }
  /** A field of the data (`field`: its path, as "sources[0].meta.outlet") holds the wrong kind of value. */
  | { code: 'bad-field'; field: string; expected: FieldExpectation; got: ValueSeen }
  | { code: 'source-no-text'; field: string }
  | { code: 'no-html-parser' }
  | { code: 'no-article' }
  | { code: 'no-text' };

/** What a file that is not text is, by its first bytes. */
export type FileContent = 'png' | 'gif' | 'pdf' | 'zip' | 'gzip' | 'binary';

/** What a field of an export should hold. */
export type FieldExpectation =
  'object' | 'text' | 'iso-date' | 'address' | 'list' | 'list-of-strings' | 'string' | 'meta-and-paragraphs';

/** A value as a problem quotes it: its kind, or (a number, a string, true, null) its first 40 characters of JSON. */
export type ValueSeen = 'nothing' | 'list' | 'object' | { json: string };

export function seeValue(value: unknown): ValueSeen {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object' && value !== null) return 'object';
  const json = JSON.stringify(value);
  return { json: json.length > 40 ? `${json.slice(0, 40)}…` : json };
}

/** A value seen, in the English of the engine's messages. */
export function describeValueSeen(seen: ValueSeen): string {
  if (typeof seen === 'object') return seen.json;
  return seen === 'nothing' ? 'nothing' : seen === 'list' ? 'a list' : 'an object';
}

/** An error of data read from outside (an export, a stored record): its problem as data, and an English message. */
export class DataProblemError extends Error {
  override name = 'DataProblemError';
  constructor(
    readonly problem: ImportProblem,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
