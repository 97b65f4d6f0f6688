import { classifyClutter } from './is-clutter';

/** An article read from raw page text (copied from a browser), clutter removed. */
export interface CleanText {
  title: string;
  /** Article paragraphs, page order (subheadings kept as their own short paragraphs). */
  paragraphs: string[];
  /** Lines removed, with why: for tests and for a reader who wonders what was dropped. */
  removed: Array<{ line: string; why: string }>;
}

/** Lines after which a page shows other content, never the rest of the article. */
const TAIL_MARKER =
  /^(?:with reporting by\b.*|contact the author\b.*|you might also like|more news|news feed|editors'? picks|most read|related (?:stories|articles|coverage)|read next|more from\b.*|recommended(?: for you)?|comments?(?: \(\d+\))?)$/i;
/** A paragraph ending mid-sentence (no final punctuation) with many words is a teaser for another page. */
const ENDS_SENTENCE = /[.!?…"”’')\]]$/;

/** A standfirst says a whole claim: longer than a kicker or a section name. */
const STANDFIRST_MIN_WORDS = 8;

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Cleans raw article text copied from a news page. When `headline` is known, everything
 * before its first occurrence is page furniture (banners, teasers) and is dropped.
 * Duplicated lines (a standfirst repeated in the body, a caption shown twice) are kept once.
 */
export function cleanRawText(raw: string, headline?: string): CleanText {
  const lines = raw
    .split(/\r?\n/)
    .map((l) =>
      l
        .replace(/[\s\u00a0]+/g, ' ')
        .replace(/^[•·*]\s*/, '')
        .trim(),
    )
    .filter(Boolean);
  const removed: CleanText['removed'] = [];
  const seen = new Set<string>();
  let start = 0;
  let title = '';
  if (headline) {
    const at = lines.findIndex((l) => norm(l) === norm(headline));
    if (at >= 0) {
      // Not remembered as seen: a teaser above the headline may be a sentence of the body.
      for (const line of lines.slice(0, at)) removed.push({ line, why: 'before the headline' });
      start = at + 1;
      title = lines[at]!;
    }
  }
  if (!title) {
    const at = lines.findIndex((l) => !classifyClutter(l) && !ENDS_SENTENCE.test(l) && l.split(' ').length >= 4);
    if (at >= 0 && at < 5) {
      title = lines[at]!;
      start = at + 1;
    }
  }
  const body = lines.slice(start);
  const captions = body.filter((l) => classifyClutter(l) === 'caption').map(norm);
  const paragraphs: string[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    const key = norm(line);
    if (TAIL_MARKER.test(line) && paragraphs.length >= 3) {
      for (const rest of body.slice(i)) removed.push({ line: rest, why: 'after the end of the article' });
      break;
    }
    const kind = classifyClutter(line);
    // The line right under the headline is the article's standfirst (its own summary), which
    // news sites print without a final stop: a claim of the article, not a teaser of another page.
    if (
      i === 0 &&
      title &&
      !kind &&
      !ENDS_SENTENCE.test(line) &&
      line.split(' ').length > STANDFIRST_MIN_WORDS &&
      key !== norm(title)
    ) {
      seen.add(key);
      paragraphs.push(`${line}.`);
      continue;
    }
    let why: string | null = kind;
    if (!why && seen.has(key)) why = 'repeated';
    else if (!why && captions.some((c) => c !== key && c.includes(key))) why = 'caption';
    else if (!why && !ENDS_SENTENCE.test(line) && line.split(' ').length > 16) {
      why = 'teaser of another page';
      // The teaser's own headline stands just above it.
      const previous = paragraphs[paragraphs.length - 1];
      if (previous !== undefined && !ENDS_SENTENCE.test(previous)) removed.push({ line: paragraphs.pop()!, why });
    } else if (!why && key === norm(title)) why = 'repeated';
    seen.add(key);
    if (why) removed.push({ line, why });
    else paragraphs.push(line);
  }
  return { title, paragraphs, removed };
}
