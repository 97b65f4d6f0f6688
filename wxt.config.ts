import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The test build (`wxt build --mode e2e`) may read pages on the local test server without a click. */
const E2E_HOSTS = ['http://127.0.0.1/*'];

/**
 * Firefox: a fixed id (storage and the sidebar keep working across reinstalls); 115 brings
 * storage.session. Crosscheck collects nothing, which Firefox asks add-ons to declare.
 */
const GECKO = {
  id: 'crosscheck@crosscheck.invalid',
  strict_min_version: '115.0',
  data_collection_permissions: { required: ['none'] },
};

export default defineConfig({
  srcDir: '.',
  // Every name has a visible import (STYLE.md rule 1).
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser }) => ({
    name: 'Crosscheck',
    description: 'Compares the news article you are reading with other outlets’ reporting, on your machine.',
    // activeTab + scripting: read the current page only when the reader asks (toolbar, shortcut).
    // WXT adds sidePanel for the side panel entrypoint; it is listed so the intent is visible.
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Production has no host access at all; end-to-end tests cannot click the toolbar (STACK.md pitfall 11).
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: 'Crosscheck: search the corpus' },
    commands: {
      'analyse-page': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Compare this page with the corpus and open the panel',
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
