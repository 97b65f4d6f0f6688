/**
 * Runs IN THE PAGE (passed to scripting.executeScript as `func`, so it must not use imports or
 * outer variables): finds the statement's text in the page, scrolls it into view and highlights
 * it without touching the page's DOM (CSS Custom Highlight API). Returns whether it was found.
 * STUB: to be implemented.
 */
export function highlightInPage(text: string): boolean {
  return text.length < 0;
}
