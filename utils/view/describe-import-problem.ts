import { i18n } from '#i18n';
import type { FieldExpectation, FileContent, ValueSeen } from '../../lib/corpus/import-problem';
import { USER_CORPUS_FORMAT } from '../../lib/corpus/user-corpus-export';
import type { RefusalProblem } from '../shared/service-types';
import { formatMegabytes, formatNumber } from './format-number';

/** Why a file was refused, in the reader's language: "too big: 5.0 MB (the limit is 5 MB)". */
export function describeImportProblem(problem: RefusalProblem): string {
  switch (problem.code) {
    case 'too-big':
      return i18n.t('options.problem.tooBig', {
        size: formatMegabytes(problem.bytes, 1),
        limit: formatMegabytes(problem.limit, 0),
      });
    case 'too-many-elements':
      return i18n.t('options.problem.tooManyElements', {
        elements: formatNumber(problem.elements),
        limit: formatNumber(problem.limit),
      });
    case 'unreadable':
      return i18n.t('options.problem.unreadable');
    case 'failed':
      return i18n.t('options.problem.failed');
    case 'empty':
      return i18n.t('options.problem.empty');
    case 'wrong-format':
      if (problem.content) return i18n.t('options.problem.wrongContent', { content: describeContent(problem.content) });
      return problem.fileType
        ? i18n.t('options.problem.wrongType', { type: problem.fileType })
        : i18n.t('options.problem.wrongFormat');
    case 'json-truncated':
      return i18n.t('options.problem.jsonTruncated');
    case 'json-invalid':
      return i18n.t('options.problem.jsonInvalid');
    case 'not-an-export':
      return i18n.t('options.problem.notAnExport', { format: USER_CORPUS_FORMAT, got: describeSeen(problem.got) });
    case 'export-format':
      return problem.format === null
        ? i18n.t('options.problem.noFormat', { format: USER_CORPUS_FORMAT })
        : i18n.t('options.problem.otherFormat', { format: USER_CORPUS_FORMAT, got: problem.format });
    case 'feedback-export':
      return i18n.t('options.problem.feedbackExport');
    case 'newer-export':
      return i18n.t('options.problem.newerExport', {
        version: String(problem.version),
        supported: String(problem.supported),
      });
    case 'export-version':
      return i18n.t('options.problem.exportVersion', {
        supported: String(problem.supported),
        got: describeSeen(problem.got),
      });
    case 'export-no-sources':
      return i18n.t('options.problem.noSources');
    case 'bad-field':
      return i18n.t('options.problem.badField', {
        field: problem.field,
        expected: describeExpected(problem.expected),
        got: describeSeen(problem.got),
      });
    case 'source-no-text':
      return i18n.t('options.problem.sourceNoText', { field: problem.field });
    case 'no-html-parser':
      return i18n.t('options.problem.noHtmlParser');
    case 'no-article':
      return i18n.t('options.problem.noArticle');
    case 'no-text':
      return i18n.t('options.problem.noText');
    case 'no-statements':
      return problem.headline === null
        ? i18n.t('options.problem.noStatements')
        : i18n.t('options.problem.noStatementsIn', { headline: problem.headline });
    case 'not-saved':
      return i18n.t('options.problem.notSaved', { reason: problem.reason });
  }
}

function describeContent(content: FileContent): string {
  switch (content) {
    case 'png':
      return i18n.t('options.content.png');
    case 'gif':
      return i18n.t('options.content.gif');
    case 'pdf':
      return i18n.t('options.content.pdf');
    case 'zip':
      return i18n.t('options.content.zip');
    case 'gzip':
      return i18n.t('options.content.gzip');
    case 'binary':
      return i18n.t('options.content.binary');
  }
}

/** A value of the file: its kind in words, or (a number, a string) as it is written there. */
function describeSeen(seen: ValueSeen): string {
  if (typeof seen === 'object') return seen.json;
  switch (seen) {
    case 'nothing':
      return i18n.t('options.value.nothing');
    case 'list':
      return i18n.t('options.value.list');
    case 'object':
      return i18n.t('options.value.object');
  }
}

function describeExpected(expected: FieldExpectation): string {
  switch (expected) {
    case 'object':
      return i18n.t('options.expected.object');
    case 'text':
      return i18n.t('options.expected.text');
    case 'iso-date':
      return i18n.t('options.expected.isoDate');
    case 'address':
      return i18n.t('options.expected.address');
    case 'list':
      return i18n.t('options.expected.list');
    case 'list-of-strings':
      return i18n.t('options.expected.listOfStrings');
    case 'string':
      return i18n.t('options.expected.string');
    case 'meta-and-paragraphs':
      return i18n.t('options.expected.metaAndParagraphs');
  }
}
