import type { Article, SourceMeta } from '../types';
import { createUserSourceId } from './source-id';

/** A source as the reader adds it: its description and its paragraphs, not analysed yet. */
export interface SourceText {
  meta: SourceMeta;
  paragraphs: string[];
}

/** The outlet of a source whose page names none and that has no web address. */
export const UNNAMED_OUTLET = 'Unnamed outlet';

/**
 * Describes an extracted article as one of the reader's sources. The outlet is the page's
 * og:site_name, else the host name of its address; the date is the article's own, else
 * `today` (YYYY-MM-DD) with `publishedHow` saying so. Only http(s) addresses are kept.
 */
export function sourceFromArticle(article: Article, today: string): SourceText {
  const url = /^https?:\/\//i.test(article.url) ? article.url : undefined;
  const paragraphs = article.paragraphs.map((p) => p.trim()).filter(Boolean);
  const meta: SourceMeta = {
    id: createUserSourceId(url, paragraphs),
    outlet: article.siteName?.trim() || hostName(url) || UNNAMED_OUTLET,
    headline: article.title.trim() || firstWords(paragraphs[0] ?? ''),
    published: article.published ?? today,
    publishedHow: article.published
      ? `from the page: ${article.published}`
      : `not found on the page: the day it was added (${today})`,
    ...(url ? { url } : {}),
  };
  return { meta, paragraphs };
}

function hostName(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** A stand-in headline for a text without one: its first words. */
export function firstWords(text: string, max = 12): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > max ? `${words.slice(0, max).join(' ')}…` : words.join(' ');
}
