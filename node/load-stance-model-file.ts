// Node-only: reads the committed stance model asset (corpus/stance-model.{json,bin}) for the
// FNC-1 evaluation, the benchmark and tests. The extension reads the same two files with fetch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadStanceModel } from '../lib/stance/load-stance-model';
import type { StanceModel } from '../lib/stance/stance-model';
import { projectRoot } from './project-root';

const root = projectRoot;
/** Path of the asset without extension. */
export const STANCE_MODEL_PATH = join(root, 'corpus', 'stance-model');

/** Reads `<base>.json` and `<base>.bin` (default: the repository's corpus/stance-model). */
export function loadStanceModelFile(base = STANCE_MODEL_PATH): StanceModel {
  try {
    return loadStanceModel(readFileSync(`${base}.json`, 'utf8'), readFileSync(`${base}.bin`));
  } catch (cause) {
    throw new Error(`${base}.{json,bin}: cannot load the stance model`, { cause });
  }
}
