import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeCorpusNotice } from '../../utils/view/describe-corpus-notice';
import { describeStorageError } from '../../utils/shared/describe-storage-error';
import { ReaderError } from '../../utils/shared/reader-error';
import { describeRepair } from '../../utils/background/load-user-sources';
import type { CorpusNotice } from '../../utils/shared/storage';
import { useLocale } from './fixtures/fake-i18n';

const BACK = ' If you exported your sources, import the export to bring them back.';

describe('describeCorpusNotice', () => {
  it.each<[Omit<CorpusNotice, 'at'>, string]>([
    [
      { kind: 'removed', lost: 3, kept: 37 },
      `3 of your 40 sources could not be read and were removed; the shipped corpus and your other 37 sources are intact.${BACK}`,
    ],
    [
      { kind: 'removed', lost: 1, kept: 1 },
      `1 of your 2 sources could not be read and was removed; the shipped corpus and your other source is intact.${BACK}`,
    ],
    [
      { kind: 'removed', lost: 1, kept: 0 },
      `Your only source could not be read and was removed; the shipped corpus is intact.${BACK}`,
    ],
    [
      { kind: 'removed', lost: 4, kept: 0 },
      `Your 4 sources could not be read and were removed; the shipped corpus is intact.${BACK}`,
    ],
    [
      { kind: 'rebuilt', lost: 0, kept: 12, reason: 'it was written by a newer version of Crosscheck' },
      'The database of your sources could not be opened (it was written by a newer version of Crosscheck), so Crosscheck rebuilt it: all 12 of your sources were recovered. The shipped corpus is intact.',
    ],
    [
      { kind: 'rebuilt', lost: 0, kept: 1 },
      'The database of your sources could not be opened, so Crosscheck rebuilt it: your source was recovered. The shipped corpus is intact.',
    ],
    [
      { kind: 'rebuilt', lost: 2, kept: 5 },
      `The database of your sources could not be opened, so Crosscheck rebuilt it: 5 of your 7 sources were recovered; 2 could not be read. The shipped corpus is intact.${BACK}`,
    ],
    [
      { kind: 'rebuilt', lost: 2, kept: 0 },
      `The database of your sources could not be opened, so Crosscheck rebuilt it: none of your 2 sources could be read. The shipped corpus is intact.${BACK}`,
    ],
    [
      { kind: 'rebuilt', lost: 1, kept: 0 },
      `The database of your sources could not be opened, so Crosscheck rebuilt it: your only source could not be read. The shipped corpus is intact.${BACK}`,
    ],
    [
      { kind: 'rebuilt', lost: null, kept: 0 },
      `The database of your sources could not be opened, so Crosscheck rebuilt it; nothing could be read from it. The shipped corpus is intact.${BACK}`,
    ],
    [
      { kind: 'unavailable', lost: null, kept: 0, reason: 'disk error' },
      'Your sources could not be read (disk error), so Crosscheck compares with the shipped corpus only for now. They have not been deleted: it tries again the next time it starts.',
    ],
  ])('%o', (notice, text) => expect(describeCorpusNotice({ ...notice, at: 0 })).toBe(text));
});

describe('describeCorpusNotice in German', () => {
  beforeAll(() => useLocale('de', 'de-DE'));
  afterAll(() => useLocale('en', 'en-GB'));
  const BACK_DE = ' Falls Sie Ihre Quellen exportiert haben, importieren Sie den Export, um sie zurückzuholen.';
  it.each<[Omit<CorpusNotice, 'at'>, string]>([
    [
      { kind: 'removed', lost: 1, kept: 1 },
      `1 von Ihren 2 Quellen konnte nicht gelesen werden und wurde entfernt; der mitgelieferte Korpus und Ihre andere Quelle sind unversehrt.${BACK_DE}`,
    ],
    [
      { kind: 'removed', lost: 4, kept: 0 },
      `Ihre 4 Quellen konnten nicht gelesen werden und wurden entfernt; der mitgelieferte Korpus ist unversehrt.${BACK_DE}`,
    ],
    [
      { kind: 'rebuilt', lost: 2, kept: 1234 },
      `Die Datenbank Ihrer Quellen ließ sich nicht öffnen, daher hat Crosscheck sie neu angelegt: 1.234 von Ihren 1.236 Quellen wurden wiederhergestellt; nicht lesbar: 2. Der mitgelieferte Korpus ist unversehrt.${BACK_DE}`,
    ],
  ])('%o', (notice, text) => expect(describeCorpusNotice({ ...notice, at: 0 })).toBe(text));
});

describe('describeRepair', () => {
  const removed = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `user-${i}`, problem: 'x' }));
  it.each([
    ['nothing repaired', { removed: [], rebuilt: null }, 5, null],
    ['records removed', { removed: removed(2), rebuilt: null }, 5, { kind: 'removed', lost: 2, kept: 5 }],
    [
      'rebuilt, nothing lost',
      { removed: [], rebuilt: { reason: 'r', recovered: 5, lost: 0 } },
      5,
      { kind: 'rebuilt', lost: 0, kept: 5, reason: 'r' },
    ],
    [
      'rebuilt, some unreadable then',
      { removed: removed(1), rebuilt: { reason: 'r', recovered: 5, lost: 2 } },
      5,
      { kind: 'rebuilt', lost: 3, kept: 5, reason: 'r' },
    ],
    [
      'rebuilt, nothing readable',
      { removed: [], rebuilt: { reason: 'r', recovered: 0, lost: null } },
      0,
      { kind: 'rebuilt', lost: null, kept: 0, reason: 'r' },
    ],
    [
      'rebuilt, and it held nothing of the reader’s: nothing to tell',
      { removed: [], rebuilt: { reason: 'r', recovered: 0, lost: 0 } },
      0,
      null,
    ],
  ] as const)('%s', (_, repair, kept, notice) => {
    expect(describeRepair({ removed: [...repair.removed], rebuilt: repair.rebuilt }, kept, 7)).toEqual(
      notice && { ...notice, at: 7 },
    );
  });
});

describe('describeStorageError', () => {
  const wrapped = (inner: unknown) =>
    new Error('Crosscheck could not open its database "crosscheck".', { cause: inner });
  it.each([
    [
      'a full disk',
      new DOMException('Quota exceeded', 'QuotaExceededError'),
      'your browser’s storage is full (free some disk space, then try again)',
    ],
    [
      'a full disk, wrapped',
      wrapped(new DOMException('Quota exceeded', 'QuotaExceededError')),
      'your browser’s storage is full (free some disk space, then try again)',
    ],
    ['an aborted write', new DOMException('Aborted', 'AbortError'), 'the write was interrupted'],
    [
      'a value that cannot be stored',
      new DOMException('could not be cloned', 'DataCloneError'),
      'the browser could not store this data',
    ],
    [
      'storage turned off',
      new DOMException('denied', 'SecurityError'),
      'the browser does not let Crosscheck store data here (private window or storage turned off?)',
    ],
    [
      // The browser's own words ("Internal error") never reach the reader.
      'anything else: no reason given',
      wrapped(new DOMException('Internal error', 'UnknownError')),
      'the browser’s storage failed',
    ],
    ['not an error', 'boom', 'the browser’s storage failed'],
    [
      'our own message, wrapped: it is in the reader’s words',
      new Error('Saving failed.', { cause: new ReaderError('this source is too large to store') }),
      'this source is too large to store',
    ],
  ])('%s', (_, err, text) => expect(describeStorageError(err)).toBe(text));
});
