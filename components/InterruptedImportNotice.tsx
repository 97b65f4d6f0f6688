import { i18n } from '#i18n';
import { describeInterruptedImport } from '../utils/view/describe-interrupted-import';
import { useInterruptedImport } from './hooks/use-interrupted-import';

/**
 * An import that was cut short (the page or the browser closed, the background lost twice), told
 * when the options page or the popup opens, until the reader dismisses it or imports again. `check`
 * changes to look again (the options page, after an import of its own failed).
 */
export function InterruptedImportNotice({ check = 0 }: { check?: number }) {
  const { run, dismiss } = useInterruptedImport(check);
  if (!run) return null;
  return (
    <div class="corpus-notice" data-kind="import-interrupted" role="status">
      <p class="corpus-notice-text">{describeInterruptedImport(run)}</p>
      <button type="button" class="corpus-notice-dismiss" onClick={dismiss}>
        {i18n.t('panel.dismiss')}
      </button>
    </div>
  );
}
