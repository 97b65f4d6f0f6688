import { i18n } from '#i18n';
import type { SearchOptions } from '../utils/shared/service-types';
import { CORPUS_LANG } from '../utils/view/article-lang';
import { formatNumber } from '../utils/view/format-number';

interface Props {
  /** Stories to narrow to (id and title), newest first. */
  stories: ReadonlyArray<{ id: string; title: string }>;
  outlets: readonly string[];
  value: SearchOptions;
  onChange(value: SearchOptions): void;
  open: boolean;
  onToggle(): void;
}

/** How many of the filters are set. */
export function countSearchFilters(value: SearchOptions): number {
  return [value.story, value.outlet, value.from, value.to].filter(Boolean).length;
}

/**
 * The popup search's filters: a story, an outlet, a date range. Native controls, so each is
 * reached with Tab and set with the keyboard; behind a toggle that says how many are set.
 */
export function SearchFilters({ stories, outlets, value, onChange, open, onToggle }: Props) {
  const count = countSearchFilters(value);
  const set = (key: keyof SearchOptions, v: string) => {
    const next = { ...value };
    if (v) next[key] = v;
    else delete next[key];
    onChange(next);
  };
  return (
    <div class="search-filters">
      <button
        type="button"
        class="link-button filters-toggle"
        aria-expanded={open}
        aria-controls="search-filters"
        onClick={onToggle}
      >
        {count ? i18n.t('stories.popup.filtersActive', count, [formatNumber(count)]) : i18n.t('stories.popup.filters')}
      </button>
      <fieldset id="search-filters" class="filters" hidden={!open}>
        <legend class="filters-legend">{i18n.t('stories.popup.filtersLabel')}</legend>
        <label class="filter">
          <span>{i18n.t('stories.popup.story')}</span>
          <select value={value.story ?? ''} onChange={(e) => set('story', e.currentTarget.value)}>
            <option value="">{i18n.t('stories.popup.anyStory')}</option>
            {stories.map((s) => (
              <option key={s.id} value={s.id} lang={CORPUS_LANG}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
        <label class="filter">
          <span>{i18n.t('stories.popup.outlet')}</span>
          <select value={value.outlet ?? ''} onChange={(e) => set('outlet', e.currentTarget.value)}>
            <option value="">{i18n.t('stories.popup.anyOutlet')}</option>
            {outlets.map((o) => (
              <option key={o} value={o} lang={CORPUS_LANG}>
                {o}
              </option>
            ))}
          </select>
        </label>
        <label class="filter filter-date">
          <span>{i18n.t('stories.popup.from')}</span>
          <input
            type="date"
            value={value.from ?? ''}
            max={value.to}
            onChange={(e) => set('from', e.currentTarget.value)}
          />
        </label>
        <label class="filter filter-date">
          <span>{i18n.t('stories.popup.to')}</span>
          <input
            type="date"
            value={value.to ?? ''}
            min={value.from}
            onChange={(e) => set('to', e.currentTarget.value)}
          />
        </label>
        {count > 0 && (
          <button type="button" class="link-button filters-clear" onClick={() => onChange({})}>
            {i18n.t('stories.popup.clear')}
          </button>
        )}
      </fieldset>
    </div>
  );
}
