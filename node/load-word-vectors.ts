// Node-only: reads the committed word-vector asset (see scripts/build-word-vectors.ts) for the CLI,
// the benchmark and tests. The extension reads the same two files with fetch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createWordVectors, type WordVectors } from '../lib/semantic/word-vectors';
import { projectRoot } from './project-root';

const root = projectRoot;

/** Reads corpus/word-vectors.{json,bin} under `dir` (default: the repository's corpus/). */
export function loadWordVectors(dir = join(root, 'corpus')): WordVectors {
  const jsonFile = join(dir, 'word-vectors.json');
  const binFile = join(dir, 'word-vectors.bin');
  let meta: { version?: unknown; dims?: unknown; stems?: unknown };
  try {
    meta = JSON.parse(readFileSync(jsonFile, 'utf8')) as typeof meta;
  } catch (cause) {
    throw new Error(`${jsonFile}: cannot read word-vector stems`, { cause });
  }
  if (meta.version !== 1 || typeof meta.dims !== 'number' || !Array.isArray(meta.stems)) {
    throw new Error(`${jsonFile}: expected { version: 1, dims, stems }`);
  }
  const bytes = readFileSync(binFile);
  try {
    return createWordVectors(
      meta.stems as string[],
      new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      meta.dims,
    );
  } catch (cause) {
    throw new Error(`${binFile}: does not match ${jsonFile}`, { cause });
  }
}
