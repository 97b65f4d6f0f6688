import { i18n } from '#i18n';
import type { Stance } from '../../lib/types';

/** A stance's name, on the panel's chip and in the Markdown export: "Corroborates", "Conflicts", "Related". */
export function getStanceLabel(stance: Stance): string {
  switch (stance) {
    case 'corroborates':
      return i18n.t('panel.stance.corroborates');
    case 'conflicts':
      return i18n.t('panel.stance.conflicts');
    case 'related':
      return i18n.t('panel.stance.related');
  }
}
