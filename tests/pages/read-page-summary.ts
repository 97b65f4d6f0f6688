import { readPage } from '../../lib/extract/read-page';
import { MAX_STATEMENTS } from '../../lib/compare-article';
import { findFirstStatements } from '../../lib/statements/find-statements';
import { detectLanguage } from '../../lib/text/detect-language';
import { countWords } from '../../lib/text/count-words';

/** What the reader made of an article page: the fields a reviewer checks when a reading changes. */
export interface ArticleSummary {
  title: string;
  /** As the engine reads it (ISO, or null): the date relative dates in statements are anchored to. */
  published: string | null;
  /** The page's own language (Readability's, else `<html lang>`). */
  lang: string;
  /** The language the comparison goes by: the text's, when it is long enough to tell, else `lang`. */
  textLang: string;
  byline: string | null;
  siteName: string | null;
  readerable: boolean;
  paragraphs: number;
  words: number;
  firstParagraph: string;
  lastParagraph: string;
  /** Statements the comparison checks (at most MAX_STATEMENTS), and the first and last of them. */
  statements: number;
  firstStatement: string | null;
  lastStatement: string | null;
}

/** A page's reading as the extension gets it: the article's summary, or null and why it was not read. */
export interface PageSummary {
  documentTitle: string;
  /** Why the page was not parsed at all (too large, a PDF); null when it was. */
  unread: string | null;
  /** Null when the page was not read or Readability found no article in it. */
  article: ArticleSummary | null;
}

/**
 * Summarises what the extension reads from `doc` at `url`: the content script's `readPage`,
 * then the statements as `compareArticle` finds them (the same function and cap), so the
 * summary moves exactly when the extension's reading of the page does.
 */
export function readPageSummary(doc: Document, url: string): PageSummary {
  const reading = readPage(doc, url);
  const summary: PageSummary = { documentTitle: reading.title, unread: reading.unread?.reason ?? null, article: null };
  const article = reading.article;
  if (!article) return summary;
  const text = article.paragraphs.join('\n');
  const { statements } = findFirstStatements(article.paragraphs, article.published, MAX_STATEMENTS);
  summary.article = {
    title: article.title,
    published: article.published,
    lang: article.lang,
    // As compareArticle decides the page's language before it looks for statements.
    textLang: detectLanguage(text) ?? article.lang,
    byline: article.byline,
    siteName: article.siteName,
    readerable: article.readerable,
    paragraphs: article.paragraphs.length,
    words: countWords(text),
    firstParagraph: article.paragraphs[0] ?? '',
    lastParagraph: article.paragraphs.at(-1) ?? '',
    statements: statements.length,
    firstStatement: statements[0]?.text ?? null,
    lastStatement: statements.at(-1)?.text ?? null,
  };
  return summary;
}
