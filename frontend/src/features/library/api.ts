import { keepPreviousData, queryOptions, useInfiniteQuery, useQuery, type InfiniteData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { LibraryCollectionsQuery, LibraryItemsQuery, PosterFieldsFragment } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { libraryKeys, type LibraryFilter } from './keys';

/** What a poster card needs; shared by the grid, search results and the dashboard. */
export const PosterFields = graphql(`
  fragment PosterFields on MediaItem {
    id
    title
    year
    type
    posterUrl(width: 300)
    genres
    watched
    rating
  }
`);

export type PosterItem = PosterFieldsFragment;

const LibrarySectionsQuery = graphql(`
  query LibrarySections {
    librarySections {
      id
      title
      type
      itemCount
      syncedAt
    }
  }
`);

const LibraryStatusQuery = graphql(`
  query LibraryStatus {
    libraryStatus {
      plexReachable
      breakerOpen
      lastSyncAt
      itemCount
    }
  }
`);

export const LibraryItemsQueryDoc = graphql(`
  query LibraryItems(
    $first: Int!
    $after: String
    $sectionId: ID
    $type: MediaType
    $year: Int
    $genre: String
    $unwatched: Boolean
    $sort: LibrarySort!
  ) {
    libraryItems(
      first: $first
      after: $after
      sectionId: $sectionId
      type: $type
      year: $year
      genre: $genre
      unwatched: $unwatched
      sort: $sort
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PosterFields
        }
      }
    }
  }
`);

export type LibraryPage = LibraryItemsQuery['libraryItems'];
export type LibraryData = InfiniteData<LibraryPage, string | null>;

export function useLibrarySections() {
  return useQuery({
    queryKey: libraryKeys.sections(),
    queryFn: ({ signal }) => request(LibrarySectionsQuery, {}, { signal }).then((d) => d.librarySections),
    staleTime: 5 * 60_000,
  });
}

/** Whether Plex answers and when the library was last synced; polled gently while a library page is open. */
export function useLibraryStatus() {
  return useQuery({
    queryKey: libraryKeys.status(),
    queryFn: ({ signal }) => request(LibraryStatusQuery, {}, { signal }).then((d) => d.libraryStatus),
    refetchInterval: 60_000,
  });
}

/** Every loaded item in order, without duplicates (offset cursors can repeat one after a sync). */
export function flattenItems(data: LibraryData | undefined): PosterItem[] {
  if (!data) return [];
  const seen = new Set<string>();
  const out: PosterItem[] = [];
  for (const page of data.pages) {
    for (const edge of page.edges) {
      if (seen.has(edge.node.id)) continue;
      seen.add(edge.node.id);
      out.push(edge.node);
    }
  }
  return out;
}

export const LIBRARY_PAGE_SIZE = 60; // divides evenly into 3, 4, 5 and 6 columns

/** The poster grid's pages, fetched with cursor paging as the viewer scrolls. */
export function useLibraryItems(filter: LibraryFilter, pageSize = LIBRARY_PAGE_SIZE, enabled = true) {
  const query = useInfiniteQuery<LibraryPage, Error, LibraryData, ReturnType<typeof libraryKeys.items>, string | null>({
    queryKey: libraryKeys.items(filter, pageSize),
    queryFn: async ({ pageParam, signal }) => {
      const data = await request(
        LibraryItemsQueryDoc,
        {
          first: pageSize,
          after: pageParam,
          sectionId: filter.sectionId,
          type: filter.type,
          year: filter.year,
          genre: filter.genre,
          unwatched: filter.unwatched ? true : null,
          sort: filter.sort,
        },
        { signal },
      );
      return data.libraryItems;
    },
    initialPageParam: null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
    enabled,
  });
  const items = useMemo(() => flattenItems(query.data), [query.data]);
  const totalCount = query.data?.pages[0]?.totalCount ?? 0;
  return { ...query, items, totalCount };
}

const LibrarySearchQuery = graphql(`
  query LibrarySearch($query: String!, $first: Int!) {
    librarySearch(query: $query, first: $first) {
      ...PosterFields
    }
  }
`);

/** Query options for a search, shared by the hook and by Enter (which may not wait for the debounce). */
export function searchQueryOptions(query: string, first: number) {
  return queryOptions({
    queryKey: libraryKeys.search(query, first),
    queryFn: ({ signal }) => request(LibrarySearchQuery, { query, first }, { signal }).then((d) => d.librarySearch),
    staleTime: 60_000,
  });
}

/** Titles matching `text` (already debounced by the caller); idle while the text is blank. */
export function useLibrarySearch(text: string, first: number) {
  const query = text.trim();
  return useQuery({
    ...searchQueryOptions(query, first),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}

export const COLLECTIONS_LIMIT = 50;
/** How many of a collection's titles come with the grid (its dialog shows them). */
export const COLLECTION_ITEMS = 12;

const LibraryCollectionsQueryDoc = graphql(`
  query LibraryCollections($sectionId: ID, $first: Int!, $items: Int!) {
    libraryCollections(sectionId: $sectionId, first: $first) {
      id
      sectionId
      title
      summary
      itemCount
      posterUrl(width: 300)
      items(first: $items) {
        ...PosterFields
      }
    }
  }
`);

export type LibraryCollection = LibraryCollectionsQuery['libraryCollections'][number];

/** Plex collections of one section (or all), by title, each with its first titles. */
export function useLibraryCollections(sectionId: string | null, enabled = true) {
  return useQuery<LibraryCollection[], Error, LibraryCollection[], ReturnType<typeof libraryKeys.collections>>({
    queryKey: libraryKeys.collections(sectionId, COLLECTIONS_LIMIT),
    queryFn: ({ signal }) =>
      request(LibraryCollectionsQueryDoc, { sectionId, first: COLLECTIONS_LIMIT, items: COLLECTION_ITEMS }, { signal }).then(
        (d) => d.libraryCollections,
      ),
    enabled,
    // Switching sections keeps the last grid (dimmed) until the next one arrives.
    placeholderData: keepPreviousData,
  });
}
