import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '../../lib/corpus/parse-import';
import { datedFileName, downloadJson } from '../../utils/view/download-json';
import { useService } from '../../components/hooks/use-service';
import type { ImportResult, SourceSummary } from '../../utils/shared/service-types';
import { describeImportProblem } from '../../utils/view/describe-import-problem';
import { fillMessage } from '../../utils/view/fill-message';
import { formatMegabytes, formatNumber } from '../../utils/view/format-number';
import { runImport } from '../../utils/view/run-import';
import { InterruptedImportNotice } from '../../components/InterruptedImportNotice';
import type { ImportRun } from '../../utils/shared/storage';
import { SourceItem } from './SourceItem';
import { OutletName } from '../../components/OutletName';
import { readerMessage } from '../../utils/shared/reader-error';

interface Props {
  sources: SourceSummary[] | null;
  loadError: string | null;
  onChanged(): Promise<void>;
}

/** A status line: text, or text with parts marked (a headline in the article's language). */
type Message = string | ComponentChildren[];

const ACCEPT = '.html,.htm,.xhtml,.txt,.text,.md,.json,text/html,text/plain,application/json';

/** Adding (import), listing, removing, restoring and exporting the corpus's sources. */
export function SourcesSection({ sources, loadError, onChanged }: Props) {
  const service = useService();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportResult | null>(null);
  const [progress, setProgress] = useState<ImportRun | null>(null);
  const [checkInterrupted, setCheckInterrupted] = useState(0);
  const [status, setStatus] = useState<{ text: Message; tone: 'ok' | 'error' } | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  /** Runs one change at a time; its outcome goes to the status line, then the list is read again. */
  async function run(task: () => Promise<Message | null>) {
    setBusy(true);
    try {
      const message = await task();
      setStatus(message ? { text: message, tone: 'ok' } : null);
    } catch (err) {
      setStatus({ text: readerMessage(err), tone: 'error' });
    } finally {
      await onChanged();
      setBusy(false);
    }
  }

  function importFiles(input: HTMLInputElement) {
    const chosen = [...(input.files ?? [])];
    if (chosen.length === 0) return;
    void run(async () => {
      setReport(null);
      setProgress(null);
      try {
        // File by file, its plan and progress recorded (utils/view/run-import.ts).
        const result = await runImport(chosen, {
          importSources: (files, run) => service.importSources(files, run),
          now: Date.now,
          onProgress: setProgress,
        });
        setReport(result);
      } finally {
        setProgress(null);
        // Cut short: the notice above says how far it got.
        setCheckInterrupted((n) => n + 1);
        // The same file may be chosen again after a fix.
        input.value = '';
      }
      return null;
    });
  }

  function remove(source: SourceSummary) {
    void run(async () => {
      await service.removeSource(source.meta.id);
      // The removed row had focus: keep the keyboard user in the list.
      listHeading.current?.focus();
      const headline = { headline: <span lang="en">{source.meta.headline}</span> };
      return source.origin === 'user'
        ? fillMessage(i18n.t('options.sources.deleted', { headline: '{headline}' }), headline)
        : fillMessage(i18n.t('options.sources.removed', { headline: '{headline}' }), headline);
    });
  }

  function exportSources() {
    void run(async () => {
      const data = await service.exportUserCorpus();
      if (data.sources.length === 0) return i18n.t('options.sources.nothingToExport');
      downloadJson(datedFileName('crosscheck-sources'), data);
      return i18n.t('options.sources.exported', data.sources.length, { count: formatNumber(data.sources.length) });
    });
  }

  function restoreShipped() {
    void run(async () => {
      await service.restoreShipped();
      return i18n.t('options.sources.restored');
    });
  }

  const shipped = sources?.filter((s) => s.origin === 'shipped').length ?? 0;
  const own = sources?.filter((s) => s.origin === 'user').length ?? 0;

  return (
    <>
      <section class="card" aria-labelledby="add-heading">
        <h2 id="add-heading">{i18n.t('options.sources.addHeading')}</h2>
        <p>
          {fillMessage(i18n.t('options.sources.addHint', { button: '{button}' }), {
            button: <strong>{i18n.t('popup.addPage')}</strong>,
          })}
        </p>
        <div class="field">
          <label for="import-files" class="field-label">
            {i18n.t('options.sources.importLabel')}
          </label>
          <p id="import-hint" class="hint">
            {i18n.t('options.sources.importHint', { size: formatMegabytes(MAX_IMPORT_BYTES, 0) })}
          </p>
          <input
            id="import-files"
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby="import-hint"
            disabled={busy}
            onChange={(e) => importFiles(e.currentTarget)}
          />
        </div>
        <InterruptedImportNotice check={checkInterrupted} />
        <div class="import-report" role="status">
          {progress && (
            <p class="import-progress" data-done={progress.done} data-files={progress.files.length}>
              {i18n.t('options.report.progress', {
                done: formatNumber(progress.done),
                files: formatNumber(progress.files.length),
              })}
            </p>
          )}
          {report && <ImportReport report={report} />}
        </div>
      </section>

      <section class="card" aria-labelledby="sources-heading">
        <h2 id="sources-heading" ref={listHeading} tabIndex={-1}>
          {i18n.t('options.sources.heading')}
          {sources && (
            <span class="count">
              {' '}
              {i18n.t('options.sources.count', {
                total: formatNumber(sources.length),
                shipped: formatNumber(shipped),
                own: formatNumber(own),
              })}
            </span>
          )}
        </h2>
        <div class="actions">
          <button type="button" class="button" onClick={exportSources} disabled={busy}>
            {i18n.t('options.sources.export')}
          </button>
          <button type="button" class="button button-secondary" onClick={restoreShipped} disabled={busy}>
            {i18n.t('options.sources.restore')}
          </button>
        </div>
        <p class={`status status-${status?.tone ?? 'ok'}`} role="status">
          {status?.text}
        </p>
        {loadError && (
          <p class="status status-error" role="alert">
            {loadError}
          </p>
        )}
        {!sources && !loadError && <p class="hint">{i18n.t('options.sources.loading')}</p>}
        {sources?.length === 0 && <p class="hint">{i18n.t('options.sources.none')}</p>}
        {sources && sources.length > 0 && (
          <ul class="source-list">
            {sources.map((source) => (
              <SourceItem key={source.meta.id} source={source} busy={busy} onRemove={() => remove(source)} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ImportReport({ report }: { report: ImportResult }) {
  if (report.added.length === 0 && report.skipped.length === 0 && report.refused.length === 0) return null;
  return (
    <>
      {report.added.length > 0 && (
        <>
          <h3>{i18n.t('options.report.added', report.added.length, { count: formatNumber(report.added.length) })}</h3>
          <ul class="report-list report-added">
            {report.added.map((s) => (
              <li key={s.meta.id}>
                {fillMessage(
                  i18n.t('options.report.addedItem', {
                    headline: '{headline}',
                    outlet: '{outlet}',
                    statements: '{statements}',
                  }),
                  {
                    headline: <span lang="en">{s.meta.headline}</span>,
                    outlet: <OutletName outlet={s.meta.outlet} />,
                    statements: (
                      <>
                        {i18n.t('options.sources.statements', s.statementCount, {
                          count: formatNumber(s.statementCount),
                        })}
                      </>
                    ),
                  },
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.skipped.length > 0 && (
        <h3 class="report-skipped">
          {i18n.t('options.report.skipped', report.skipped.length, { count: formatNumber(report.skipped.length) })}
        </h3>
      )}
      {report.refused.length > 0 && (
        <>
          <h3>
            {i18n.t('options.report.refused', report.refused.length, { count: formatNumber(report.refused.length) })}
          </h3>
          <ul class="report-list report-refused">
            {report.refused.map((r, i) => (
              <li key={`${r.name}:${i}`}>
                <span class="file-name" translate={false}>
                  {r.name}
                </span>
                : {describeImportProblem(r.problem)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
