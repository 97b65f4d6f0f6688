import { writeFileSync } from 'node:fs';
import { evaluatePrivileged } from './evaluate-privileged';
import type { FirefoxBrowser } from './launch-firefox';

/** The privileged globals the capture uses: the browser window's own document and its snapshot. */
interface WindowScope {
  document: Document;
  browsingContext: {
    currentWindowGlobal: { drawSnapshot(rect: null, scale: number, background: string): Promise<ImageBitmap> };
  };
  SidebarController: { _box: HTMLElement | null };
}

/**
 * Saves a PNG of the whole browser window (toolbar, tab, sidebar and page), which no page
 * screenshot shows: WebDriver BiDi refuses to capture the privileged window, so Firefox draws it
 * itself (`drawSnapshot`, which paints the sidebar's and the tab's processes in). `sidebarWidth`
 * widens the sidebar first (in CSS pixels; Firefox opens it at about 250).
 */
export async function captureBrowserWindow(ff: FirefoxBrowser, file: string, sidebarWidth?: number): Promise<void> {
  const dataUrl = await evaluatePrivileged(
    ff.browser,
    async (width) => {
      const scope = globalThis as unknown as WindowScope;
      const box = scope.SidebarController._box;
      if (width && box) {
        box.style.width = `${width}px`;
        // Two frames: the sidebar and the page lay out again at their new widths before the drawing.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      }
      const bitmap = await scope.browsingContext.currentWindowGlobal.drawSnapshot(null, 1, 'white');
      const canvas = scope.document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas') as HTMLCanvasElement;
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');
    },
    sidebarWidth ?? 0,
  );
  writeFileSync(file, Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
}
