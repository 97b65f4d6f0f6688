import type { Span } from '../types';
import { canonicalTerm } from '../text/normalize-terms';
import type { SlotFinding } from './compare-slots';

/**
 * Marks the parts of a statement that made a match: words whose canonical term is shared
 * ("same"), and the values the reason names ("same" when they agree, "differs" when not).
 * `side` picks the page's or the source's wording of each value. Spans are sorted, never overlap.
 */
export function findSpans(
  text: string,
  terms: string[],
  findings: SlotFinding[],
  side: 'page' | 'source',
  cue: string | null,
): Span[] {
  const spans: Span[] = [];
  for (const f of findings) {
    const at = text.indexOf(f[side]);
    if (at >= 0) spans.push({ start: at, end: at + f[side].length, kind: f.same ? 'same' : 'differs' });
  }
  if (cue) {
    const at = text.toLowerCase().indexOf(cue);
    if (at >= 0) spans.push({ start: at, end: at + cue.length, kind: 'differs' });
  }
  // A joined term ("sign_up") is marked on each of its words.
  const wanted = new Set(terms.flatMap((t) => (t.includes('_') ? [t, ...t.split('_').map(canonicalTerm)] : [t])));
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'’]*/g)) {
    const word = m[0].toLowerCase().replace(/['’]s?$/, '');
    if (wanted.has(canonicalTerm(word))) spans.push({ start: m.index!, end: m.index! + m[0].length, kind: 'same' });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue; // a value span already covers this word
    out.push(s);
  }
  return out;
}
