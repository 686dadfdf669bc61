import type { MediaRequestFieldsFragment, RequestableType, RequestStatus } from '../../gql/graphql';

export type MediaRequest = MediaRequestFieldsFragment;

/** What the managers' "All requests" list shows. */
export interface AllRequestsFilter {
  status: RequestStatus | null;
}

export const requestKeys = {
  root: ['requests'] as const,
  search: (query: string) => ['requests', 'search', query] as const,
  searches: () => ['requests', 'search'] as const,
  mine: (pageSize: number) => ['requests', 'mine', { pageSize }] as const,
  mineLists: () => ['requests', 'mine'] as const,
  all: (filter: AllRequestsFilter, pageSize: number) => ['requests', 'all', { ...filter, pageSize }] as const,
  allLists: () => ['requests', 'all'] as const,
  details: (mediaType: RequestableType, tmdbId: number) => ['requests', 'details', mediaType, tmdbId] as const,
};

/** The filter a cached list was loaded with (mine: none), read back from its key; null for other keys. */
export function filterFromKey(key: readonly unknown[]): AllRequestsFilter | null {
  const params = key[2];
  if (key[0] !== 'requests' || (key[1] !== 'mine' && key[1] !== 'all') || typeof params !== 'object' || params === null) {
    return null;
  }
  const { status = null } = params as Partial<AllRequestsFilter>;
  return { status };
}
