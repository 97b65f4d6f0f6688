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
  if (names.has('QuotaExceededError')) return 'your browser’s storage is full (free some disk space, then try again)';
  if (names.has('AbortError') || names.has('TransactionInactiveError')) return 'the write was interrupted';
  if (names.has('DataCloneError')) return 'the browser could not store this data';
  if (names.has('SecurityError'))
    return 'the browser does not let Crosscheck store data here (private window or storage turned off?)';
  const message = innermost instanceof Error ? innermost.message : String(innermost);
  return message || 'the browser gave no reason';
}
