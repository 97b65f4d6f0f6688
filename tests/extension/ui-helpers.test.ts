import { describe, expect, it } from 'vitest';
import { describeScriptingError, NO_ACCESS_ERROR } from '../../utils/shared/describe-scripting-error';
import { formatDate } from '../../utils/view/format-date';
import { getPanelPath, parsePanelView, type PanelView } from '../../utils/shared/panel-view';
import { splitHighlights } from '../../utils/view/split-highlights';

describe('parsePanelView / getPanelPath', () => {
  it.each<[string, PanelView]>([
    ['', { kind: 'tab', tabId: undefined }],
    ['?tab=42', { kind: 'tab', tabId: 42 }],
    ['?tab=-1', { kind: 'tab', tabId: undefined }],
    ['?tab=abc', { kind: 'tab', tabId: undefined }],
    ['?source=000_e9bd&index=3', { kind: 'source', sourceId: '000_e9bd', index: 3, tabId: undefined }],
    ['?source=x&tab=5', { kind: 'source', sourceId: 'x', index: undefined, tabId: 5 }],
  ])('%j', (search, view) => {
    expect(parsePanelView(search)).toEqual(view);
    expect(parsePanelView(getPanelPath(view).replace('sidepanel.html', ''))).toEqual(view);
  });
});

describe('splitHighlights', () => {
  it.each<[string, Array<[number, number]>, Array<[string, boolean]>]>([
    ['no criminal record', [], [['no criminal record', false]]],
    [
      'no criminal record',
      [[3, 11]],
      [
        ['no ', false],
        ['criminal', true],
        [' record', false],
      ],
    ],
    [
      'no criminal record',
      [
        [12, 18],
        [3, 11],
      ],
      [
        ['no ', false],
        ['criminal', true],
        [' ', false],
        ['record', true],
      ],
    ],
    [
      'abc',
      [
        [0, 2],
        [1, 3],
      ],
      [
        ['ab', true],
        ['c', true],
      ],
    ],
    [
      'abc',
      [
        [-5, 1],
        [2, 99],
      ],
      [
        ['a', true],
        ['b', false],
        ['c', true],
      ],
    ],
    [
      '<b>x</b>',
      [[3, 4]],
      [
        ['<b>', false],
        ['x', true],
        ['</b>', false],
      ],
    ],
  ])('%s %j', (text, ranges, pieces) => {
    expect(splitHighlights(text, ranges).map((p) => [p.text, p.marked])).toEqual(pieces);
  });
});

describe('formatDate', () => {
  it.each([
    ['2015-01-12', '12 Jan 2015'],
    ['2015-01', 'Jan 2015'],
    ['2015', '2015'],
    ['', ''],
    [null, ''],
    ['early 2015', 'early 2015'],
  ])('%s → %s', (iso, text) => expect(formatDate(iso)).toBe(text));
});

describe('describeScriptingError', () => {
  it.each([
    ['Cannot access a chrome:// URL', /cannot read browser pages/],
    ['The extensions gallery cannot be scripted.', /cannot read browser pages/],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      /Alt\+Shift\+K/,
    ],
    ['Missing host permission for the tab', /Compare this page/],
    ['No tab with id: 12.', /tab is gone/],
    // Another refusal: the browser's words stay in `cause`, never in the message the reader reads.
    ['Something odd', /^Crosscheck could not read this page\. Reload the page and try again\.$/],
    // Chrome's PDF viewer is a built-in extension: scripting its frame fails with these (Chromium's own words).
    ['Cannot access a chrome-extension:// URL of different extension', /PDF/],
    [
      'Cannot access contents of url "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html". Extension manifest must request permission to access this host.',
      /PDF/,
    ],
    [
      'Cannot access contents of url "chrome-extension://abcdefghijklmnopabcdefghijklmnop/options.html". Extension manifest must request permission to access this host.',
      /another extension/,
    ],
  ])('%s', (message, expected) => {
    const err = describeScriptingError(new Error(message));
    expect(err.message).toMatch(expected);
    expect((err.cause as Error).message).toBe(message);
  });

  it('names the no-access error so the panel can offer the next step instead of an alarm', () => {
    expect(describeScriptingError(new Error('Missing host permission for the tab')).name).toBe(NO_ACCESS_ERROR);
    expect(describeScriptingError(new Error('Cannot access a chrome:// URL')).name).toBe('Error');
    // The PDF viewer is not a page the reader can grant access to: no "Compare this page?" offer.
    expect(
      describeScriptingError(
        new Error(
          'Cannot access contents of url "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html". Extension manifest must request permission to access this host.',
        ),
      ).name,
    ).toBe('Error');
  });
});
