import { browser } from 'wxt/browser';
import type { Comparison } from '../lib/types';
import { Notice } from './Notice';

interface Props {
  comparison: Comparison;
  /** Statements with any match (related included). */
  matched: number;
  onReanalyse(): void;
}

/** Why a comparison has nothing to list, and what the reader can do about it; null when it has something. */
export function EmptyState({ comparison, matched, onReanalyse }: Props) {
  const empty = comparison.empty ?? (comparison.statements.length === 0 ? 'no-statements' : matched === 0 ? 'nothing-matched' : null);
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
    case 'no-statements':
      return (
        <Notice title="No statements to check" state="no-statements">
          <p>
            Crosscheck read the article but found no sentence that states a checkable fact: a date, a number, a name,
            a rule. Questions, opinion pieces and very short pages often have none.
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
            {comparison.statements.length === 1 ? 'statement' : 'statements'}, but none of the articles it knows
            reports the same facts.
          </p>
          <p>Add articles on this subject to your sources, then analyse the page again.</p>
          <p class="notice-actions">
            <button type="button" class="button" onClick={() => void browser.runtime.openOptionsPage()}>
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

/** "German" for "de"; null when unknown. */
function getLanguageName(code: string): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? null;
  } catch {
    return null;
  }
}
