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
  episodes: (seasonId: string) => ['library', 'episodes', seasonId] as const,
  search: (query: string, first: number) => ['library', 'search', query, first] as const,
  collections: (sectionId: string | null, first: number) => ['library', 'collections', { sectionId, first }] as const,
};
