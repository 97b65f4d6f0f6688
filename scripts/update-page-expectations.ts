// Rewrites tests/pages/*/expected.json from the committed source.html, with the engine's own
// reading (tests/pages/read-page-summary.ts). With --copy, first copies the pages from ../shared
// (the 25 Readability test pages and the story pages), byte for byte.
// Run: npm run pages:update [-- --copy]
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { projectRoot, sharedDir } from '../node/project-root';
import { formatSummary, listPageFixtures, pagesDir, summarizeFixture } from '../tests/pages/list-page-fixtures';

/** Every file of ../shared kept in tests/pages: [from, to]. */
function sharedFiles(): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  const readability = join(sharedDir, 'readability-pages');
  // The pages' licence and notice travel with them (Apache-2.0 asks for both).
  for (const name of ['LICENSE.md', 'NOTICE']) files.push([join(readability, name), join(pagesDir, name)]);
  for (const d of readdirSync(readability, { withFileTypes: true })) {
    if (d.isDirectory()) files.push([join(readability, d.name, 'source.html'), join(pagesDir, d.name, 'source.html')]);
  }
  const stories = join(sharedDir, 'stories');
  for (const story of readdirSync(stories, { withFileTypes: true })) {
    const pages = join(stories, story.name, 'pages');
    if (!story.isDirectory() || !existsSync(pages)) continue;
    for (const file of readdirSync(pages).filter((f) => f.endsWith('.html'))) {
      files.push([join(pages, file), join(pagesDir, `${story.name}-${basename(file, '.html')}`, 'source.html')]);
    }
  }
  return files;
}

/** Writes `content` to `file` unless it already holds exactly that; whether it wrote. */
function writeIfChanged(file: string, content: Buffer): boolean {
  if (existsSync(file) && readFileSync(file).equals(content)) return false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return true;
}

let copied = 0;
if (process.argv.includes('--copy')) {
  for (const [from, to] of sharedFiles()) {
    if (!writeIfChanged(to, readFileSync(from))) continue;
    copied++;
    console.log(`copied ${relative(projectRoot, to)}`);
  }
}

const fixtures = listPageFixtures();
let changed = 0;
for (const fixture of fixtures) {
  if (!writeIfChanged(fixture.expectedFile, Buffer.from(formatSummary(summarizeFixture(fixture))))) continue;
  changed++;
  console.log(`wrote ${relative(projectRoot, fixture.expectedFile)}`);
}
console.log(
  `${fixtures.length} pages: ${changed} expected.json changed${process.argv.includes('--copy') ? `, ${copied} files copied from ../shared` : ''}.`,
);
