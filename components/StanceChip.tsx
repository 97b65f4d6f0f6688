import type { Stance } from '../lib/types';
import { getStanceLabel } from '../utils/view/get-stance-label';

/** A small coloured label for a match's stance. */
export function StanceChip({ stance }: { stance: Stance }) {
  return <span class={`chip chip-${stance}`}>{getStanceLabel(stance)}</span>;
}
