import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
/** Everything the extension ships: its own code and the engine. */
const DIRS = ['entrypoints', 'components', 'utils', 'lib'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx)$/.test(name) ? [file] : [];
  });
}

const files = DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map((file) => ({
  name: path.relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));

describe('extension code conventions', () => {
  it('finds the code it checks', () => expect(files.length).toBeGreaterThan(10));

  // Page and corpus text is rendered as text only: the panel shows text from arbitrary pages.
  it.each(files)('$name renders no HTML strings', ({ text }) => {
    expect(text).not.toMatch(/innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/);
  });

  // The privacy promise: nothing goes over the network; only packaged files are fetched.
  it.each(files)('$name fetches nothing from the network', ({ text }) => {
    for (const call of text.matchAll(/fetch\(([^)]*)\)/g)) expect(call[1]).toMatch(/runtime\.getURL/);
    expect(text).not.toMatch(/XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
  });

  // `imports: false`: every name has a visible source, so WXT's auto-imported helpers must be imported.
  it.each(files)('$name imports the WXT helpers it uses', ({ text }) => {
    for (const helper of ['defineBackground', 'defineContentScript', 'browser', 'storage']) {
      const used = new RegExp(`\\b${helper}\\.[a-zA-Z]+[.(]|\\b${helper}\\(`).test(text);
      if (used) expect(text).toMatch(new RegExp(`import[^;]*\\b${helper}\\b[^;]*from`));
    }
  });

  // A message for the reader is a ReaderError: readerMessage shows its words and nothing else.
  it.each(files)('$name throws the reader’s words as a ReaderError', ({ text }) => {
    expect(text).not.toMatch(/new Error\(\s*i18n\.t\(/);
  });

  // What a page shows of a failure comes from readerMessage: a caught error's own text may be the
  // browser's ("A listener indicated an asynchronous response…").
  it.each(files.filter((f) => /^(components|entrypoints)\//.test(f.name)))(
    '$name shows no caught error’s own text',
    ({ text }) => {
      expect(text).not.toMatch(/instanceof Error \? \w+\.message|String\((err|error|e)\)/);
    },
  );
});
