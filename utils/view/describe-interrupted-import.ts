import { i18n } from '#i18n';
import type { ImportRun } from '../shared/storage';
import { formatNumber } from './format-number';

/** What the reader is told of an import cut short: how many files, how many saved, and how to import the rest. */
export function describeInterruptedImport(run: Pick<ImportRun, 'files' | 'done' | 'saved'>): string {
  const files = run.files.length;
  const text = i18n.t('options.interrupted.text', files, {
    files: formatNumber(files),
    saved: i18n.t('options.interrupted.saved', run.saved, { count: formatNumber(run.saved) }),
  });
  return run.done < files ? `${text} ${i18n.t('options.interrupted.resume')}` : text;
}
