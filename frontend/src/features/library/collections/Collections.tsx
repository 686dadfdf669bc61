import { useState } from 'react';
import { Card } from '../../../components/Card';
import { Dialog } from '../../../components/Dialog';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { CollectionIcon } from '../../../components/icons';
import { LoadMore } from '../../../components/LoadMore';
import { useCollectionItems, useLibraryCollections, type LibraryCollection } from '../api';
import { Poster } from '../Poster';
import { PosterCard } from '../PosterCard';
import { GRID_COLUMNS, PosterSkeletons } from '../PosterGrid';
import '../poster.css';

export function titleCount(n: number): string {
  return n === 1 ? '1 title' : `${n.toLocaleString()} titles`;
}

/** One collection in the grid: its poster (its first item's), title and size; opens its titles. */
function CollectionCard({ collection, onOpen }: { collection: LibraryCollection; onOpen: () => void }) {
  return (
    <li>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-label={`${collection.title}, ${titleCount(collection.itemCount)}`}
        onClick={onOpen}
        data-testid="collection-card"
        data-collection-id={collection.id}
        className="group block w-full rounded-lg text-left focus-visible:outline-offset-4"
      >
        <Poster
          title={collection.title}
          url={collection.posterUrl}
          className="shadow-sm ring-1 ring-black/5 transition duration-200 group-hover:shadow-lg group-hover:ring-accent/40 motion-safe:group-hover:-translate-y-0.5 dark:ring-white/10"
        >
          <span
            aria-hidden="true"
            className="absolute bottom-1.5 left-1.5 inline-flex items-center gap-1 rounded-full bg-black/70 px-2 py-0.5 text-[11px] font-medium text-white"
          >
            <CollectionIcon size={12} />
            {collection.itemCount}
          </span>
        </Poster>
        <span className="mt-2 line-clamp-2 block text-sm leading-snug font-medium text-fg group-hover:text-accent-text">
          {collection.title}
        </span>
        <span className="mt-0.5 block truncate text-xs text-fg-subtle">
          {titleCount(collection.itemCount)}
        </span>
      </button>
    </li>
  );
}

/** Placeholder posters while a collection's titles load. */
function DialogPosterSkeletons() {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">Loading the titles…</span>
      <div className="grid grid-cols-3 gap-x-3 gap-y-5 sm:grid-cols-4">
        <PosterSkeletons count={8} />
      </div>
    </div>
  );
}

/** The titles of an open collection, loaded a page at a time with "Load more". */
function CollectionTitles({ collection }: { collection: LibraryCollection }) {
  const query = useCollectionItems(collection.id);
  const { items } = query;
  if (query.status === 'pending') return <DialogPosterSkeletons />;
  if (query.status === 'error' && items.length === 0) {
    return (
      <ErrorState
        error={query.error}
        title="Couldn't load this collection"
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (items.length === 0) {
    return <p className="text-sm text-fg-muted">None of this collection's titles are in the library yet.</p>;
  }
  const total = query.collection?.itemCount ?? collection.itemCount;
  return (
    <>
      <ul role="list" aria-label={`Titles in ${collection.title}`} className="grid grid-cols-3 gap-x-3 gap-y-5 sm:grid-cols-4">
        {items.map((item) => (
          <PosterCard key={item.id} item={item} sizes="(min-width: 640px) 110px, 28vw" />
        ))}
      </ul>
      {query.isFetchingNextPage ? (
        <div aria-hidden="true" className="mt-5 grid grid-cols-3 gap-x-3 gap-y-5 sm:grid-cols-4">
          <PosterSkeletons count={4} />
        </div>
      ) : null}
      <LoadMore
        className="mt-5"
        hasNextPage={query.hasNextPage}
        isFetchingNextPage={query.isFetchingNextPage}
        isFetchNextPageError={query.isFetchNextPageError}
        error={query.error}
        onLoadMore={() => void query.fetchNextPage({ cancelRefetch: false })}
        errorTitle="Couldn't load more titles"
        status={
          query.hasNextPage
            ? `Showing ${items.length} of ${titleCount(Math.max(total, items.length))}`
            : items.length < total
              ? `${items.length} of ${titleCount(total)} are in the library. Plex shows the whole collection.`
              : ''
        }
      />
    </>
  );
}

/** A collection's titles as posters, each linking to its page. */
export function CollectionDialog({ collection, onClose }: { collection: LibraryCollection | null; onClose: () => void }) {
  return (
    <Dialog
      open={collection !== null}
      onClose={onClose}
      title={collection?.title ?? ''}
      description={collection?.summary || undefined}
      testId="collection-dialog"
    >
      {collection ? <CollectionTitles key={collection.id} collection={collection} /> : null}
    </Dialog>
  );
}

interface CollectionsViewProps {
  sectionId: string | null;
  /** The section shown, for the empty state and the list's name; null for every section. */
  sectionTitle: string | null;
}

/** The "Collections" view of the library page: a poster grid of Plex collections, each opening its titles. */
export function CollectionsView({ sectionId, sectionTitle }: CollectionsViewProps) {
  const collections = useLibraryCollections(sectionId);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = collections.collections;
  const open = list.find((c) => c.id === openId) ?? null;

  if (collections.isPending) {
    return (
      <div role="status" aria-busy="true" className="@container">
        <span className="sr-only">Loading collections…</span>
        <div className={GRID_COLUMNS}>
          <PosterSkeletons count={12} />
        </div>
      </div>
    );
  }
  if (collections.isError && list.length === 0) {
    return (
      <Card>
        <ErrorState
          error={collections.error}
          title="Couldn't load the collections"
          onRetry={() => void collections.refetch()}
          retrying={collections.isFetching}
        />
      </Card>
    );
  }
  if (list.length === 0) {
    return (
      <Card>
        <EmptyState icon={<CollectionIcon size={22} />} title={sectionTitle ? `${sectionTitle} has no collections` : 'No collections yet'}>
          Collections made in Plex (and downloaded playlists) show up here after the next library sync.
        </EmptyState>
      </Card>
    );
  }
  return (
    <div
      aria-busy={collections.isPlaceholderData || undefined}
      className={`@container ${collections.isPlaceholderData ? 'opacity-60 transition-opacity' : ''}`}
    >
      <ul role="list" aria-label={sectionTitle ? `Collections in ${sectionTitle}` : 'Collections'} className={GRID_COLUMNS}>
        {list.map((collection) => (
          <CollectionCard key={collection.id} collection={collection} onOpen={() => setOpenId(collection.id)} />
        ))}
      </ul>
      {collections.isFetchingNextPage ? (
        <div aria-hidden="true" className={`mt-5 sm:mt-6 ${GRID_COLUMNS}`}>
          <PosterSkeletons count={6} />
        </div>
      ) : null}
      <LoadMore
        className="mt-6"
        hasNextPage={collections.hasNextPage}
        isFetchingNextPage={collections.isFetchingNextPage}
        isFetchNextPageError={collections.isFetchNextPageError}
        error={collections.error}
        onLoadMore={() => void collections.fetchNextPage({ cancelRefetch: false })}
        label="Load more collections"
        errorTitle="Couldn't load more collections"
        status={collections.hasNextPage ? `Showing ${list.length} of ${collections.totalCount} collections` : ''}
      />
      <CollectionDialog collection={open} onClose={() => setOpenId(null)} />
    </div>
  );
}
