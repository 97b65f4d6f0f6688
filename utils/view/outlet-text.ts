import { i18n } from '#i18n';
import { UNNAMED_OUTLET } from '../../lib/corpus/source-from-article';

/**
 * An outlet's name as text (an attribute, a label, an export): as its source gives it, except
 * the engine's stand-in for a source that named none, which is said in the reader's language.
 */
export function outletText(outlet: string): string {
  return outlet === UNNAMED_OUTLET ? i18n.t('panel.unnamedOutlet') : outlet;
}
