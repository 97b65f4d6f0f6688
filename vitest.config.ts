import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  test: {
    projects: [
      {
        // WxtVitest: `wxt/browser` becomes WXT's in-memory fakeBrowser, so extension code runs in Node.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          setupFiles: ['tests/extension/fixtures/fake-i18n.ts'],
          include: ['tests/unit/**/*.test.ts', 'tests/extension/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        // Needs `npm run build:e2e` first (the `test` script does it) and /usr/bin/chromium.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Needs `npm run build:e2e:firefox` first (the `test` script does it) and /usr/bin/firefox-esr.
        // One Firefox per file, one file at a time: each starts in 3-6 s.
        test: {
          name: 'e2e-firefox',
          include: ['tests/e2e-firefox/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
