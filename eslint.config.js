// Lint for the whole project (STYLE.md rule 11). The rule that matters most here:
// no-unsanitized, because the UI renders text from pages and sources.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const EXTENSION_CODE = ['**/utils/**', '**/components/**', '**/entrypoints/**'];
const NODE_CODE = ['**/scripts/**', '**/node/**', '**/tests/**', 'node:*', 'jsdom'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'public/**', 'out/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Page and source text reaches the DOM only as text: no HTML strings at all.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML' },
        { property: 'outerHTML' },
        { property: 'insertAdjacentHTML' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Tests build their fixture DOMs from literal HTML; the product code may not.
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  // Boundaries (utils/README.md): which code may import which. A type-only import crosses where
  // code may not: a page may know the shape of the background's service, never run its code.
  ...boundaries([
    {
      files: ['lib/**'],
      why: 'lib/ is the pure engine: it runs alike in Node and the extension, so it reaches no extension code and no browser API',
      patterns: [
        ...EXTENSION_CODE,
        ...NODE_CODE,
        'wxt',
        'wxt/**',
        'webextension-polyfill',
        '@wxt-dev/**',
        '@webext-core/**',
        'preact',
        'preact/**',
        'idb',
        '#i18n',
      ],
      globals: ['browser', 'chrome'],
    },
    {
      files: ['tests/**'],
      why: 'tests share Node code through node/, never through the commands in scripts/',
      patterns: ['**/scripts/**'],
    },
    { files: ['entrypoints/**'], why: 'the extension ships no Node code', patterns: [] },
    {
      files: ['utils/shared/**'],
      why: 'utils/shared/ is the bottom of the extension code, shared by every context',
      patterns: ['**/view/**', '**/page/**', '**/source-store/**', '**/components/**', '**/entrypoints/**'],
      typesFrom: ['**/background/**'],
    },
    {
      files: ['utils/source-store/**'],
      why: 'the source store is the bottom of the background: it knows nothing above it',
      patterns: ['**/background/**', '**/view/**', '**/page/**', '**/components/**', '**/entrypoints/**'],
    },
    {
      files: ['utils/page/**'],
      why: 'code injected into the page runs beside no extension page',
      patterns: ['**/background/**', '**/view/**', '**/source-store/**', '**/components/**', '**/entrypoints/**'],
    },
    {
      files: ['utils/view/**'],
      why: 'view helpers take data: the background is reached through components/hooks/',
      patterns: [
        '**/background/**',
        '**/source-store/**',
        '**/page/**',
        '**/components/**',
        '**/entrypoints/**',
        'wxt/browser',
      ],
      typesFrom: ['**/analysis-service', '**/messaging'],
    },
    {
      files: ['utils/background/**'],
      why: 'the background runs no page or view code',
      patterns: ['**/view/**', '**/components/**', '**/entrypoints/**'],
    },
    {
      files: [
        'entrypoints/popup/**',
        'entrypoints/options/**',
        'entrypoints/sidepanel/**',
        'entrypoints/welcome/**',
        'entrypoints/stories/**',
      ],
      why: 'extension pages reach the browser through components/hooks/ (storage items may be named, to hand to useStorageItem)',
      patterns: ['wxt/browser', '**/background/**', '**/source-store/**', '**/page/**', '**/shared/auto-analysis'],
      typesFrom: ['**/analysis-service', '**/messaging'],
    },
    {
      files: ['components/**'],
      ignores: ['components/hooks/**'],
      why: 'components reach the browser only through components/hooks/',
      patterns: [
        'wxt/browser',
        'wxt/utils/storage',
        '**/background/**',
        '**/source-store/**',
        '**/page/**',
        '**/entrypoints/**',
        '**/shared/auto-analysis',
        '**/shared/open-panel',
      ],
      // Storage items and the service are browser state: their types may be named, their code is the hooks'.
      typesFrom: ['**/shared/storage', '**/analysis-service', '**/messaging'],
    },
  ]),
);

/** The extension's own folders, and the Node-only ones. */
function boundaries(rules) {
  // One entry per folder, each with the whole list: a later entry for the same file replaces a rule's options.
  return rules.map(({ files, ignores, why, patterns: own, typesFrom = [], globals: forbiddenGlobals = [] }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(own.length ? [{ group: own, message: `${why}.` }] : []),
            ...(files.some((f) => /^(utils|components|entrypoints)\//.test(f))
              ? [{ group: NODE_CODE, message: 'The extension ships no Node code.' }]
              : []),
            ...(typesFrom.length
              ? [{ group: typesFrom, allowTypeImports: true, message: `${why} (a type-only import is allowed).` }]
              : []),
          ],
        },
      ],
      ...(forbiddenGlobals.length
        ? { 'no-restricted-globals': ['error', ...forbiddenGlobals.map((name) => ({ name, message: `${why}.` }))] }
        : {}),
    },
  }));
}
