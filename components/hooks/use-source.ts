import { useEffect, useState } from 'preact/hooks';
import type { SourceView } from '../../utils/shared/service-types';
import { useService } from './use-service';
import { readerMessage } from '../../utils/shared/reader-error';

/** A corpus source's description and statements from the background, or why it could not be read. */
export function useSource(sourceId: string): { source: SourceView | null; error: string | null } {
  const service = useService();
  const [source, setSource] = useState<SourceView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    service.getSource(sourceId).then(
      (view) => live && setSource(view),
      (err: unknown) => live && setError(readerMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [service, sourceId]);
  return { source, error };
}
