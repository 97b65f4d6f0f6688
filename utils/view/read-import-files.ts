import { checkImportSize, detectImportFormat } from '../../lib/corpus/parse-import';
import { readHtmlArticle } from '../../lib/corpus/read-html-article';
import { PAGE_LIMITS } from '../../lib/extract/page-limits';
import { measurePage } from '../../lib/extract/read-page';
import type { ImportFile, ImportResult } from '../shared/service-types';

/**
 * Reads the files the reader chose, in the options page, for `importSources`: a file over the
 * size limit is refused before it is read; an HTML file's article is extracted here, where
 * there is a DOM (Chrome's service worker has no DOMParser). DOMParser documents are inert:
 * no script runs and nothing is loaded.
 */
export async function readImportFiles(
  chosen: File[],
): Promise<{ files: ImportFile[]; refused: ImportResult['refused'] }> {
  const files: ImportFile[] = [];
  const refused: ImportResult['refused'] = [];
  for (const file of chosen) {
    const tooBig = checkImportSize(file.size);
    if (tooBig) {
      refused.push({ name: file.name, problem: tooBig });
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      // The file was moved, renamed or changed since it was picked (NotReadableError, NotFoundError):
      // the reader is told that; the browser's own words are for the console.
      console.warn(`Crosscheck: ${file.name} could not be read`, err);
      refused.push({ name: file.name, problem: { code: 'unreadable' } });
      continue;
    }
    const entry: ImportFile = { name: file.name, type: file.type, text };
    if (detectImportFormat(file.name, file.type, text) === 'html') {
      const doc = new DOMParser().parseFromString(text, 'text/html');
      // The page limits of the content script hold here too: 5 MB of tiny elements would keep
      // Readability busy for seconds on the options page (~2 s measured in Chromium).
      const size = measurePage(doc);
      if (size.elements > PAGE_LIMITS.elements) {
        refused.push({
          name: file.name,
          problem: { code: 'too-many-elements', elements: size.elements, limit: PAGE_LIMITS.elements },
        });
        continue;
      }
      entry.article = readHtmlArticle(doc);
    }
    files.push(entry);
  }
  return { files, refused };
}
