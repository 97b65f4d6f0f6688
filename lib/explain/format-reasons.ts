import type { Reason } from '../match/reasons';
import type { EventEvidence } from '../events/compare-event-frames';
import { formatIsoDate } from '../dates/compare-periods';
import { formatFinding } from './format-finding';

/**
 * The one line a reader sees for a match, written from the judge's typed reasons (the only place
 * that turns them into words). Several reasons are joined with "; ".
 */
export function formatReasons(reasons: readonly Reason[]): string {
  return reasons.map(formatReason).join('; ');
}

const quoted = (words: string[]) =>
  words
    .slice(0, 4)
    .map((w) => `'${w}'`)
    .join(', ');
const years = (page: string | null, source: string | null) =>
  page && source ? ` (page ${page}, source ${source})` : '';

export function formatReason(reason: Reason): string {
  switch (reason.kind) {
    case 'same-value':
    case 'different-value':
      return formatFinding(reason.finding);
    case 'possible-update': {
      const f = reason.finding;
      return `${f.page} (page, ${reason.pageYear}) vs ${f.source} (${reason.sourceOutlet}, ${reason.sourceYear}): possibly an update`;
    }
    case 'different-events': {
      const what =
        reason.findings.length > 0
          ? reason.findings.map(formatFinding)
          : reason.evidence.map(formatEventEvidence).filter(Boolean);
      return `different events${what.length ? `: ${what.join('; ')}` : ''}${years(reason.pageYear, reason.sourceYear)}`;
    }
    case 'negated':
      return reason.side === 'page'
        ? `negated: '${reason.cue}' on the page, affirmed in the source`
        : `negated: '${reason.cue}' in the source, affirmed on the page`;
    case 'opposite':
      return `opposite: '${reason.page}' vs '${reason.source}'`;
    case 'only-against-more':
      return reason.exclusiveSide === 'page'
        ? `exclusive claim: '${reason.only}' vs '${reason.more}'`
        : `'${reason.more}' vs exclusive claim: '${reason.only}'`;
    case 'scope':
      return `${reason.page.kind} claim: '${reason.page.text}' vs '${reason.source.text}'`;
    case 'opposed-years-apart':
      return `${formatReason(reason.opposition)}, but written years apart${years(reason.pageYear, reason.sourceYear)}`;
    case 'mixed-values':
      return `${reason.agreements.map(formatFinding).join('; ')}, but ${reason.differences.map(formatFinding).join('; ')}`;
    case 'same-wording':
      return `same claim in other words: ${quoted(reason.words)}`;
    case 'same-topic':
      return `same topic: ${quoted(reason.words)}`;
    case 'different-detail':
      return `similar wording, but '${reason.page}' vs '${reason.source}'`;
    case 'one-side-negated':
      return `similar wording, but one side is negated ('${reason.cue}')`;
    case 'figures-uncompared':
      return `similar claim, but the figures cannot be compared: ${reason.pairs.map((u) => `${u.page} vs ${u.source}`).join('; ')}`;
    case 'written-apart':
      return `similar claim written years apart${years(reason.pageYear, reason.sourceYear)}: may be a different event`;
    case 'act-months-apart':
      return `similar act reported ${reason.months} months apart: may be a different one`;
    case 'source-not-about-claim':
      return `same words (${quoted(reason.words)}), but the source as a whole is not about this claim`;
  }
}

/** Why two statements are about different events, for a reader (the evidence that says "different"). */
function formatEventEvidence(e: EventEvidence): string {
  switch (e.kind) {
    case 'same-act-other-date':
      return `'${e.act}' on ${formatIsoDate(e.page)} and on ${formatIsoDate(e.source)}, two acts`;
    case 'other-act':
      return `'${e.page.act}' on ${formatIsoDate(e.page.date)}, '${e.source.act}' on ${formatIsoDate(e.source.date)}`;
    case 'far-dates':
      return `${formatIsoDate(e.page)} vs ${formatIsoDate(e.source)}`;
    case 'other-subject':
      return `about ${e.names.map(asName).join(', ')}, which the ${e.side === 'page' ? 'source' : 'page'} never names`;
    case 'other-document-event':
      return 'the articles report different events';
    default:
      return '';
  }
}

/** A name key ("xin hai tong 23") as a reader writes a name ("Xin Hai Tong 23"). */
function asName(key: string): string {
  return key.replace(/(^|[\s-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}
