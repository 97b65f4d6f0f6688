import { i18n } from '#i18n';
import { isReaderError } from './reader-error';

/**
 * Why a write to the reader's sources failed, in the reader's words: the browser's error (a
 * DOMException, possibly wrapped as the `cause` of ours) is named for what it means to them. The
 * browser's own message is never given: it is in English, names internals, and says nothing the
 * reader can act on ("UnknownError: Internal error").
 */
export function describeStorageError(err: unknown): string {
  const names = new Set<string>();
  let ours: string | undefined;
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string')
      names.add((e as { name: string }).name);
    if (ours === undefined && isReaderError(e)) ours = e.message;
  }
  if (names.has('QuotaExceededError')) return i18n.t('errors.storage.full');
  if (names.has('AbortError') || names.has('TransactionInactiveError')) return i18n.t('errors.storage.interrupted');
  if (names.has('DataCloneError')) return i18n.t('errors.storage.uncloneable');
  if (names.has('SecurityError')) return i18n.t('errors.storage.forbidden');
  // Another error: ours is already in the reader's words; the browser's is not.
  return ours ?? i18n.t('errors.storage.noReason');
}
