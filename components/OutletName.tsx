import { i18n } from '#i18n';
import { UNNAMED_OUTLET } from '../lib/corpus/source-from-article';

/**
 * An outlet's name as its source gives it, never translated (`translate={false}`: "The Moscow Times"
 * is a name in every language), except the engine's stand-in for a source that named none, which
 * is said in the reader's language.
 */
export function OutletName({ outlet, class: className = 'outlet' }: { outlet: string; class?: string }) {
  if (outlet === UNNAMED_OUTLET) return <span class={className}>{i18n.t('panel.unnamedOutlet')}</span>;
  return (
    <span class={className} translate={false}>
      {outlet}
    </span>
  );
}
