import { useRef, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '../../lib/corpus/parse-import';
import { datedFileName, downloadJson } from '../../utils/view/download-json';
import { useService } from '../../components/hooks/use-service';
import type { ImportResult, SourceSummary } from '../../utils/shared/service-types';
import { readImportFiles } from '../../utils/view/read-import-files';
import { SourceItem } from './SourceItem';

interface Props {
  sources: SourceSummary[] | null;
  loadError: string | null;
  onChanged(): Promise<void>;
}

const ACCEPT = '.html,.htm,.xhtml,.txt,.text,.md,.json,text/html,text/plain,application/json';

/** Adding (import), listing, removing, restoring and exporting the corpus's sources. */
export function SourcesSection({ sources, loadError, onChanged }: Props) {
  const service = useService();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportResult | null>(null);
  const [status, setStatus] = useState<{ text: string; tone: 'ok' | 'error' } | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  /** Runs one change at a time; its outcome goes to the status line, then the list is read again. */
  async function run(task: () => Promise<string | null>) {
    setBusy(true);
    try {
      const message = await task();
      setStatus(message ? { text: message, tone: 'ok' } : null);
    } catch (err) {
      setStatus({ text: err instanceof Error ? err.message : String(err), tone: 'error' });
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
      const read = await readImportFiles(chosen);
      const result = read.files.length ? await service.importSources(read.files) : { added: [], refused: [] };
      // Refusals in the order the files were chosen, wherever they were refused.
      const order = new Map(chosen.map((f, i) => [f.name, i]));
      const refused = [...read.refused, ...result.refused].sort(
        (a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0),
      );
      setReport({ added: result.added, refused });
      // The same file may be chosen again after a fix.
      input.value = '';
      return null;
    });
  }

  function remove(source: SourceSummary) {
    void run(async () => {
      await service.removeSource(source.meta.id);
      // The removed row had focus: keep the keyboard user in the list.
      listHeading.current?.focus();
      return source.origin === 'user'
        ? `Deleted “${source.meta.headline}”.`
        : `Removed “${source.meta.headline}”. “Restore the shipped corpus” brings it back.`;
    });
  }

  function exportSources() {
    void run(async () => {
      const data = await service.exportUserCorpus();
      if (data.sources.length === 0) return 'You have no sources of your own to export yet.';
      downloadJson(datedFileName('crosscheck-sources'), data);
      return `Exported ${count(data.sources.length, 'source')}.`;
    });
  }

  function restoreShipped() {
    void run(async () => {
      await service.restoreShipped();
      return 'The shipped sources are all back; your own are unchanged.';
    });
  }

  const shipped = sources?.filter((s) => s.origin === 'shipped').length ?? 0;
  const own = sources?.filter((s) => s.origin === 'user').length ?? 0;

  return (
    <>
      <section class="card" aria-labelledby="add-heading">
        <h2 id="add-heading">Add sources</h2>
        <p>
          To add the article you are reading, click the Crosscheck button in the toolbar and choose{' '}
          <strong>Add this page to my sources</strong>.
        </p>
        <div class="field">
          <label for="import-files" class="field-label">
            Import files
          </label>
          <p id="import-hint" class="hint">
            Saved web pages (.html), plain text (.txt) or a Crosscheck export (.json), up to{' '}
            {MAX_IMPORT_BYTES / 1024 / 1024} MB each.
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
        <div class="import-report" role="status">
          {report && <ImportReport report={report} />}
        </div>
      </section>

      <section class="card" aria-labelledby="sources-heading">
        <h2 id="sources-heading" ref={listHeading} tabIndex={-1}>
          Sources
          {sources && (
            <span class="count">
              {' '}
              {sources.length} ({shipped} shipped, {own} yours)
            </span>
          )}
        </h2>
        <div class="actions">
          <button type="button" class="button" onClick={exportSources} disabled={busy}>
            Export my sources (JSON)
          </button>
          <button type="button" class="button button-secondary" onClick={restoreShipped} disabled={busy}>
            Restore the shipped corpus
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
        {!sources && !loadError && <p class="hint">Loading the sources…</p>}
        {sources?.length === 0 && <p class="hint">No sources. Import some, or restore the shipped corpus.</p>}
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
  if (report.added.length === 0 && report.refused.length === 0) return null;
  return (
    <>
      {report.added.length > 0 && (
        <>
          <h3>Added {count(report.added.length, 'source')}</h3>
          <ul class="report-list report-added">
            {report.added.map((s) => (
              <li key={s.meta.id}>
                “{s.meta.headline}” <span class="outlet">{s.meta.outlet}</span>, {count(s.statementCount, 'statement')}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.refused.length > 0 && (
        <>
          <h3>Refused {count(report.refused.length, 'file')} (your sources are unchanged by them)</h3>
          <ul class="report-list report-refused">
            {report.refused.map((r, i) => (
              <li key={`${r.name}:${i}`}>
                <span class="file-name">{r.name}</span>: {r.problem}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
