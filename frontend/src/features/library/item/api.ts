import { useInfiniteQuery, useQuery, type InfiniteData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { graphql } from '../../../gql';
import type { ChildFieldsFragment, ItemChildrenQuery, LibraryItemQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql';
import { flattenPages, nextCursor } from '../api';
import { libraryKeys } from '../keys';

/** How many seasons or episodes load at a time. */
export const CHILDREN_PAGE_SIZE = 50;

// Seasons of a show and episodes of a season share one shape.
export const ChildFields = graphql(`
  fragment ChildFields on MediaItem {
    id
    type
    title
    index
    parentIndex
    year
    durationMs
    watched
    leafCount
    childCount
    posterUrl(width: 300)
  }
`);

const LibraryItemQueryDoc = graphql(`
  query LibraryItem($id: ID!, $children: Int!) {
    libraryItem(id: $id) {
      id
      type
      title
      year
      summary
      genres
      rating
      contentRating
      durationMs
      index
      parentIndex
      leafCount
      childCount
      watched
      tmdbId
      imdbId
      addedAt
      posterUrl(width: 300)
      artUrl
      plexUrl
      parent {
        id
        type
        title
        index
        parent {
          id
          type
          title
        }
      }
      children(first: $children) {
        edges {
          cursor
          node {
            ...ChildFields
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

const ItemChildrenQuery = graphql(`
  query ItemChildren($id: ID!, $first: Int!, $after: String) {
    libraryItem(id: $id) {
      id
      children(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...ChildFields
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

export type MediaDetail = NonNullable<LibraryItemQuery['libraryItem']>;
export type ChildItem = ChildFieldsFragment;
export type ChildrenPage = NonNullable<ItemChildrenQuery['libraryItem']>['children'];
export type ChildrenData = InfiniteData<ChildrenPage, string | null>;

export function useLibraryItem(id: string) {
  return useQuery({
    queryKey: libraryKeys.item(id),
    queryFn: ({ signal }) => request(LibraryItemQueryDoc, { id, children: CHILDREN_PAGE_SIZE }, { signal }).then((d) => d.libraryItem),
    staleTime: 60_000,
  });
}

const EMPTY_PAGE: ChildrenPage = { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };

/**
 * A show's seasons or a season's episodes, a page at a time. `firstPage` (from the item's own query) saves
 * the first round trip; without it (a season card expanded on its show's page) they load when `enabled`.
 */
export function useItemChildren(parentId: string, { enabled = true, firstPage }: { enabled?: boolean; firstPage?: ChildrenPage } = {}) {
  const query = useInfiniteQuery<ChildrenPage, Error, ChildrenData, ReturnType<typeof libraryKeys.children>, string | null>({
    queryKey: libraryKeys.children(parentId, CHILDREN_PAGE_SIZE),
    queryFn: ({ pageParam, signal }) =>
      request(ItemChildrenQuery, { id: parentId, first: CHILDREN_PAGE_SIZE, after: pageParam }, { signal }).then(
        (d) => d.libraryItem?.children ?? EMPTY_PAGE,
      ),
    initialPageParam: null,
    getNextPageParam: nextCursor,
    initialData: firstPage ? { pages: [firstPage], pageParams: [null] } : undefined,
    enabled,
    staleTime: 60_000,
  });
  const items = useMemo(() => (query.data ? flattenPages(query.data.pages) : []), [query.data]);
  return { ...query, items };
}
