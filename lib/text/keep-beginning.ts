import type { Article } from '../types';
import { countWords } from './count-words';

/**
 * The article cut to its first `maxCharacters` characters of paragraphs (at a word boundary),
 * recording how many words the whole article has; the same article when it is shorter.
 */
export function keepBeginning(article: Article, maxCharacters: number): Article {
  let length = 0;
  const kept: string[] = [];
  for (const paragraph of article.paragraphs) {
    if (length + paragraph.length <= maxCharacters) {
      kept.push(paragraph);
      length += paragraph.length;
      continue;
    }
    // Cut at a word boundary: a word cut in two would be a different word. A loop, not
    // /\S+$/: that pattern retries from every character of a long run (2 s on 280,000 characters).
    let end = Math.max(0, maxCharacters - length);
    if (!isSpace(paragraph.charCodeAt(end))) while (end > 0 && !isSpace(paragraph.charCodeAt(end - 1))) end--;
    const cut = paragraph.slice(0, end).trimEnd();
    if (cut) kept.push(cut);
    return {
      ...article,
      paragraphs: kept,
      totalWords: article.totalWords ?? article.paragraphs.reduce((n, p) => n + countWords(p), 0),
    };
  }
  return article;
}

/** White space as `\s` has it in the Latin-1 range and the common wider ones (NaN past the end counts as space). */
function isSpace(code: number): boolean {
  return (
    Number.isNaN(code) ||
    code <= 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
