import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

// Apart from launch-extension.ts so that the Firefox suite (tests/e2e-firefox/) serves the same
// pages without loading Playwright.

export const PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');

export interface PageServer {
  origin: string;
  /** Every request the server received, as `GET /path?query`, in order (privacy.test.ts reads it). */
  received: string[];
  close(): Promise<void>;
}

/** What the test server says each kind of file is. */
const CONTENT_TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', pdf: 'application/pdf' };

/** Serves the .html and .pdf files of `dir` on 127.0.0.1 at a random free port (no directory listing, no `..`). */
export async function servePages(dir = PAGES_DIR): Promise<PageServer> {
  const received: string[] = [];
  const server = createServer(async (req, res) => {
    received.push(`${req.method} ${req.url}`);
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const type = CONTENT_TYPES[/^[\w.-]+\.(\w+)$/.exec(name)?.[1] ?? ''];
    if (!type) return void res.writeHead(404).end('not found');
    try {
      const body = await readFile(path.join(dir, name));
      res.writeHead(200, { 'content-type': type }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
