import { splitHighlights } from '../utils/view/split-highlights';

interface Props {
  text: string;
  ranges: ReadonlyArray<readonly [number, number]>;
}

/** Text with its matched ranges in <mark>, built as text nodes (corpus and page text is never HTML). */
export function HighlightedText({ text, ranges }: Props) {
  return (
    <>
      {splitHighlights(text, ranges).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
