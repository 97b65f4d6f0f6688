import { useEffect, useState } from 'preact/hooks';
import {
  hasAutoAnalysis,
  requestAutoAnalysis,
  revokeAutoAnalysis,
  watchAutoAnalysis,
} from '../../utils/shared/auto-analysis';

/**
 * Whether automatic comparison is granted (null until the browser has said), following changes
 * made in the browser's own settings, and how to ask for it or give it back. `change` must be
 * called straight from the reader's click: the browser shows its prompt only inside the gesture.
 */
export function useAutoAnalysis(): {
  granted: boolean | null;
  change: (wanted: boolean) => Promise<boolean>;
  recheck: () => Promise<boolean>;
} {
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    void hasAutoAnalysis().then(setGranted);
    return watchAutoAnalysis(setGranted);
  }, []);
  async function recheck(): Promise<boolean> {
    const now = await hasAutoAnalysis().catch(() => false);
    setGranted(now);
    return now;
  }
  return { granted, change: (wanted) => (wanted ? requestAutoAnalysis() : revokeAutoAnalysis()), recheck };
}
