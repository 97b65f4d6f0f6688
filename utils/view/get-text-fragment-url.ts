/** Words of a sentence given whole in a text fragment; a longer one is given by its first and last words. */
const WHOLE_WORDS = 8;
const END_WORDS = 4;

/**
 * The address of `url` that opens at `sentence` and highlights it: a text fragment
 * (`#:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/), which Chrome, Edge,
 * Safari and Firefox 131+ follow; a browser without it opens the article at its top. Null for an
 * address that is not http(s) (nothing to open). The page's own #fragment is dropped.
 */
export function getTextFragmentUrl(url: string | undefined, sentence: string): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (words.length === 0) return url;
  const directive =
    words.length <= WHOLE_WORDS
      ? encodeTerm(words.join(' '))
      : `${encodeTerm(words.slice(0, END_WORDS).join(' '))},${encodeTerm(words.slice(-END_WORDS).join(' '))}`;
  return `${url.split('#')[0]}#:~:text=${directive}`;
}

/** Percent-encodes a fragment term, including the characters the directive's syntax uses (- , &). */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/[-,&]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
