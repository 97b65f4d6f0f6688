/**
 * Saves `data` as a JSON file through the browser's download (a Blob URL and `<a download>`):
 * made in the page, nothing goes over the network, and no `downloads` permission is needed.
 */
export function downloadJson(fileName: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser may still be reading the Blob when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name with today's date: `crosscheck-sources-2026-03-04.json`. */
export function datedFileName(stem: string, now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${stem}-${day}.json`;
}
