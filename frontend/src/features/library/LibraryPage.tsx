import { useEffect, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LibraryIcon, SearchIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { FeatureBanner } from '../status/FeatureBanner';
import { useLibraryItems, useLibrarySections, useLibraryStatus, type PosterItem } from './api';
import { CollectionsView } from './collections/Collections';
import { hasNarrowingFilters, useLibraryFilter, useLibraryView } from './filters';
import { LibraryFilters } from './LibraryFilters';
import { LibraryNotSynced } from './LibraryNotSynced';
import { LibraryStatusBanner } from './LibraryStatusBanner';
import { PosterGrid, PosterGridSkeleton } from './PosterGrid';
import { sectionTabId, SectionTabs } from './SectionTabs';
import { useScrollMemory } from './useScrollMemory';
import { useSyncJob } from './useSyncJob';
import { ViewToggle } from './ViewToggle';

const SINGLE_TYPE_SECTIONS = new Set(['movie', 'show']);

/** Every genre seen in loaded pages so far, sorted; it only grows, so the picker stays stable while filtering. */
function useSeenGenres(items: PosterItem[]): string[] {
  const [genres, setGenres] = useState<string[]>([]);
  useEffect(() => {
    setGenres((previous) => {
      const known = new Set(previous);
      const before = known.size;
      for (const item of items) for (const genre of item.genres) known.add(genre);
      return known.size === before ? previous : [...known].sort((a, b) => a.localeCompare(b));
    });
  }, [items]);
  return genres;
}

export function LibraryPage() {
  const [filter, updateFilter] = useLibraryFilter();
  const [view, setView] = useLibraryView();
  const showCollections = view === 'collections';
  const sections = useLibrarySections();
  const status = useLibraryStatus();
  const list = useLibraryItems(filter, undefined, !showCollections);
  const sync = useSyncJob();
  const genres = useSeenGenres(list.items);
  const baseId = useId();
  const panelId = `${baseId}-panel`;
  useScrollMemory(list.status === 'success');

  const section = sections.data?.find((s) => s.id === filter.sectionId) ?? null;
  const mixed = section === null || !SINGLE_TYPE_SECTIONS.has(section.type);
  const notSynced = status.data?.itemCount === 0 || sync.running;
  const narrowed = hasNarrowingFilters(filter);
  const clearFilters = (): void => updateFilter({ type: null, year: null, genre: null, unwatched: false });

  let content;
  if (showCollections) {
    content = <CollectionsView sectionId={filter.sectionId} sectionTitle={section?.title ?? null} />;
  } else if (list.status === 'pending') {
    content = <PosterGridSkeleton />;
  } else if (list.status === 'error' && list.items.length === 0) {
    content = (
      <Card>
        <ErrorState error={list.error} title="Couldn't load the library" onRetry={() => void list.refetch()} retrying={list.isRefetching} />
      </Card>
    );
  } else if (list.items.length === 0) {
    content = (
      <Card>
        {narrowed ? (
          <EmptyState
            icon={<SearchIcon size={22} />}
            title="No titles match these filters"
            action={<Button onClick={clearFilters}>Clear filters</Button>}
          >
            Try another genre or year, or include titles you've already watched.
          </EmptyState>
        ) : (
          <EmptyState icon={<LibraryIcon size={22} />} title={section ? `${section.title} is empty` : 'The library is empty'}>
            Nothing has been added to {section ? 'this section' : 'Plex'} yet. New titles show up here after the next sync.
          </EmptyState>
        )}
      </Card>
    );
  } else {
    content = (
      <div aria-busy={list.isPlaceholderData || undefined} className={list.isPlaceholderData ? 'opacity-60 transition-opacity' : ''}>
        <PosterGrid
          label={section?.title ?? 'All titles'}
          mixed={mixed && filter.type === null}
          items={list.items}
          totalCount={list.totalCount}
          hasNextPage={list.hasNextPage}
          isFetchingNextPage={list.isFetchingNextPage}
          isFetchNextPageError={list.isFetchNextPageError}
          error={list.error}
          onLoadMore={() => void list.fetchNextPage({ cancelRefetch: false })}
        />
      </div>
    );
  }

  return (
    <>
      <title>{section ? `${section.title} · Library · MediaNest` : 'Library · MediaNest'}</title>
      <PageHeader title="Library" description="Browse the movies and shows on this Plex server." />
      <FeatureBanner name="library" />
      <LibraryStatusBanner />
      {notSynced ? (
        <Card>
          <LibraryNotSynced sync={sync} />
        </Card>
      ) : (
        <>
          <div className="mb-5 space-y-4">
            <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-start sm:justify-between">
              {sections.data && sections.data.length > 0 ? (
                <div className="min-w-0 flex-1">
                  <SectionTabs
                    baseId={baseId}
                    panelId={panelId}
                    sections={sections.data}
                    value={filter.sectionId}
                    onChange={(sectionId) => updateFilter({ sectionId, type: null, genre: null })}
                  />
                </div>
              ) : null}
              <ViewToggle value={view} onChange={setView} />
            </div>
            {showCollections ? null : (
              <div className="flex flex-col gap-3 lg:flex-row lg:items-end lg:justify-between">
                <LibraryFilters filter={filter} onChange={updateFilter} showType={mixed} genres={genres} />
                {list.status === 'success' && list.items.length > 0 ? (
                  <p className="shrink-0 text-sm text-fg-subtle tabular-nums">
                    {list.totalCount === 1 ? '1 title' : `${list.totalCount.toLocaleString()} titles`}
                  </p>
                ) : null}
              </div>
            )}
          </div>
          <div
            id={panelId}
            role={sections.data && sections.data.length > 0 ? 'tabpanel' : undefined}
            aria-labelledby={sections.data && sections.data.length > 0 ? sectionTabId(baseId, section?.id ?? null) : undefined}
          >
            {content}
          </div>
        </>
      )}
    </>
  );
}
