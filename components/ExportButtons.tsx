import { i18n } from '#i18n';
import type { Comparison } from '../lib/types';
import { downloadFile } from '../utils/view/download-file';
import { downloadJson } from '../utils/view/download-json';
import { createComparisonExport, getExportFileName } from '../utils/view/export-comparison';
import { formatComparisonMarkdown } from '../utils/view/format-comparison-markdown';
import type { MatchFeedback } from '../utils/shared/storage';

interface Props {
  comparison: Comparison;
  feedback: readonly MatchFeedback[];
}

/** Saves this page's comparison as Markdown (as the panel shows it) or JSON (the engine's result and the reader's feedback). */
export function ExportButtons({ comparison, feedback }: Props) {
  function saveMarkdown() {
    const now = new Date();
    downloadFile(
      getExportFileName(comparison, 'md', now),
      formatComparisonMarkdown(comparison, { feedback, exportedAt: now }),
      'text/markdown;charset=utf-8',
    );
  }
  function saveJson() {
    const now = new Date();
    const doc = createComparisonExport(comparison, feedback, now);
    downloadJson(getExportFileName(comparison, 'json', now), doc);
  }
  return (
    <span class="export" role="group" aria-label={i18n.t('panel.export.group')}>
      <span class="export-label" aria-hidden="true">
        {i18n.t('panel.export.label')}
      </span>
      <button
        type="button"
        class="tool-button"
        onClick={saveMarkdown}
        aria-label={i18n.t('panel.export.markdownLabel')}
      >
        {i18n.t('panel.export.markdown')}
      </button>
      <button type="button" class="tool-button" onClick={saveJson} aria-label={i18n.t('panel.export.jsonLabel')}>
        {i18n.t('panel.export.json')}
      </button>
    </span>
  );
}
