import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The news memory's reading sequence (tests/e2e/memory.test.ts, tests/e2e-firefox/memory.test.ts):
 * four pages of the Suez story (committed copies in tests/pages of ../shared/stories/suez-2021/pages)
 * and one unrelated page of the same site.
 */
export const MEMORY_STORY = [
  'suez-2021-p02-africanews-disagree',
  'suez-2021-p01-thenational-consistent',
  'suez-2021-p04-fmt-update',
  'suez-2021-p05-thenational-update',
];
export const MEMORY_UNRELATED = 'suez-2021-p07-cnn-unrelated';
const PAGES = path.resolve(import.meta.dirname, '../pages');

/** A folder with each page as `<name>.html`, to serve as a reader's browser would load them; the caller removes it. */
export function copyMemoryPages(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'crosscheck-memory-'));
  for (const name of [...MEMORY_STORY, MEMORY_UNRELATED])
    copyFileSync(path.join(PAGES, name, 'source.html'), path.join(dir, `${name}.html`));
  return dir;
}
