import { useEffect, useState } from 'preact/hooks';
import { importRunItem, type ImportRun } from '../../utils/shared/storage';
import { findInterruptedImport } from '../../utils/view/run-import';
import { useService } from './use-service';

/**
 * The reader's last import when it was cut short (utils/view/run-import.ts), looked at again when
 * `check` changes and whenever the record does (an import in another page); `dismiss` forgets it.
 * A file it was storing when cut short is counted first if it was stored (`settleImportRun`).
 */
export function useInterruptedImport(check = 0): { run: ImportRun | null; dismiss: () => void } {
  const service = useService();
  const [run, setRun] = useState<ImportRun | null>(null);
  useEffect(() => {
    let live = true;
    const find = async () => {
      const found = await findInterruptedImport();
      if (!found?.pending) return found;
      await service.settleImportRun().catch(() => undefined);
      return findInterruptedImport();
    };
    const look = () =>
      void find().then(
        (found) => live && setRun(found),
        () => undefined,
      );
    look();
    const unwatch = importRunItem.watch(look);
    return () => {
      live = false;
      unwatch();
    };
  }, [check]);
  return { run, dismiss: () => void importRunItem.removeValue() };
}
