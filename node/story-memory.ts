// Node-only: the articles of ../shared/stories (and the shipped seeds) as one reader's memory, each
// with the story it truly belongs to, for `npm run eval:stories` and the stories tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { JSDOM } from 'jsdom';
import { readPage } from '../lib/extract/read-page';
import { sourceFromArticle } from '../lib/corpus/source-from-article';
import type { SourceMeta } from '../lib/types';
import { projectRoot, sharedDir } from './project-root';
import { readCorpusSources } from './read-corpus-sources';
import { cleanRawText } from '../lib/text/clean-raw-text';
import { analyseSource } from '../lib/corpus/analyse-source';
import { addSources } from '../lib/corpus/update-corpus';
import type { Corpus } from '../lib/corpus/load-corpus';
import { loadShippedCorpus } from './compare-file';

/** One remembered article and the story it belongs to (the truth the grouping is scored on). */
export interface LabelledArticle {
  meta: SourceMeta;
  paragraphs: string[];
  /** The story's folder name; an article of another event than its folder's has a label of its own. */
  label: string;
  /** Where it came from: "suez-2021/corpus/s01-medialine", "suez-2021/pages/p06-guardian-otherevent". */
  origin: string;
}

/**
 * Pages that are not the story's event: a page of a different event (another grounding in the
 * same canal, another derailment of the same railroad) or an unrelated story, put in the folder as
 * a guard. Each is a story of its own. The READMEs' roles say "different event" / "unrelated", and
 * the page ids end in "-other…" / "-unrelated".
 */
function isOtherStory(page: { id: string; role: string }): boolean {
  return /^(different event|unrelated)/i.test(page.role) || /-(other\w*|unrelated)$/.test(page.id);
}

/** The story folders of ../shared/stories. */
export function sharedStoryDirs(): string[] {
  const dir = join(sharedDir, 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'corpus', 'manifest.json')))
    .map((d) => join(dir, d.name));
}

/**
 * The articles of a story folder: its corpus sources (manifest + text) and its pages (the HTML read
 * as the extension reads a page: readPage, then sourceFromArticle as when a reader's article is kept).
 */
export function readStoryArticles(storyDir: string): LabelledArticle[] {
  const story = basename(storyDir);
  const corpus = readCorpusSources(projectRoot, { corpusDir: join(storyDir, 'corpus') }).map(({ meta, raw }) => ({
    meta: { ...meta, id: `${story}/${meta.id}` },
    paragraphs: cleanRawText(raw, meta.headline).paragraphs,
    label: story,
    origin: `${story}/corpus/${meta.id}`,
  }));
  const pagesFile = join(storyDir, 'pages.json');
  const pages = existsSync(pagesFile)
    ? (JSON.parse(readFileSync(pagesFile, 'utf8')) as Array<{ id: string; role: string; date: string; url: string }>)
    : [];
  const read = pages.flatMap((page) => {
    const file = join(storyDir, 'pages', `${page.id}.html`);
    if (!existsSync(file)) return [];
    const doc = new JSDOM(readFileSync(file, 'utf8'), { url: page.url }).window.document;
    const article = readPage(doc, page.url).article;
    if (!article) return [];
    const { meta, paragraphs } = sourceFromArticle(article, page.date);
    return [
      {
        meta: { ...meta, id: `${story}/${page.id}` },
        paragraphs,
        label: isOtherStory(page) ? `${story}/${page.id}` : story,
        origin: `${story}/pages/${page.id}`,
      },
    ];
  });
  return [...corpus, ...read];
}

/** The shipped seed corpus (corpus/ of this project): one story. */
export function readSeedArticles(): LabelledArticle[] {
  return readCorpusSources(projectRoot).map(({ meta, raw }) => ({
    meta,
    paragraphs: cleanRawText(raw, meta.headline).paragraphs,
    label: 'seed',
    origin: `corpus/${meta.id}`,
  }));
}

/**
 * The shipped corpus (the seeds) with the given articles added as the reader's sources, analysed
 * as the extension analyses an added source: the memory that grouping and figures are measured on.
 */
export function buildStoryMemory(articles: readonly LabelledArticle[]): Corpus {
  const corpus = loadShippedCorpus();
  addSources(
    corpus,
    articles.map((a) => ({ meta: a.meta, statements: analyseSource(a.meta, a.paragraphs) })),
  );
  return corpus;
}
