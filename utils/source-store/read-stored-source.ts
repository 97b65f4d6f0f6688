import { describeValue, isObject, readSourceMeta } from '../../lib/corpus/read-source-meta';
import { isUserSourceId } from '../../lib/corpus/source-id';
import type { CorpusStatement, SourceMeta, StatementFeatures } from '../../lib/types';

/** A source record read back from IndexedDB and checked: what of it can be used. */
export interface CheckedRecord {
  meta: SourceMeta;
  /** Null when the stored statements cannot be used: the source is analysed again from its text. */
  statements: CorpusStatement[] | null;
  /** Which engine analysed it; '' when the record does not say (it is analysed again). */
  analysedBy: string;
  /** When it was added (ms since epoch); 0 when the record does not say (it lists first). */
  addedAt: number;
  /** The text, when the record holds it (schema 1 kept it there; schema 2 keeps it in 'texts'). */
  paragraphs?: string[];
}

/**
 * Checks one stored source record (any schema so far) before the engine uses it: a record of
 * the wrong shape would otherwise break every comparison, not just its own. Returns what can be
 * used, or the problem when nothing can: not an object, not a reader's source id, an unreadable
 * description. `key` is the record's key in the store (its `meta.id`).
 */
export function checkStoredRecord(value: unknown, key: unknown): { record: CheckedRecord } | { problem: string } {
  if (!isObject(value)) return { problem: `not a source record (${describeValue(value)})` };
  if (typeof key !== 'string' || !isUserSourceId(key))
    return { problem: `not the id of one of your sources (${describeValue(key)})` };
  let meta: SourceMeta;
  try {
    meta = { id: key, ...readSourceMeta(value.meta, 'meta') };
  } catch (err) {
    return { problem: err instanceof Error ? err.message : String(err) };
  }
  const paragraphs = readParagraphs(value.paragraphs);
  return {
    record: {
      meta,
      statements: readStatements(value.statements, key),
      analysedBy: typeof value.analysedBy === 'string' ? value.analysedBy : '',
      addedAt: typeof value.addedAt === 'number' && Number.isFinite(value.addedAt) ? value.addedAt : 0,
      ...(paragraphs ? { paragraphs } : {}),
    },
  };
}

/** The paragraphs of a stored text record (schema 2's 'texts' store), or null when they cannot be read. */
export function checkStoredText(value: unknown, id: string): string[] | null {
  if (!isObject(value) || value.id !== id) return null;
  return readParagraphs(value.paragraphs);
}

function readParagraphs(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0 || !value.every((p) => typeof p === 'string')) return null;
  return value as string[];
}

const LIST_FEATURES: Array<keyof StatementFeatures> = ['terms', 'entities', 'quantities', 'dates', 'negatedTerms'];

/**
 * The statements when the engine can use every one of them, else null. Checks shapes, not
 * contents: it runs on every stored statement at start-up (100,000 of them for a large corpus).
 */
function readStatements(value: unknown, sourceId: string): CorpusStatement[] | null {
  if (!Array.isArray(value)) return null;
  return value.every((st) => isStatement(st, sourceId)) ? (value as CorpusStatement[]) : null;
}

function isStatement(st: unknown, sourceId: string): boolean {
  if (!isObject(st) || st.sourceId !== sourceId || typeof st.index !== 'number' || typeof st.text !== 'string')
    return false;
  const f = st.features;
  return (
    isObject(f) &&
    LIST_FEATURES.every((name) => Array.isArray(f[name])) &&
    typeof f.common === 'string' &&
    typeof f.clauses === 'string' &&
    (f.negation === null || typeof f.negation === 'string') &&
    (f.scope === null || isObject(f.scope))
  );
}
