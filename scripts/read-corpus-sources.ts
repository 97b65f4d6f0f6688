import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawSource } from '../lib/corpus/build-corpus';
import type { SourceMeta } from '../lib/types';

/** Reads the shipped corpus: manifest entries and their raw texts (corpus/sources/<id>.txt). */
export function readCorpusSources(root: string): RawSource[] {
  const manifest = JSON.parse(readFileSync(join(root, 'corpus', 'manifest.json'), 'utf8')) as { sources: SourceMeta[] };
  return manifest.sources.map((meta) => ({ meta, raw: readFileSync(join(root, 'corpus', 'sources', `${meta.id}.txt`), 'utf8') }));
}
