// Node-only: reads the committed lexicon (see scripts/build-lexicon.ts) for the CLI, the benchmark
// and tests. The extension reads the same file with fetch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLexicon, type Lexicon } from '../lib/lexicon/load-lexicon';
import type { LexiconAsset } from '../lib/lexicon/lexicon-asset';
import { projectRoot } from './project-root';

/** Reads corpus/lexicon.json under `dir` (default: the repository's corpus/). */
export function loadLexiconFile(dir = join(projectRoot, 'corpus')): Lexicon {
  const file = join(dir, 'lexicon.json');
  try {
    return loadLexicon(JSON.parse(readFileSync(file, 'utf8')) as LexiconAsset);
  } catch (cause) {
    throw new Error(`${file}: cannot read the lexicon`, { cause });
  }
}
