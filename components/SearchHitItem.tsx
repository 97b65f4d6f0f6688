import type { SearchHit } from '../lib/search/search-corpus';
import { CORPUS_LANG } from '../utils/view/article-lang';
import { formatDate } from '../utils/view/format-date';
import { HighlightedText } from './HighlightedText';
import { OutletName } from './OutletName';

interface Props {
  hit: SearchHit;
  id: string;
  selected: boolean;
  onOpen(): void;
  onHover(): void;
}

/** One search result in the popup: the statement with the query highlighted, its outlet and date. */
export function SearchHitItem({ hit, id, selected, onOpen, onHover }: Props) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      class={selected ? 'hit is-selected' : 'hit'}
      data-source={hit.sourceId}
      onClick={onOpen}
      onMouseMove={onHover}
    >
      <p class="hit-text" lang={CORPUS_LANG}>
        <HighlightedText text={hit.text} ranges={hit.highlights} />
      </p>
      <p class="hit-meta">
        <OutletName outlet={hit.outlet} /> · <span class="date">{formatDate(hit.published)}</span>
      </p>
    </li>
  );
}
