import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type {
  AllRequestsQuery,
  MediaDetailsQuery,
  MediaSearchQuery,
  RequestMediaInput,
  RequestMediaMutation,
  RequestableType,
  RequestStatus,
  UpdateRequestResultFieldsFragment,
} from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { applyRequestToCache, flattenRequests, markSearchResult, removeRequestFromCache, type RequestsData } from './cache';
import { requestKeys, type AllRequestsFilter } from './keys';

/** Every field the UI shows for a request; shared by the lists, the mutations and the live subscription. */
export const MediaRequestFields = graphql(`
  fragment MediaRequestFields on MediaRequest {
    id
    mediaType
    tmdbId
    title
    year
    seasons
    is4k
    note
    status
    declineReason
    error
    createdAt
    updatedAt
    posterUrl
  }
`);

const MediaSearchQueryDoc = graphql(`
  query MediaSearch($query: String!, $page: Int!) {
    mediaSearch(query: $query, page: $page) {
      page
      totalPages
      results {
        mediaType
        tmdbId
        title
        year
        overview
        posterUrl
        availability
        plexItem {
          id
        }
      }
    }
  }
`);

const MediaDetailsQueryDoc = graphql(`
  query MediaDetails($mediaType: RequestableType!, $tmdbId: Int!) {
    mediaDetails(mediaType: $mediaType, tmdbId: $tmdbId) {
      mediaType
      tmdbId
      title
      year
      overview
      posterUrl
      backdropUrl
      status
      plexItem {
        id
      }
      seasons {
        number
        name
        episodes
        status
        requested
      }
      requests {
        id
        status
        seasons
        requestedBy {
          displayName
        }
      }
    }
  }
`);

const MyRequestsQuery = graphql(`
  query MyRequests($first: Int!, $after: String) {
    myRequests(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...MediaRequestFields
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

const AllRequestsQueryDoc = graphql(`
  query AllRequests($first: Int!, $after: String, $status: RequestStatus) {
    allRequests(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          ...MediaRequestFields
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

const RequestMediaMutationDoc = graphql(`
  mutation RequestMedia($input: RequestMediaInput!) {
    requestMedia(input: $input) {
      __typename
      ... on RequestCreated {
        request {
          ...MediaRequestFields
        }
      }
      ... on RequestQueued {
        request {
          ...MediaRequestFields
        }
      }
      ... on AlreadyRequested {
        request {
          ...MediaRequestFields
        }
      }
      ... on AlreadyAvailable {
        message
      }
      ... on QuotaExceeded {
        limit
        resetsAt
      }
      ... on ValidationError {
        message
        field
      }
    }
  }
`);

export const UpdateRequestResultFields = graphql(`
  fragment UpdateRequestResultFields on UpdateRequestResult {
    __typename
    ... on RequestUpdated {
      request {
        ...MediaRequestFields
      }
    }
    ... on ValidationError {
      message
      field
    }
  }
`);

const ApproveRequestMutation = graphql(`
  mutation ApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      ...UpdateRequestResultFields
    }
  }
`);

const DeclineRequestMutation = graphql(`
  mutation DeclineRequest($id: ID!, $reason: String!) {
    declineRequest(id: $id, reason: $reason) {
      ...UpdateRequestResultFields
    }
  }
`);

const DeleteRequestMutation = graphql(`
  mutation DeleteRequest($id: ID!) {
    deleteRequest(id: $id)
  }
`);

export type SearchPage = MediaSearchQuery['mediaSearch'];
export type SearchData = InfiniteData<SearchPage, number>;
export type MediaResult = SearchPage['results'][number];
export type RequestsPage = AllRequestsQuery['allRequests'];
export type MediaDetails = MediaDetailsQuery['mediaDetails'];
export type SeasonAvailability = MediaDetails['seasons'][number];
export type RequestMediaResult = RequestMediaMutation['requestMedia'];
export type UpdateRequestResult = UpdateRequestResultFieldsFragment;
export type { RequestStatus };

/** Overseerr titles matching `text` (already debounced by the caller), page by page; idle while blank. */
export function useMediaSearch(text: string) {
  const query = text.trim();
  const result = useInfiniteQuery<SearchPage, Error, SearchData, ReturnType<typeof requestKeys.search>, number>({
    queryKey: requestKeys.search(query),
    queryFn: ({ pageParam, signal }) =>
      request(MediaSearchQueryDoc, { query, page: pageParam }, { signal }).then((d) => d.mediaSearch),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
  const results = useMemo(() => {
    const seen = new Set<string>();
    const out: MediaResult[] = [];
    for (const page of result.data?.pages ?? []) {
      for (const item of page.results) {
        const key = `${item.mediaType}:${item.tmdbId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(item);
      }
    }
    return out;
  }, [result.data]);
  return { ...result, results };
}

/** `/requests/movie/603`: the page of a title that may not be on Plex. */
export function mediaPath(mediaType: RequestableType, tmdbId: number): string {
  return `/requests/${mediaType === 'TV' ? 'tv' : 'movie'}/${tmdbId}`;
}

/** One movie or show from Overseerr: what is on Plex, each season's availability and the open requests. */
export function useMediaDetails(mediaType: RequestableType, tmdbId: number, enabled = true) {
  return useQuery({
    queryKey: requestKeys.details(mediaType, tmdbId),
    queryFn: ({ signal }) => request(MediaDetailsQueryDoc, { mediaType, tmdbId }, { signal }).then((d) => d.mediaDetails),
    enabled,
    staleTime: 30_000,
  });
}

function useRequestList<TKey extends readonly unknown[]>(
  queryKey: TKey,
  fetchPage: (after: string | null, signal: AbortSignal) => Promise<RequestsPage>,
) {
  const query = useInfiniteQuery<RequestsPage, Error, RequestsData, TKey, string | null>({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
  });
  const requests = useMemo(() => (query.data ? flattenRequests(query.data) : []), [query.data]);
  const totalCount = query.data?.pages[0]?.totalCount ?? 0;
  return { ...query, requests, totalCount };
}

/** The viewer's own requests, newest first; kept live by useLiveRequests. */
export function useMyRequests(pageSize = 20) {
  return useRequestList(requestKeys.mine(pageSize), (after, signal) =>
    request(MyRequestsQuery, { first: pageSize, after }, { signal }).then((d) => d.myRequests),
  );
}

/** Everyone's requests (request managers), optionally one status only. */
export function useAllRequests(filter: AllRequestsFilter, pageSize = 25) {
  return useRequestList(requestKeys.all(filter, pageSize), (after, signal) =>
    request(AllRequestsQueryDoc, { first: pageSize, after, status: filter.status }, { signal }).then((d) => d.allRequests),
  );
}

export type RequestInput = Pick<RequestMediaInput, 'mediaType' | 'tmdbId' | 'title' | 'year' | 'seasons' | 'note'>;

/** Asks for a title. Whatever request comes back is put in the viewer's lists and marks the search result. */
export function useRequestMedia() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestInput) =>
      request(RequestMediaMutationDoc, { input: { ...input, posterPath: null, is4k: false } }).then((d) => d.requestMedia),
    onSuccess: (result, input) => {
      if ('request' in result) {
        applyRequestToCache(client, result.request, { mine: true });
        markSearchResult(client, input.mediaType, input.tmdbId, 'REQUESTED');
        void client.invalidateQueries({ queryKey: requestKeys.details(input.mediaType === 'tv' ? 'TV' : 'MOVIE', input.tmdbId) });
      }
    },
  });
}

function applyUpdate(client: ReturnType<typeof useQueryClient>, result: UpdateRequestResult): void {
  if (result.__typename === 'RequestUpdated') applyRequestToCache(client, result.request, { mine: false });
}

export function useApproveRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request(ApproveRequestMutation, { id }).then((d) => d.approveRequest),
    onSuccess: (result) => applyUpdate(client, result),
  });
}

export function useDeclineRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string; reason: string }) => request(DeclineRequestMutation, vars).then((d) => d.declineRequest),
    onSuccess: (result) => applyUpdate(client, result),
  });
}

export function useDeleteRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => request(DeleteRequestMutation, { id }).then((d) => d.deleteRequest),
    onSuccess: (_deleted, id) => removeRequestFromCache(client, id),
  });
}
