import { i18n } from '#i18n';
import type { Span } from '../lib/types';

interface Props {
  text: string;
  spans: readonly Span[];
}

/**
 * A statement with the parts that matched ("same") or differed ("differs") marked, as text nodes
 * and <mark> elements (statement text is never HTML). Spans are sorted and do not overlap (lib).
 */
export function MarkedText({ text, spans }: Props) {
  const pieces: Array<string | { text: string; kind: Span['kind'] }> = [];
  let at = 0;
  for (const { start, end, kind } of spans) {
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push({ text: text.slice(start, end), kind });
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return (
    <>
      {pieces.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <mark
            key={i}
            class={`mark-${p.kind}`}
            title={p.kind === 'differs' ? i18n.t('panel.match.differs') : i18n.t('panel.match.matches')}
          >
            {p.text}
          </mark>
        ),
      )}
    </>
  );
}
