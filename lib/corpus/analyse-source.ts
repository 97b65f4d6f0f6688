import type { CorpusStatement, SourceMeta } from '../types';
import { findStatements } from '../statements/find-statements';

/**
 * Analyses one corpus source once: its checkable statements in page order, each with its
 * features, tagged with the source's id. `meta.published` (ISO) anchors relative dates
 * ("last month") in the statements. Shipped sources (at build time) and the reader's own
 * (when added) go through this same function.
 */
export function analyseSource(meta: SourceMeta, paragraphs: string[]): CorpusStatement[] {
  return findStatements(paragraphs, meta.published).map((st) => ({ ...st, sourceId: meta.id }));
}
