/**
 * Runs IN THE PAGE (passed to scripting.executeScript as `func`, so it uses no imports and no
 * outer variables): finds the statement's text in the page, highlights it with the CSS Custom
 * Highlight API and scrolls it to the middle of the view. Returns whether it was found.
 *
 * The only change to the page is one <style> element for `::highlight(crosscheck-statement)`:
 * no element is wrapped or added around the text, so the page's layout and scripts are untouched.
 * Where the Highlight API is missing (older Firefox), the statement is only scrolled to.
 *
 * The statement came from Readability's text, so it is matched loosely: whitespace is ignored
 * (it may differ, and a sentence may span several text nodes: links, <em>…), typographic quotes
 * and dashes are folded, case is ignored. When the whole sentence is not found (the engine or the
 * page changed it a little), its start and end are looked for; failing that, its start alone.
 */
export function highlightInPage(text: string): boolean {
  const HIGHLIGHT = 'crosscheck-statement';
  const STYLE_ID = 'crosscheck-highlight-style';
  const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'HEAD', 'TITLE']);
  const EDGE = 40;

  /** One comparable character: lowercase, quotes and dashes folded; '' for whitespace. */
  function fold(ch: string): string {
    if (/\s/.test(ch)) return '';
    if (/[‘’‚‛′`]/.test(ch)) return "'";
    if (/[“”„‟″«»]/.test(ch)) return '"';
    if (/[‐‑‒–—―−]/.test(ch)) return '-';
    const lower = ch.toLowerCase();
    return lower.length === 1 ? lower : ch;
  }

  function foldString(s: string): string {
    let out = '';
    for (const ch of s) out += fold(ch);
    return out;
  }

  const root = document.body ?? document.documentElement;
  if (!root) return false;

  // The page's text without whitespace, and for each of its characters the node and offset it came from.
  let haystack = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
        if (SKIP.has(el.tagName.toUpperCase())) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      // Surrogate pairs are kept as two units so offsets stay valid for Range.
      const folded = fold(data[i]!);
      if (!folded) continue;
      haystack += folded.length === 1 ? folded : data[i]!;
      nodes.push(node);
      offsets.push(i);
    }
  }

  const needle = foldString(text);
  if (!needle || !haystack) return false;

  /** Every [start, end) of the statement in the haystack, best guesses first. */
  function candidates(): Array<[number, number]> {
    const found: Array<[number, number]> = [];
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
      found.push([at, at + needle.length]);
    if (found.length > 0 || needle.length <= EDGE * 2) {
      if (found.length === 0) {
        const head = needle.slice(0, Math.min(needle.length, EDGE));
        for (let at = haystack.indexOf(head); at >= 0; at = haystack.indexOf(head, at + 1))
          found.push([at, at + head.length]);
      }
      return found;
    }
    const head = needle.slice(0, EDGE);
    const tail = needle.slice(-EDGE);
    const heads: number[] = [];
    for (let at = haystack.indexOf(head); at >= 0; at = haystack.indexOf(head, at + 1)) heads.push(at);
    for (const start of heads) {
      const end = haystack.indexOf(tail, start + head.length);
      if (end >= 0 && end + tail.length - start <= needle.length * 1.5) found.push([start, end + tail.length]);
    }
    if (found.length === 0) for (const start of heads) found.push([start, start + head.length]);
    return found;
  }

  function toRange([start, end]: [number, number]): Range {
    const range = document.createRange();
    range.setStart(nodes[start]!, offsets[start]!);
    range.setEnd(nodes[end - 1]!, offsets[end - 1]! + 1);
    return range;
  }

  function isShown(range: Range): boolean {
    // Hidden copies (a mobile menu, a print version) have no boxes; layout-less DOMs count as shown.
    if (typeof range.getClientRects !== 'function') return true;
    const rects = range.getClientRects();
    return rects.length > 0 && Array.from(rects).some((r) => r.width > 0 || r.height > 0);
  }

  const ranges = candidates().map(toRange);
  const range = ranges.find(isShown) ?? ranges[0];
  if (!range) return false;

  const highlights = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (highlights && HighlightClass) {
    if (!document.getElementById(STYLE_ID)) {
      const style = document.createElement('style');
      style.id = STYLE_ID;
      style.textContent = `::highlight(${HIGHLIGHT}){background:#fde58a;color:inherit}`;
      (document.head ?? document.documentElement).appendChild(style);
    }
    highlights.set(HIGHLIGHT, new HighlightClass(range));
  }

  const start = range.startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  if (element && typeof element.scrollIntoView === 'function') {
    element.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }
  return true;
}
