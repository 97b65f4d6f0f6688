import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import { CORPUS_LANG } from '../utils/view/article-lang';
import { formatDate } from '../utils/view/format-date';
import { getPanelPath } from '../utils/shared/panel-view';
import { Notice } from './Notice';
import { useSource } from './hooks/use-source';

interface Props {
  sourceId: string;
  /** The statement to highlight and scroll to. */
  index: number | undefined;
  /** The tab whose results "back" returns to (undefined: the active tab). */
  tabId: number | undefined;
}

/** One corpus source, statement by statement, with one statement highlighted (opened from search). */
export function SourceStatements({ sourceId, index, tabId }: Props) {
  const { source, error } = useSource(sourceId);
  const highlighted = useRef<HTMLLIElement>(null);

  useEffect(() => {
    highlighted.current?.scrollIntoView({ block: 'center' });
  }, [source, index]);

  const back = (
    <a class="back-link" href={`/${getPanelPath({ kind: 'tab', tabId })}`}>
      {i18n.t('panel.source.back')}
    </a>
  );
  if (error) {
    return (
      <>
        {back}
        <Notice tone="error" title={i18n.t('panel.source.error')}>
          <p class="error-message">{error}</p>
        </Notice>
      </>
    );
  }
  if (!source) return <Notice tone="busy" title={i18n.t('panel.source.opening')} />;
  const { meta, statements } = source;
  return (
    <article class="source" data-source={meta.id}>
      {back}
      <header class="page-head">
        <p class="outlet" translate={false}>
          {meta.outlet}
        </p>
        <h1 class="page-title" lang={CORPUS_LANG}>
          {meta.headline}
        </h1>
        <p class="page-meta">
          <time dateTime={meta.published} title={meta.publishedHow}>
            {formatDate(meta.published)}
          </time>
          {meta.url && (
            <>
              {' · '}
              <a href={meta.url} target="_blank" rel="noreferrer">
                {i18n.t('panel.source.original')}
              </a>
            </>
          )}
        </p>
      </header>
      <ol class="source-statements" lang={CORPUS_LANG}>
        {statements.map((s) => (
          <li
            key={s.index}
            ref={s.index === index ? highlighted : undefined}
            class={s.index === index ? 'source-statement is-current' : 'source-statement'}
            aria-current={s.index === index ? 'true' : undefined}
            data-index={s.index}
          >
            {s.text}
          </li>
        ))}
      </ol>
    </article>
  );
}
