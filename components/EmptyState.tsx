import { i18n } from '#i18n';
import { openOptionsPage } from './hooks/browser-actions';
import type { Comparison } from '../lib/types';
import { PAGE_LIMITS } from '../lib/extract/page-limits';
import { formatNumber } from '../utils/view/format-number';
import { getUiLocale } from '../utils/shared/ui-locale';
import { Notice } from './Notice';

interface Props {
  comparison: Comparison;
  /** Statements with any match (related included). */
  matched: number;
  onReanalyse(): void;
}

/** Why a comparison has nothing to list, and what the reader can do about it; null when it has something. */
export function EmptyState({ comparison, matched, onReanalyse }: Props) {
  const empty =
    comparison.empty ??
    (comparison.statements.length === 0 ? 'no-statements' : matched === 0 ? 'nothing-matched' : null);
  switch (empty) {
    case 'not-article':
      return (
        <Notice title={i18n.t('panel.empty.notArticle.title')} state="not-article">
          <p>{i18n.t('panel.empty.notArticle.what')}</p>
          <p>{i18n.t('panel.empty.notArticle.next')}</p>
          <button type="button" class="button" onClick={onReanalyse}>
            {i18n.t('panel.analyseAgain')}
          </button>
        </Notice>
      );
    case 'unsupported-language': {
      const language = getLanguageName(comparison.page.lang);
      return (
        <Notice
          title={
            language ? i18n.t('panel.empty.language.title', { language }) : i18n.t('panel.empty.language.titleUnknown')
          }
          state="unsupported-language"
        >
          <p>
            {language ? i18n.t('panel.empty.language.only', { language }) : i18n.t('panel.empty.language.onlyUnknown')}
          </p>
          <p>{i18n.t('panel.empty.language.next')}</p>
          <Reanalyse onClick={onReanalyse} />
        </Notice>
      );
    }
    case 'too-large':
      return (
        <Notice title={i18n.t('panel.empty.tooLarge.title')} state="too-large">
          <p>{describeSize(comparison.tooLarge)}</p>
          <p>
            {i18n.t('panel.empty.tooLarge.limits', {
              elements: formatNumber(PAGE_LIMITS.elements),
              characters: formatCharacters(PAGE_LIMITS.characters),
            })}
          </p>
          <Reanalyse onClick={onReanalyse} />
        </Notice>
      );
    case 'unreadable-text':
      return (
        <Notice title={i18n.t('panel.empty.unreadable.title')} state="unreadable-text">
          <p>{i18n.t('panel.empty.unreadable.what')}</p>
          <p>{i18n.t('panel.empty.unreadable.next')}</p>
          <Reanalyse onClick={onReanalyse} />
        </Notice>
      );
    case 'pdf':
      return (
        <Notice title={i18n.t('panel.empty.pdf.title')} state="pdf">
          <p>{i18n.t('panel.empty.pdf.what')}</p>
          <p>{i18n.t('panel.empty.pdf.next')}</p>
        </Notice>
      );
    case 'no-statements':
      return (
        <Notice title={i18n.t('panel.empty.noStatements.title')} state="no-statements">
          <p>{i18n.t('panel.empty.noStatements.what')}</p>
          <p>{i18n.t('panel.empty.noStatements.next')}</p>
          <Reanalyse onClick={onReanalyse} />
        </Notice>
      );
    case 'nothing-matched': {
      const checked = comparison.statements.length;
      return (
        <Notice title={i18n.t('panel.empty.nothingMatched.title')} state="nothing-matched">
          <p>{i18n.t('panel.empty.nothingMatched.checked', checked, [formatNumber(checked)])}</p>
          <p>{i18n.t('panel.empty.nothingMatched.next')}</p>
          <p class="notice-actions">
            <button type="button" class="button" onClick={() => void openOptionsPage()}>
              {i18n.t('panel.empty.nothingMatched.manageSources')}
            </button>
            <button type="button" class="button button-quiet" onClick={onReanalyse}>
              {i18n.t('panel.analyseAgain')}
            </button>
          </p>
        </Notice>
      );
    }
    default:
      return null;
  }
}

function Reanalyse({ onClick }: { onClick(): void }) {
  return (
    <button type="button" class="button button-quiet" onClick={onClick}>
      {i18n.t('panel.analyseAgain')}
    </button>
  );
}

/** "It has 604,658 elements and 6.4 million characters of text." from the measured size. */
function describeSize(size: Comparison['tooLarge']): string {
  if (!size) return i18n.t('panel.size.unknown');
  const elements = formatNumber(size.elements);
  // Characters are counted only until they pass the limit, and not at all past the element limit.
  if (size.characters > PAGE_LIMITS.characters)
    return i18n.t('panel.size.elementsAndMoreText', {
      elements,
      characters: formatCharacters(PAGE_LIMITS.characters),
    });
  if (size.characters > 0)
    return i18n.t('panel.size.elementsAndText', { elements, characters: formatCharacters(size.characters) });
  return i18n.t('panel.size.elements', { elements });
}

/** "5 million characters", "312,000 characters". */
function formatCharacters(n: number): string {
  if (n >= 1_000_000) {
    const millions = Math.round(n / 100_000) / 10;
    return i18n.t('panel.size.millionCharacters', millions, [formatNumber(millions)]);
  }
  const rounded = Math.round(n / 1000) * 1000;
  return i18n.t('panel.size.characters', rounded, [formatNumber(rounded)]);
}

/** "German" for "de" ("Deutsch" in German); null when unknown ("und": not English, but not recognised either). */
function getLanguageName(code: string): string | null {
  if (!code || code === 'und') return null;
  try {
    return new Intl.DisplayNames([getUiLocale()], { type: 'language' }).of(code) ?? null;
  } catch {
    return null;
  }
}
