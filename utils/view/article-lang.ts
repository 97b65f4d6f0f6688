import type { PageInfo } from '../../lib/types';

/**
 * The language of corpus text (statements, headlines of the sources): the engine reads English
 * only. Elements showing it carry it as their `lang`, so a German interface does not have a
 * screen reader speak English sentences with German rules (and the German check skips them).
 */
export const CORPUS_LANG = 'en';

/** The language of a page's own text (its title and statements): as the page says, else English. */
export function getPageLang(page: Pick<PageInfo, 'lang'>): string {
  return page.lang || CORPUS_LANG;
}
