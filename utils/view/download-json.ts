import { downloadFile } from './download-file';

/** Saves `data` as a pretty-printed JSON file (see downloadFile: nothing goes over the network). */
export function downloadJson(fileName: string, data: unknown): void {
  downloadFile(fileName, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
}

/** A file name with today's date: `crosscheck-sources-2026-03-04.json`. */
export function datedFileName(stem: string, now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${stem}-${day}.json`;
}
