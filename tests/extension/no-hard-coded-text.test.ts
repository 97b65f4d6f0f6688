import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../node/project-root';

/**
 * Words a reader sees come from locales/ (i18n.t): no text is written into the interface's markup.
 * This reads every component and extension page and lists what is: JSX text, a string literal
 * rendered in braces (also either side of `? :` and `&&`), the attributes a reader sees or hears
 * (title, aria-label, placeholder, alt…), and the text of the pages' HTML. A string with no letter
 * (" · ", "–") is not a word. The other half of the check is the German end-to-end run
 * (tests/e2e/german.test.ts, tests/e2e-firefox/german.test.ts), which also sees text made in .ts files.
 */
const DIRS = ['components', 'entrypoints'];
const SPOKEN_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
]);
const WORD = /\p{L}{2,}/u;
/** The product's name is the same in every language (the pages' <title> before the script sets it). */
const NAME = 'Crosscheck';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return files(file, ext);
    return ext.test(name) ? [file] : [];
  });
}

/** The literal words a rendered expression can show: strings reached without passing through a call. */
function literalsShown(node: ts.Node): ts.Node[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return WORD.test(node.text) ? [node] : [];
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].some((t) => WORD.test(t))
      ? [node]
      : node.templateSpans.flatMap((s) => literalsShown(s.expression));
  if (ts.isParenthesizedExpression(node)) return literalsShown(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalsShown(node.whenTrue), ...literalsShown(node.whenFalse)];
  if (ts.isBinaryExpression(node) && ['&&', '||', '??'].includes(node.operatorToken.getText()))
    return literalsShown(node.right);
  return [];
}

function hardCodedText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${line + 1}: ${node.getText().trim().slice(0, 60)}`;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) found.push(at(node));
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      found.push(...literalsShown(node.expression).map(at));
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value) found.push(...literalsShown(value).map(at));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Text of an HTML page outside its tags, and its spoken attributes. */
function hardCodedHtml(file: string): string[] {
  const html = readFileSync(file, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .split(/<[^>]*>/)
    .map((t) => t.trim())
    .filter((t) => WORD.test(t) && t !== NAME);
  const attributes = [...html.matchAll(/\s(title|aria-label|placeholder|alt)="([^"]*)"/g)]
    .map((m) => m[2]!)
    .filter((t) => WORD.test(t));
  return [...text, ...attributes];
}

const tsx = DIRS.flatMap((dir) => files(path.join(projectRoot, dir), /\.tsx$/)).map((file) => ({
  name: path.relative(projectRoot, file),
  file,
}));
const html = files(path.join(projectRoot, 'entrypoints'), /\.html$/).map((file) => ({
  name: path.relative(projectRoot, file),
  file,
}));

describe('no hard-coded interface text', () => {
  it('finds the files it checks', () => {
    expect(tsx.length).toBeGreaterThan(20);
    expect(html.length).toBeGreaterThan(3);
  });

  it.each(tsx)('$name writes no words into its markup', ({ file }) => expect(hardCodedText(file)).toEqual([]));

  it.each(html)('$name has no words of its own', ({ file }) => expect(hardCodedHtml(file)).toEqual([]));

  // The check itself: each form it knows is found in a probe.
  it('finds words in each form', () => {
    const probe = path.join(projectRoot, 'node_modules', '.probe-hard-coded.tsx');
    const forms = [
      '<p>Read in context</p>',
      "<p>{'Show all'}</p>",
      "<p>{open ? 'Hide' : 'Show'}</p>",
      "<p>{flag && 'flagged'}</p>",
      '<p>{`${n} sources`}</p>',
      '<button title="Remove" />',
      "<input placeholder={'Search'} />",
    ];
    ts.sys.writeFile(
      probe,
      forms.map((f, i) => `export const f${i} = (open: boolean, flag: boolean, n: number) => ${f};`).join('\n'),
    );
    try {
      const lines = new Set(hardCodedText(probe).map((found) => found.split(':')[0]));
      expect(lines.size).toBe(forms.length);
    } finally {
      ts.sys.deleteFile?.(probe);
    }
  });
});
