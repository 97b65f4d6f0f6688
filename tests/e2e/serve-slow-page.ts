import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serves one page whose last part is held back `holdMs`, so the page stays loading that long. */
export async function serveSlowPage(html: string, holdMs: number): Promise<{ url: string; close(): Promise<void> }> {
  const cut = html.indexOf('</main>');
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer((req, res) => {
    if (!req.url?.startsWith('/slow.html')) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(html.slice(0, cut));
    const timer = setTimeout(() => res.end(html.slice(cut)), holdMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/slow.html`,
    close: () =>
      new Promise((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
