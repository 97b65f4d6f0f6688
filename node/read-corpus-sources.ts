import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawSource } from '../lib/corpus/build-corpus';
import type { SourceMeta } from '../lib/types';

/**
 * Reads a corpus folder in the layout of the project's `corpus/`: `manifest.json` and the raw
 * texts `sources/<id>.txt`. `root` is the project root (its `corpus/` is read) unless
 * `{ corpusDir }` names the corpus folder itself (a story of ../shared/stories, a reader's folder).
 */
export function readCorpusSources(root: string, options: { corpusDir?: string } = {}): RawSource[] {
  const dir = options.corpusDir ?? join(root, 'corpus');
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { sources: SourceMeta[] };
  return manifest.sources.map((meta) => ({ meta, raw: readFileSync(join(dir, 'sources', `${meta.id}.txt`), 'utf8') }));
}
