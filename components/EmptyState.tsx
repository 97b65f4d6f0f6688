import { openOptionsPage } from './hooks/browser-actions';
import type { Comparison } from '../lib/types';
import { PAGE_LIMITS } from '../lib/extract/page-limits';
import { Notice } from './Notice';

const NUMBER = new Intl.NumberFormat('en');

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
        <Notice title="This page doesn’t look like an article" state="not-article">
          <p>
            Crosscheck compares news articles: a headline and paragraphs of reporting. This page looks like something
            else, such as a home page, a list or a form.
          </p>
          <p>Open an article and press Alt+Shift+K. If the article was still loading, analyse it again.</p>
          <button type="button" class="button" onClick={onReanalyse}>
            Analyse again
          </button>
        </Notice>
      );
    case 'unsupported-language': {
      const language = getLanguageName(comparison.page.lang);
      return (
        <Notice title={`Crosscheck doesn’t read ${language ?? 'this language'} yet`} state="unsupported-language">
          <p>For now it compares articles in English only{language ? ` (this page is in ${language})` : ''}.</p>
          <p>If the outlet publishes an English version of this article, open it and compare that one.</p>
          <Reanalyse onClick={onReanalyse} />
        </Notice>
      );
    }
    case 'too-large':
      return (
        <Notice title="This page is too large to read" state="too-large">
          <p>{describeSize(comparison.tooLarge)}</p>
          <p>
            Crosscheck reads the article inside the page itself, so it reads pages of up to{' '}
            {NUMBER.format(PAGE_LIMITS.elements)} elements and {formatCharacters(PAGE_LIMITS.characters)} of text: a
            larger page would freeze while it is read. News articles are far smaller; this is probably a long list, a
            thread or a file shown as a page.
          </p>
          <Reanalyse onClick={onReanalyse} />
        </Notice>
      );
    case 'unreadable-text':
      return (
        <Notice title="This page’s text can’t be read" state="unreadable-text">
          <p>
            Its text is garbled: characters that stand for unreadable bytes (�), control characters, or letters decoded
            with the wrong text encoding (“Ã©” instead of “é”). The page may be a binary file, or it may not say which
            encoding it uses.
          </p>
          <p>If the browser shows the page correctly after a reload, analyse it again.</p>
          <Reanalyse onClick={onReanalyse} />
        </Notice>
      );
    case 'pdf':
      return (
        <Notice title="Crosscheck can’t read PDF files" state="pdf">
          <p>This tab shows a PDF in the browser’s viewer. Crosscheck reads articles on web pages.</p>
          <p>If the outlet also publishes this article as a web page, open that one and compare it.</p>
        </Notice>
      );
    case 'no-statements':
      return (
        <Notice title="No statements to check" state="no-statements">
          <p>
            Crosscheck read the article but found no sentence that states a checkable fact: a date, a number, a name, a
            rule. Questions, opinion pieces and very short pages often have none.
          </p>
          <p>You can still search the corpus for the subject: click the Crosscheck button in the toolbar.</p>
          <Reanalyse onClick={onReanalyse} />
        </Notice>
      );
    case 'nothing-matched':
      return (
        <Notice title="Nothing in the corpus about this page" state="nothing-matched">
          <p>
            Crosscheck checked {comparison.statements.length}{' '}
            {comparison.statements.length === 1 ? 'statement' : 'statements'}, but none of the articles it knows reports
            the same facts.
          </p>
          <p>Add articles on this subject to your sources, then analyse the page again.</p>
          <p class="notice-actions">
            <button type="button" class="button" onClick={() => void openOptionsPage()}>
              Manage sources
            </button>
            <button type="button" class="button button-quiet" onClick={onReanalyse}>
              Analyse again
            </button>
          </p>
        </Notice>
      );
    default:
      return null;
  }
}

function Reanalyse({ onClick }: { onClick(): void }) {
  return (
    <button type="button" class="button button-quiet" onClick={onClick}>
      Analyse again
    </button>
  );
}

/** "It has 604,658 elements and 6.4 million characters of text." from the measured size. */
function describeSize(size: Comparison['tooLarge']): string {
  if (!size) return 'It is larger than the pages Crosscheck reads.';
  const parts = [`${NUMBER.format(size.elements)} elements`];
  // Characters are counted only until they pass the limit, and not at all past the element limit.
  if (size.characters > PAGE_LIMITS.characters)
    parts.push(`more than ${formatCharacters(PAGE_LIMITS.characters)} of text`);
  else if (size.characters > 0) parts.push(`${formatCharacters(size.characters)} of text`);
  return `It has ${parts.join(' and ')}.`;
}

/** "5 million characters", "312,000 characters". */
function formatCharacters(n: number): string {
  if (n >= 1_000_000) return `${NUMBER.format(Math.round(n / 100_000) / 10)} million characters`;
  return `${NUMBER.format(Math.round(n / 1000) * 1000)} characters`;
}

/** "German" for "de"; null when unknown ("und": the text is not English, but its language is not recognised). */
function getLanguageName(code: string): string | null {
  if (!code || code === 'und') return null;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? null;
  } catch {
    return null;
  }
}
