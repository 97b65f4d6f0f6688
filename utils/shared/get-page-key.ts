/**
 * The page an address shows: the URL without its #fragment. A comparison, a piece of feedback and
 * a tab's result belong to it; a move to another fragment is the same article, scrolled.
 */
export function getPageKey(url: string): string {
  const hash = url.indexOf('#');
  return hash >= 0 ? url.slice(0, hash) : url;
}
