// The repository's root for Node scripts: the nearest folder above this module with a package.json.
// Found by walking up rather than `..` from this file, so a bundled copy of a script (the
// benchmark runs its scale child as a bundle under plain Node, from out/) finds the same root.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

/** The shared folder beside the work tree: seeds, eval, FNC-1 and the real pages the scripts measure on. */
export const sharedDir = join(projectRoot, '..', 'shared');
