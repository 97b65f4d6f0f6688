import { i18n } from '#i18n';
import { InterruptedImportNotice } from '../../components/InterruptedImportNotice';
import { useEffect, useRef, useState } from 'preact/hooks';
import { SearchFilters } from '../../components/SearchFilters';
import { SearchHitItem } from '../../components/SearchHitItem';
import { StoriesLink } from '../../components/StoriesLink';
import type { SearchHit } from '../../lib/search/search-corpus';
import { isUserSourceId } from '../../lib/corpus/source-id';
import {
  getActiveTabId,
  getCurrentWindowId,
  openOptionsPage,
  openPanel,
  openTab,
} from '../../components/hooks/browser-actions';
import { useService } from '../../components/hooks/use-service';
import { getPanelPath, type PanelPath } from '../../utils/shared/panel-view';
import { lastQueryItem } from '../../utils/shared/storage';
import { useStorageItem } from '../../components/hooks/use-storage-item';
import type { SearchOptions, SourceSummary } from '../../utils/shared/service-types';
import { fillMessage } from '../../utils/view/fill-message';
import { MemoryLine } from './MemoryLine';
import { formatNumber } from '../../utils/view/format-number';
import { readerMessage, ReaderError } from '../../utils/shared/reader-error';

/** Waits this long after a keystroke before searching, so fast typing sends one query. */
const TYPING_PAUSE_MS = 60;

/**
 * A search still unanswered after this long is said to be under way. A search on a built index
 * answers in milliseconds; the first one after the background starts builds the index first
 * (4.3 to 7.8 s for 10,000 articles, 135,687 statements, on a 2-core machine: `npm run
 * bench:search`), and must not look stuck.
 */
const SLOW_SEARCH_MS = 300;

/** Adding the page to the reader's sources: under way, done (the source added), or failed (why). */
type Adding = { state: 'busy' } | { state: 'done'; added: SourceSummary } | { state: 'failed'; message: string };

/** The tab the popup acts on: `?tab=<id>` (tests open popup.html in a tab of its own), else the active tab. */
async function getTargetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  return getActiveTabId();
}

/** The toolbar popup: search the corpus as you type, open a hit in the panel, compare this page, or add it to the sources. */
export function App() {
  const service = useService();
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [selected, setSelected] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState<Adding | null>(null);
  const windowId = useRef<number | undefined>(undefined);
  const searchNumber = useRef(0);
  const list = useRef<HTMLUListElement>(null);
  const lastQuery = useStorageItem(lastQueryItem);
  const restored = useRef(false);
  /** 'slow': a search has been under way for SLOW_SEARCH_MS and the popup says so. */
  const [searching, setSearching] = useState<'no' | 'yes' | 'slow'>('no');
  /** Whether the background had its search index when the popup opened (null until it said). */
  const indexed = useRef<boolean | null>(null);
  const [filters, setFilters] = useState<SearchOptions>({});
  const [filtersOpen, setFiltersOpen] = useState(false);
  /** What the filters offer, read when they are first opened. */
  const [choices, setChoices] = useState<{ stories: Array<{ id: string; title: string }>; outlets: string[] }>({
    stories: [],
    outlets: [],
  });

  function toggleFilters() {
    if (!filtersOpen && choices.outlets.length === 0) {
      Promise.all([service.listStories(), service.listSources()]).then(
        ([stories, sources]) =>
          setChoices({
            stories: stories.filter((s) => s.articles.length > 1).map(({ id, title }) => ({ id, title })),
            outlets: [...new Set(sources.map((s) => s.meta.outlet))].sort((a, b) => a.localeCompare(b)),
          }),
        (err: unknown) => setError(readerMessage(err)),
      );
    }
    setFiltersOpen(!filtersOpen);
  }

  useEffect(() => {
    // Known before any click: opening the panel must not wait (user gesture).
    void getCurrentWindowId().then((id) => (windowId.current = id));
  }, []);

  useEffect(() => {
    service.isSearchIndexBuilt().then(
      (built) => (indexed.current = built),
      () => undefined,
    );
  }, [service]);

  useEffect(() => {
    // The last search comes back once, when first read; later writes are this popup's own.
    const q = lastQuery.value;
    if (restored.current || q === undefined) return;
    restored.current = true;
    if (q) setQuery((current) => current || q);
  }, [lastQuery.value]);

  useEffect(() => {
    const mine = ++searchNumber.current;
    const timer = setTimeout(() => {
      void lastQuery.set(query);
      if (!query.trim()) {
        setSearching('no');
        return setHits([]);
      }
      setSearching('yes');
      const slow = setTimeout(() => mine === searchNumber.current && setSearching('slow'), SLOW_SEARCH_MS);
      service.search(query, 20, filters).then(
        (found) => {
          clearTimeout(slow);
          if (mine !== searchNumber.current) return;
          setHits(found);
          setSelected(0);
          setError(null);
          setSearching('no');
        },
        (err: unknown) => {
          clearTimeout(slow);
          if (mine !== searchNumber.current) return;
          setError(readerMessage(err));
          setSearching('no');
        },
      );
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, service, filters]);

  useEffect(() => {
    list.current?.querySelector('.is-selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  function open(path: PanelPath) {
    openPanel(windowId.current, path).then(
      () => window.close(),
      (err: unknown) => setError(readerMessage(err)),
    );
  }

  function openHit(hit: SearchHit) {
    // The reader's own sources are pages they read: open the page itself. Shipped ones open in the panel.
    if (isUserSourceId(hit.sourceId) && hit.url) {
      openTab(hit.url).then(
        () => window.close(),
        (err: unknown) => setError(readerMessage(err)),
      );
      return;
    }
    open(getPanelPath({ kind: 'source', sourceId: hit.sourceId, index: hit.sourceIndex, tabId: undefined }));
  }

  async function addThisPage() {
    setAdding({ state: 'busy' });
    try {
      const tabId = await getTargetTabId();
      if (tabId === undefined) throw new ReaderError(i18n.t('popup.noPage'));
      setAdding({ state: 'done', added: await service.addSourceFromTab(tabId) });
    } catch (err) {
      setAdding({ state: 'failed', message: readerMessage(err) });
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setSelected((selected + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setSelected((selected - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter' && hits[selected]) {
      event.preventDefault();
      openHit(hits[selected]);
    }
  }

  return (
    <main class="popup">
      <div class="popup-bar">
        <input
          type="search"
          class="search-input"
          placeholder={i18n.t('popup.searchPlaceholder')}
          aria-label={i18n.t('popup.searchLabel')}
          role="combobox"
          // Preact's types ask a combobox input for `list` (a <datalist> id); the listbox below is ours.
          list={undefined}
          aria-autocomplete="list"
          aria-expanded={hits.length > 0}
          aria-controls="hits"
          aria-activedescendant={hits.length ? `hit-${selected}` : undefined}
          autoFocus
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" class="button" onClick={() => open(getPanelPath({ kind: 'tab', tabId: undefined }))}>
          {i18n.t('popup.compare')}
        </button>
      </div>
      <div class="popup-actions">
        <button
          type="button"
          class="button button-secondary"
          onClick={() => void addThisPage()}
          disabled={adding?.state === 'busy'}
        >
          {i18n.t('popup.addPage')}
        </button>
        <button type="button" class="link-button" onClick={() => void openOptionsPage()}>
          {i18n.t('popup.manageSources')}
        </button>
        <StoriesLink onOpened={() => window.close()} />
      </div>
      <SearchFilters
        stories={choices.stories}
        outlets={choices.outlets}
        value={filters}
        onChange={setFilters}
        open={filtersOpen}
        onToggle={toggleFilters}
      />
      <MemoryLine getTabId={getTargetTabId} />
      <InterruptedImportNotice />
      <p class={`popup-added popup-added-${adding?.state ?? 'idle'}`} role="status">
        {adding && <AddingStatus adding={adding} />}
      </p>
      {error && (
        <p class="popup-error" role="alert">
          {error}
        </p>
      )}
      <p class="popup-searching" role="status">
        {searching === 'slow' &&
          (indexed.current === false ? i18n.t('popup.buildingIndex') : i18n.t('popup.searching'))}
      </p>
      {query.trim() && hits.length === 0 && !error && searching === 'no' && (
        <p class="popup-empty">{i18n.t('popup.noMatch')}</p>
      )}
      {/* Focusable so the list scrolls by keyboard too; the input drives it with aria-activedescendant. */}
      <ul id="hits" role="listbox" aria-label={i18n.t('popup.hitsLabel')} class="hits" ref={list} tabIndex={0}>
        {hits.map((hit, i) => (
          <SearchHitItem
            key={`${hit.sourceId}:${hit.sourceIndex}`}
            id={`hit-${i}`}
            hit={hit}
            selected={i === selected}
            onOpen={() => openHit(hit)}
            onHover={() => setSelected(i)}
          />
        ))}
      </ul>
      {!query.trim() && <p class="popup-hint">{i18n.t('popup.hint')}</p>}
    </main>
  );
}

/** What adding the page came to: under way, the source added (its headline is the article's, in English), or why not. */
function AddingStatus({ adding }: { adding: Adding }) {
  if (adding.state === 'busy') return <>{i18n.t('popup.reading')}</>;
  if (adding.state === 'failed') return <>{adding.message}</>;
  const { meta, statementCount } = adding.added;
  const message = i18n.t('popup.added', { headline: '{headline}', outlet: '{outlet}', statements: '{statements}' });
  return (
    <>
      {fillMessage(message, {
        headline: <span lang="en">{meta.headline}</span>,
        outlet: <span lang="en">{meta.outlet}</span>,
        statements: <>{i18n.t('popup.statements', statementCount, { count: formatNumber(statementCount) })}</>,
      })}
    </>
  );
}
