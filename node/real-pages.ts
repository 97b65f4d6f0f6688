// Node-only: the pages of ../shared the scripts measure on, found and parsed one way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { sharedDir } from './project-root';

/** The 25 real news pages of ../shared/readability-pages (unrelated to the corpus). */
export function realPageFiles(): Array<{ name: string; file: string }> {
  const dir = join(sharedDir, 'readability-pages');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, file: join(dir, d.name, 'source.html') }));
}

/** The test articles of ../shared/eval/articles. */
export function evalArticleFiles(): Array<{ name: string; file: string }> {
  const dir = join(sharedDir, 'eval', 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ name: f.replace(/\.html$/, ''), file: join(dir, f) }));
}

/** A page file as a DOM document (jsdom), as the extension's content script would see it. */
export function readDocument(file: string): Document {
  return new JSDOM(readFileSync(file, 'utf8'), { url: 'http://localhost/' }).window.document;
}
