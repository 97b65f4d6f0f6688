import { i18n } from '#i18n';

/**
 * Why a write to the reader's sources failed, in the reader's words: the browser's error (a
 * DOMException, possibly wrapped as the `cause` of ours) is named for what it means to them.
 */
export function describeStorageError(err: unknown): string {
  const names = new Set<string>();
  let innermost = err;
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string')
      names.add((e as { name: string }).name);
    innermost = e;
  }
  if (names.has('QuotaExceededError')) return i18n.t('errors.storage.full');
  if (names.has('AbortError') || names.has('TransactionInactiveError')) return i18n.t('errors.storage.interrupted');
  if (names.has('DataCloneError')) return i18n.t('errors.storage.uncloneable');
  if (names.has('SecurityError')) return i18n.t('errors.storage.forbidden');
  // Another error: the browser's own words (or ours, already in the reader's language), as they are.
  const message = innermost instanceof Error ? innermost.message : String(innermost);
  return message || i18n.t('errors.storage.noReason');
}
