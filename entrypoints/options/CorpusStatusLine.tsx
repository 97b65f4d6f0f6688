import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { useService } from '../../components/hooks/use-service';
import type { CorpusStatus, SourceSummary } from '../../utils/shared/service-types';
import { formatDecimal, formatNumber } from '../../utils/view/format-number';

/**
 * One line on the corpus as a whole: how many sources and statements it has, and how long the
 * background took to load it when it last started (a reader with thousands of sources sees what
 * that costs). The data attributes are for `npm run bench`, which reads the load time here.
 */
export function CorpusStatusLine({ sources }: { sources: SourceSummary[] | null }) {
  const service = useService();
  const [status, setStatus] = useState<CorpusStatus | null>(null);
  useEffect(() => {
    // Asked again whenever the list changes: the counts follow imports and removals.
    service.corpusStatus().then(setStatus, () => setStatus(null));
  }, [sources, service]);
  if (!status) return null;
  const seconds = formatDecimal(status.loadMs / 1000, status.loadMs < 1000 ? 2 : 1);
  return (
    <p
      class="corpus-status"
      data-corpus-status=""
      data-sources={status.sources}
      data-user-sources={status.userSources}
      data-statements={status.statements}
      data-load-ms={Math.round(status.loadMs)}
      data-user-ms={Math.round(status.userMs)}
    >
      {i18n.t('options.status.line', {
        sources: i18n.t('options.status.sources', status.sources, { count: formatNumber(status.sources) }),
        yours: formatNumber(status.userSources),
        statements: i18n.t('options.status.statements', status.statements, { count: formatNumber(status.statements) }),
        seconds,
      })}
    </p>
  );
}
