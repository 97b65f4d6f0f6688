import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { FigureRow, StoryArticle } from '../lib/stories/story-types';
import { CORPUS_LANG } from '../utils/view/article-lang';
import { formatNumber } from '../utils/view/format-number';
import { getFigureCells, type FigureCell } from '../utils/view/format-figure-row';
import { OutletName } from './OutletName';
import { outletText } from '../utils/view/outlet-text';

/**
 * A story's figures, a line per quantity: each value with its outlet and date, oldest first,
 * arrows where it was revised up or down, a mark where outlets differed on the same day. A value
 * opens its sentence in its article (a text fragment), or shows the sentence here when the
 * article has no web address.
 */
export function FiguresTable({
  figures,
  articles,
}: {
  figures: readonly FigureRow[];
  articles: readonly StoryArticle[];
}) {
  const [showSingle, setShowSingle] = useState(false);
  // A figure only one article gives changed nowhere: listed after the others, folded away.
  const compared = figures.filter((row) => row.values.length > 1);
  const single = figures.filter((row) => row.values.length <= 1);
  const shown = showSingle ? [...compared, ...single] : compared;
  return (
    <section class="figures" aria-labelledby="figures-title">
      <h2 id="figures-title">{i18n.t('stories.figures.title')}</h2>
      {figures.length === 0 ? (
        <p class="status">{i18n.t('stories.figures.none')}</p>
      ) : (
        <>
          <p class="hint">{i18n.t('stories.figures.lede')}</p>
          <ul class="figure-rows">
            {shown.map((row, i) => (
              <FigureLine key={`${row.label}-${i}`} row={row} articles={articles} />
            ))}
          </ul>
          {single.length > 0 && (
            <button type="button" class="link-button figures-single" onClick={() => setShowSingle(!showSingle)}>
              {showSingle
                ? i18n.t('stories.figures.hideSingle')
                : i18n.t('stories.figures.showSingle', single.length, [formatNumber(single.length)])}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function FigureLine({ row, articles }: { row: FigureRow; articles: readonly StoryArticle[] }) {
  const [open, setOpen] = useState<number | null>(null);
  const cells = getFigureCells(row, articles);
  const shown = open === null ? undefined : cells[open];
  return (
    <li class={`figure-row${row.revised ? ' is-revised' : ''}`} data-label={row.label}>
      <span class="figure-label" lang={CORPUS_LANG}>
        {row.label}
      </span>
      {row.revised && <span class="figure-revised">{i18n.t('stories.figures.revised')}</span>}
      <ol class="figure-values" aria-label={i18n.t('stories.figures.rowLabel', { label: row.label })}>
        {cells.map((cell, i) => (
          <li
            key={`${cell.value.sourceId}-${cell.value.statementIndex}`}
            class={`figure-value change-${cell.value.change}`}
          >
            {i > 0 && (
              <span class="figure-arrow" aria-hidden="true">
                {'→'}
              </span>
            )}
            <FigureValueLink cell={cell} expanded={open === i} onToggle={() => setOpen(open === i ? null : i)} />
          </li>
        ))}
      </ol>
      {shown && (
        <blockquote class="figure-sentence" lang={CORPUS_LANG}>
          {shown.value.statement}
        </blockquote>
      )}
    </li>
  );
}

function FigureValueLink({ cell, expanded, onToggle }: { cell: FigureCell; expanded: boolean; onToggle(): void }) {
  const { value } = cell;
  const body = (
    <>
      <strong class="figure-amount">{cell.amount}</strong>
      {cell.value.change === 'up' && (
        <span class="figure-change is-up" aria-hidden="true">
          {'↑'}
        </span>
      )}
      {cell.value.change === 'down' && (
        <span class="figure-change is-down" aria-hidden="true">
          {'↓'}
        </span>
      )}{' '}
      <span class="figure-source">
        (<OutletName outlet={value.outlet} class="figure-outlet" />
        {[cell.date, cell.change].filter(Boolean).map((part) => `, ${part}`)})
      </span>
    </>
  );
  const label = { outlet: outletText(value.outlet), date: cell.date };
  return (
    <>
      {cell.href ? (
        <a
          class="figure-link"
          href={cell.href}
          target="_blank"
          rel="noreferrer"
          aria-label={`${cell.amount} ${i18n.t('stories.figures.openSentence', label)}${cell.change ? `, ${cell.change}` : ''}`}
        >
          {body}
        </a>
      ) : (
        <button type="button" class="figure-link link-button" aria-expanded={expanded} onClick={onToggle}>
          {body}
        </button>
      )}
      {cell.disagreement && <span class="figure-disagrees">{cell.disagreement}</span>}
    </>
  );
}
