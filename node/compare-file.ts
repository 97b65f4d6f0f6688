import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { JSDOM } from 'jsdom';
import type { Article, Comparison } from '../lib/types';
import { readPage } from '../lib/extract/read-page';
import { cleanRawText } from '../lib/text/clean-raw-text';
import { buildCorpus } from '../lib/corpus/build-corpus';
import { loadCorpus, type Corpus } from '../lib/corpus/load-corpus';
import { compareArticle, emptyComparison, type CompareOptions } from '../lib/compare-article';
import { projectRoot } from './project-root';
import { readCorpusSources } from './read-corpus-sources';
import { loadWordVectors } from './load-word-vectors';
import { loadStanceModelFile } from './load-stance-model-file';
import { loadLexiconFile } from './load-lexicon-file';

export { projectRoot };

/** The shipped corpus, analysed by the same code as the build's asset. */
export function loadShippedCorpus(): Corpus {
  return loadCorpus(
    buildCorpus(readCorpusSources(projectRoot)),
    loadWordVectors(),
    loadStanceModelFile(),
    loadLexiconFile(),
  );
}

/**
 * Any corpus folder in the layout of `corpus/` (manifest.json, sources/<id>.txt), analysed as the
 * shipped one, with the shipped word vectors and stance model.
 */
export function loadCorpusDir(corpusDir: string): Corpus {
  return loadCorpus(
    buildCorpus(readCorpusSources(projectRoot, { corpusDir })),
    loadWordVectors(),
    loadStanceModelFile(),
    loadLexiconFile(),
  );
}

/** A page as the engine reads it: the article (or why there is none) and the sources it must not be matched with. */
export interface ReadInput {
  article: Article | null;
  /** Set when there is no article: the comparison to return instead. */
  empty: Comparison | null;
  exclude: string[];
}

/**
 * Reads one page given as an HTML file, a text file or an http(s) URL. A corpus source given as
 * the page (its id is the file stem) keeps its manifest date and is not matched against itself.
 */
export async function readInput(input: string, corpus: Corpus): Promise<ReadInput> {
  if (/^https?:\/\//i.test(input)) {
    const response = await fetch(input);
    if (!response.ok) throw new Error(`${input}: HTTP ${response.status}`);
    return readHtml(await response.text(), input);
  }
  const content = readFileSync(input, 'utf8');
  const url = `file://${input}`;
  if (/\.html?$/i.test(extname(input))) return readHtml(content, url);
  const id = basename(input, extname(input));
  const meta = corpus.sources.get(id);
  const clean = cleanRawText(content, meta?.headline);
  const article: Article = {
    title: clean.title,
    url,
    lang: 'en',
    published: meta?.published ?? null,
    byline: null,
    siteName: meta?.outlet ?? null,
    paragraphs: clean.paragraphs,
    readerable: true,
  };
  return { article, empty: null, exclude: meta ? [meta.id] : [] };
}

/** Compares one page (see readInput) with the corpus. */
export async function compareInput(input: string, corpus: Corpus, options: CompareOptions = {}): Promise<Comparison> {
  const read = await readInput(input, corpus);
  if (!read.article) return read.empty!;
  return compareArticle(read.article, corpus, { ...options, excludeSourceIds: read.exclude });
}

/** As the extension does: the content script's reading (size limits included). */
function readHtml(html: string, url: string): ReadInput {
  const dom = new JSDOM(html, { url: url.startsWith('http') ? url : 'http://localhost/' });
  const doc = dom.window.document;
  const reading = readPage(doc, url);
  if (!reading.article) {
    const comparison = emptyComparison(
      { title: doc.title, url, lang: doc.documentElement.lang || '', published: null, readerable: false },
      reading.unread?.reason ?? 'not-article',
    );
    if (reading.unread?.reason === 'too-large') comparison.tooLarge = reading.unread.size;
    return { article: null, empty: comparison, exclude: [] };
  }
  return { article: reading.article, empty: null, exclude: [] };
}
