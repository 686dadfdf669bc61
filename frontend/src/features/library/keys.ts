import type { LibrarySort, MediaType } from '../../gql/graphql';

export type { LibrarySort, MediaType };

/** What the library grid shows; mirrored in the URL (see filters.ts). */
export interface LibraryFilter {
  sectionId: string | null;
  type: Extract<MediaType, 'MOVIE' | 'SHOW'> | null;
  year: number | null;
  genre: string | null;
  unwatched: boolean;
  sort: LibrarySort;
}

export const DEFAULT_FILTER: LibraryFilter = {
  sectionId: null,
  type: null,
  year: null,
  genre: null,
  unwatched: false,
  sort: 'TITLE',
};

export const libraryKeys = {
  all: ['library'] as const,
  sections: () => ['library', 'sections'] as const,
  status: () => ['library', 'status'] as const,
  items: (filter: LibraryFilter, pageSize: number) => ['library', 'items', { ...filter, pageSize }] as const,
  item: (id: string) => ['library', 'item', id] as const,
  /** An item's children (a show's seasons, a season's episodes), a page at a time. */
  children: (parentId: string, pageSize: number) => ['library', 'children', parentId, pageSize] as const,
  search: (query: string, first: number) => ['library', 'search', query, first] as const,
  collections: (sectionId: string | null, first: number) => ['library', 'collections', { sectionId, first }] as const,
  /** One collection's titles, a page at a time. */
  collection: (id: string, first: number) => ['library', 'collection', id, first] as const,
};
