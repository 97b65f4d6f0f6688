import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { AUTO_ANALYSIS_ORIGINS } from './utils/shared/auto-analysis-origins';
import { ANALYSE_COMMAND, ANALYSE_SHORTCUT } from './utils/shared/commands';

/** The test build (`wxt build --mode e2e`) may read pages on the local test server without a click. */
const E2E_HOSTS = ['http://127.0.0.1/*'];

/**
 * Extension pages and the background may load the extension's own files and nothing else: no
 * network (connect-src 'self' is the packaged corpus and models), no inline script, no plugins,
 * no framing, no forms, no stylesheet but the packaged ones. Chrome accepts only 'self' (and
 * 'wasm-unsafe-eval') in an MV3 script-src. Preact sets styles through CSSOM, which CSP allows.
 * Style attributes are allowed: a document the options page parses (an imported HTML file)
 * inherits this policy, and Readability reads `style="display:none"` to drop hidden text. An
 * attribute can neither select nor, under img-src and default-src, load anything.
 */
const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Firefox: a fixed id (storage and the sidebar keep working across reinstalls). Crosscheck
 * collects nothing, which Firefox asks add-ons to declare (data_collection_permissions); 140 is
 * the first Firefox that reads that declaration and shows it at install (an older one ignores it,
 * and `web-ext lint` warns), and an ESR. storage.session came in 115.
 */
const GECKO = {
  id: 'crosscheck@crosscheck.invalid',
  strict_min_version: '140.0',
  data_collection_permissions: { required: ['none'] },
};

/**
 * Left out of the Firefox sources archive (`wxt zip -b firefox`, for the add-on's review), beside
 * WXT's own exclusions (node_modules, dotfiles such as .git and .wxt, .output, web-ext.config.ts,
 * test files): what a machine made, and what building does not need. `npm run corpus`, which
 * `npm run zip` runs first, makes the public/ assets again; the real pages of tests/pages are other
 * publishers' articles. scripts/check-packages.ts checks the archive against `git ls-files`.
 */
const NOT_SOURCES = [
  'out/**',
  'artifacts/**',
  'test-results/**',
  '**/*.log',
  'tests/**',
  'data/**',
  'docs/**/*.png',
  'public/corpus-index.json',
  'public/word-vectors.*',
  'public/stance-model.*',
  'public/lexicon.json',
];

export default defineConfig({
  srcDir: '.',
  zip: { excludeSources: NOT_SOURCES },
  // Every name has a visible import (STYLE.md rule 1).
  imports: false,
  // @wxt-dev/i18n: locales/<lang>.yml become _locales/<lang>/messages.json; `i18n.t` from '#i18n'.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: read the current page only when the reader asks (toolbar, shortcut).
    // WXT adds sidePanel for the side panel entrypoint; it is listed so the intent is visible.
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Production has no host access at all; end-to-end tests cannot click the toolbar (STACK.md pitfall 11).
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    // Automatic comparison is opt-in: Chrome MV3 lists optional hosts apart, Firefox MV2 among optional permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: AUTO_ANALYSIS_ORIGINS }
      : { optional_host_permissions: AUTO_ANALYSIS_ORIGINS }),
    // WXT writes the string form for Firefox MV2. `wxt dev` (command 'serve') keeps WXT's own
    // policy: it loads scripts from its dev server and talks to it over a websocket.
    ...(command === 'serve' ? {} : { content_security_policy: { extension_pages: STRICT_CSP } }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      [ANALYSE_COMMAND]: {
        suggested_key: { default: ANALYSE_SHORTCUT },
        description: '__MSG_commandAnalyse__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: GECKO,
          },
        }
      : {}),
  }),
});
