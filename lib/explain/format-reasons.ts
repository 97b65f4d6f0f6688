import type { Reason } from '../match/reasons';
import type { EventEvidence } from '../events/compare-event-frames';
import type { SlotFinding } from '../match/compare-slots';
import { formatFinding } from './format-finding';
import { ENGLISH_PHRASES, type ReasonPhrases } from './reason-phrases';

/**
 * The one line a reader sees for a match, written from the judge's typed reasons (the only place
 * that turns them into words), in the language of `phrases` (English by default). Several
 * reasons are joined with "; ".
 */
export function formatReasons(reasons: readonly Reason[], phrases: ReasonPhrases = ENGLISH_PHRASES): string {
  return joined(
    reasons.map((r) => formatReason(r, phrases)),
    phrases,
  );
}

/** Items joined by the "join" template ("a; b; c") or the "words" one ("'a', 'b'"); none is "". */
function joined(items: readonly string[], phrases: ReasonPhrases, key: 'join' | 'words' = 'join'): string {
  return items.length === 0 ? '' : items.reduce((list, item) => phrases.text(key, { list, item }));
}

export function formatReason(reason: Reason, phrases: ReasonPhrases = ENGLISH_PHRASES): string {
  const t = phrases.text;
  // Words of the articles, quoted as the reader's language quotes ('sank'; German „sank“).
  const q = (text: string) => t('quote', { text });
  const quoted = (words: string[]) => joined(words.slice(0, 4).map(q), phrases, 'words');
  const withYears = (text: string, pageYear: string | null, sourceYear: string | null) =>
    pageYear && sourceYear ? t('withYears', { text, pageYear, sourceYear }) : text;
  const findings = (fs: readonly SlotFinding[]) =>
    joined(
      fs.map((f) => formatFinding(f, phrases)),
      phrases,
    );
  switch (reason.kind) {
    case 'same-value':
    case 'different-value':
      return formatFinding(reason.finding, phrases);
    case 'possible-update': {
      const f = reason.finding;
      return t('possibleUpdate', {
        page: f.page,
        pageYear: String(reason.pageYear),
        source: f.source,
        outlet: reason.sourceOutlet,
        sourceYear: String(reason.sourceYear),
      });
    }
    case 'different-events': {
      const what =
        reason.findings.length > 0
          ? reason.findings.map((f) => formatFinding(f, phrases))
          : reason.evidence.map((e) => formatEventEvidence(e, phrases)).filter(Boolean);
      return withYears(
        what.length ? t('differentEventsOf', { what: joined(what, phrases) }) : t('differentEvents'),
        reason.pageYear,
        reason.sourceYear,
      );
    }
    case 'negated':
      return t(reason.side === 'page' ? 'negatedOnPage' : 'negatedInSource', { cue: q(reason.cue) });
    case 'opposite':
      return t('opposite', { page: q(reason.page), source: q(reason.source) });
    case 'only-against-more':
      return t(reason.exclusiveSide === 'page' ? 'onlyOnPage' : 'onlyInSource', {
        only: q(reason.only),
        more: q(reason.more),
      });
    case 'scope':
      return t(`scope.${reason.page.kind}`, { page: q(reason.page.text), source: q(reason.source.text) });
    case 'opposed-years-apart':
      return withYears(
        t('opposedYearsApart', { reason: formatReason(reason.opposition, phrases) }),
        reason.pageYear,
        reason.sourceYear,
      );
    case 'mixed-values':
      return t('mixedValues', { agreements: findings(reason.agreements), differences: findings(reason.differences) });
    case 'same-wording':
      return t('sameWording', { words: quoted(reason.words) });
    case 'same-topic':
      return t('sameTopic', { words: quoted(reason.words) });
    case 'different-detail':
      return t('differentDetail', { page: q(reason.page), source: q(reason.source) });
    case 'one-side-negated':
      return t('oneSideNegated', { cue: q(reason.cue) });
    case 'figures-uncompared':
      return t('figuresUncompared', {
        pairs: joined(
          reason.pairs.map((u) => t('versus', { page: u.page, source: u.source })),
          phrases,
        ),
      });
    case 'written-apart':
      return reason.pageYear && reason.sourceYear
        ? t('writtenApartYears', { pageYear: reason.pageYear, sourceYear: reason.sourceYear })
        : t('writtenApart');
    case 'act-months-apart':
      return t('actMonthsApart', { months: phrases.number(reason.months) });
    case 'source-not-about-claim':
      return t('sourceNotAboutClaim', { words: quoted(reason.words) });
  }
}

/** Why two statements are about different events, for a reader (the evidence that says "different"). */
function formatEventEvidence(e: EventEvidence, phrases: ReasonPhrases): string {
  const t = phrases.text;
  const q = (text: string) => t('quote', { text });
  switch (e.kind) {
    case 'same-act-other-date':
      return t('sameActOtherDate', { act: q(e.act), page: phrases.date(e.page), source: phrases.date(e.source) });
    case 'other-act':
      return t('otherAct', {
        pageAct: q(e.page.act),
        pageDate: phrases.date(e.page.date),
        sourceAct: q(e.source.act),
        sourceDate: phrases.date(e.source.date),
      });
    case 'far-dates':
      return t('versus', { page: phrases.date(e.page), source: phrases.date(e.source) });
    case 'other-subject':
      return t(e.side === 'page' ? 'otherSubjectOnPage' : 'otherSubjectInSource', {
        names: joined(e.names.map(asName), phrases, 'words'),
      });
    case 'other-document-event':
      return t('otherDocumentEvent');
    default:
      return '';
  }
}

/** A name key ("xin hai tong 23") as a reader writes a name ("Xin Hai Tong 23"). */
function asName(key: string): string {
  return key.replace(/(^|[\s-])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}
