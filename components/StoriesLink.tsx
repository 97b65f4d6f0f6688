import { i18n } from '#i18n';
import { openStoriesPage } from './hooks/browser-actions';

/** "Your stories": opens the Stories page in a tab (from the panel, the popup and the options page). */
export function StoriesLink({ onOpened }: { onOpened?(): void }) {
  return (
    <button
      type="button"
      class="link-button stories-link"
      onClick={() => void openStoriesPage().then(onOpened, () => undefined)}
    >
      {i18n.t('stories.panel.link')}
    </button>
  );
}
