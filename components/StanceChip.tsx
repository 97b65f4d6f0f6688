import type { Stance } from '../lib/types';

const LABELS: Record<Stance, string> = {
  corroborates: 'Corroborates',
  conflicts: 'Conflicts',
  related: 'Related',
};

/** A small coloured label for a match's stance. */
export function StanceChip({ stance }: { stance: Stance }) {
  return <span class={`chip chip-${stance}`}>{LABELS[stance]}</span>;
}
