import { describe, expect, it, vi } from 'vitest';
import { isReaderError, ReaderError, readerMessage } from '../../utils/shared/reader-error';

/** A ReaderError as an extension page receives it from the background: a plain Error with its own fields. */
function serialised(message: string): Error {
  return Object.assign(new Error(message), { forReader: true });
}

const UNEXPECTED = /^Something went wrong inside Crosscheck\. Try again;/;
const RESTARTED = /^Crosscheck’s background stopped/;

describe('readerMessage: only the reader’s words reach the reader', () => {
  it.each<[string, unknown, RegExp, boolean]>([
    [
      'our own error',
      new ReaderError('This source is not in the corpus.'),
      /^This source is not in the corpus\.$/,
      false,
    ],
    [
      'our own error, after the messaging serialised it',
      serialised('The file is too large.'),
      /^The file is too large\.$/,
      false,
    ],
    [
      'the worker stopped while answering (Chromium)',
      new Error(
        'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      ),
      RESTARTED,
      false,
    ],
    ['the worker gone (Firefox)', new Error('Message manager disconnected'), RESTARTED, false],
    ['a browser error', new DOMException('Internal error', 'UnknownError'), UNEXPECTED, true],
    ['a bug of ours', new TypeError('Cannot read properties of undefined (reading ‘x’)'), UNEXPECTED, true],
    [
      'an Error claiming forReader with another value',
      Object.assign(new Error('raw'), { forReader: 'yes' }),
      UNEXPECTED,
      true,
    ],
    ['not an error', 'boom', UNEXPECTED, true],
    ['nothing', undefined, UNEXPECTED, true],
  ])('%s', (_, err, shown, logged) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(readerMessage(err)).toMatch(shown);
    // What the reader is not shown is kept in the console for whoever debugs it.
    expect(warn).toHaveBeenCalledTimes(logged ? 1 : 0);
    warn.mockRestore();
  });
});

describe('ReaderError', () => {
  it('keeps its cause and can carry a name the page acts on', () => {
    const cause = new Error('Missing host permission for the tab');
    const err = new ReaderError('Compare this page?', { cause, name: 'NoAccess' });
    expect([err.name, err.cause, isReaderError(err)]).toEqual(['NoAccess', cause, true]);
    expect(new ReaderError('x').name).toBe('Error');
  });

  it('marks itself with an own field, which survives structured cloning of its fields', () => {
    const err = new ReaderError('x');
    expect(Object.keys(err)).toContain('forReader');
    expect(isReaderError(structuredClone({ ...err, message: err.message }))).toBe(false);
    expect(isReaderError(Object.assign(new Error(err.message), { ...err }))).toBe(true);
  });
});
