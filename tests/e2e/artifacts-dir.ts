import path from 'node:path';

/** Where the end-to-end tests (Chromium and Firefox) write their screenshots and figures. */
export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '../../artifacts');
