import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery, useQuery, type InfiniteData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type {
  LibraryCollectionQuery,
  LibraryCollectionsQuery,
  LibraryItemsQuery,
  LibrarySearchQuery,
  PosterFieldsFragment,
} from '../../gql/graphql';
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
  return data ? flattenPages(data.pages) : [];
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
    getNextPageParam: nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
  const items = useMemo(() => flattenItems(query.data), [query.data]);
  const totalCount = query.data?.pages[0]?.totalCount ?? 0;
  return { ...query, items, totalCount };
}

const LibrarySearchQuery = graphql(`
  query LibrarySearch($query: String!, $first: Int!, $after: String) {
    librarySearch(query: $query, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PosterFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** A page of items without a total (search, recently added, a collection's or an item's children). */
export interface ItemPage<TItem> {
  edges: ReadonlyArray<{ node: TItem }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The cursor of the page after `last`, or undefined at the end (for getNextPageParam). */
export function nextCursor(last: { pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | null | undefined): string | undefined {
  return last?.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined;
}

/** Every loaded node of paged data, in order, without duplicates (offset cursors can repeat one after a sync). */
export function flattenPages<TItem extends { id: string }>(pages: ReadonlyArray<ItemPage<TItem> | null | undefined>): TItem[] {
  const seen = new Set<string>();
  const out: TItem[] = [];
  for (const page of pages) {
    if (!page) continue;
    for (const edge of page.edges) {
      if (seen.has(edge.node.id)) continue;
      seen.add(edge.node.id);
      out.push(edge.node);
    }
  }
  return out;
}

export type SearchPage = LibrarySearchQuery['librarySearch'];
export type SearchData = InfiniteData<SearchPage, string | null>;

/** Query options for a search, shared by the hook and by Enter (which may not wait for the debounce). */
export function searchQueryOptions(query: string, first: number) {
  return infiniteQueryOptions<SearchPage, Error, SearchData, ReturnType<typeof libraryKeys.search>, string | null>({
    queryKey: libraryKeys.search(query, first),
    queryFn: ({ pageParam, signal }) =>
      request(LibrarySearchQuery, { query, first, after: pageParam }, { signal }).then((d) => d.librarySearch),
    initialPageParam: null,
    getNextPageParam: nextCursor,
    staleTime: 60_000,
  });
}

/** Titles matching `text` (already debounced by the caller), a page at a time; idle while the text is blank. */
export function useLibrarySearch(text: string, first: number) {
  const query = text.trim();
  const result = useInfiniteQuery({
    ...searchQueryOptions(query, first),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
  const items = useMemo(() => (result.data ? flattenPages(result.data.pages) : undefined), [result.data]);
  return { ...result, items };
}

/** How many collections the grid loads at a time. */
export const COLLECTIONS_PAGE_SIZE = 50;
/** How many of a collection's titles its dialog loads at a time (whole rows of 3 or 4 columns). */
export const COLLECTION_ITEMS_PAGE_SIZE = 24;

const LibraryCollectionsQueryDoc = graphql(`
  query LibraryCollections($sectionId: ID, $first: Int!, $after: String) {
    libraryCollections(sectionId: $sectionId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          sectionId
          title
          summary
          itemCount
          posterUrl(width: 300)
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

const LibraryCollectionQueryDoc = graphql(`
  query LibraryCollection($id: ID!, $first: Int!, $after: String) {
    libraryCollection(id: $id) {
      id
      title
      summary
      itemCount
      items(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...PosterFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export type CollectionsPage = LibraryCollectionsQuery['libraryCollections'];
export type CollectionsData = InfiniteData<CollectionsPage, string | null>;
export type LibraryCollection = CollectionsPage['edges'][number]['node'];
export type CollectionDetailPage = LibraryCollectionQuery['libraryCollection'];
export type CollectionDetailData = InfiniteData<CollectionDetailPage, string | null>;

/** Plex collections of one section (or all), by title, a page at a time. */
export function useLibraryCollections(sectionId: string | null, enabled = true, pageSize = COLLECTIONS_PAGE_SIZE) {
  const query = useInfiniteQuery<CollectionsPage, Error, CollectionsData, ReturnType<typeof libraryKeys.collections>, string | null>({
    queryKey: libraryKeys.collections(sectionId, pageSize),
    queryFn: ({ pageParam, signal }) =>
      request(LibraryCollectionsQueryDoc, { sectionId, first: pageSize, after: pageParam }, { signal }).then((d) => d.libraryCollections),
    initialPageParam: null,
    getNextPageParam: nextCursor,
    enabled,
    // Switching sections keeps the last grid (dimmed) until the next one arrives.
    placeholderData: keepPreviousData,
  });
  const collections = useMemo(() => (query.data ? flattenPages(query.data.pages) : []), [query.data]);
  const totalCount = query.data?.pages[0]?.totalCount ?? 0;
  return { ...query, collections, totalCount };
}

/** One collection's titles in Plex's order, a page at a time (loaded when its dialog opens). */
export function useCollectionItems(id: string | null, pageSize = COLLECTION_ITEMS_PAGE_SIZE) {
  const query = useInfiniteQuery<CollectionDetailPage, Error, CollectionDetailData, ReturnType<typeof libraryKeys.collection>, string | null>({
    queryKey: libraryKeys.collection(id ?? '', pageSize),
    queryFn: ({ pageParam, signal }) =>
      request(LibraryCollectionQueryDoc, { id: id ?? '', first: pageSize, after: pageParam }, { signal }).then((d) => d.libraryCollection),
    initialPageParam: null,
    getNextPageParam: (last) => nextCursor(last?.items),
    enabled: id !== null,
    staleTime: 60_000,
  });
  const items = useMemo(() => (query.data ? flattenPages(query.data.pages.map((p) => p?.items)) : []), [query.data]);
  const collection = query.data?.pages[0] ?? null;
  return { ...query, items, collection };
}
