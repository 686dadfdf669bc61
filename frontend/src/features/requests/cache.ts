import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Availability, MyRequestsQuery } from '../../gql/graphql';
import { filterFromKey, requestKeys, type AllRequestsFilter, type MediaRequest } from './keys';

export type RequestsPage = MyRequestsQuery['myRequests'];
export type RequestsData = InfiniteData<RequestsPage, string | null>;

function time(value: string): number {
  const t = Date.parse(value);
  return Number.isNaN(t) ? 0 : t;
}

/** Every loaded request in order, without duplicates (offset cursors can repeat one after new requests). */
export function flattenRequests(data: RequestsData): MediaRequest[] {
  const seen = new Set<string>();
  const out: MediaRequest[] = [];
  for (const page of data.pages) {
    for (const edge of page.edges) {
      if (seen.has(edge.node.id)) continue;
      seen.add(edge.node.id);
      out.push(edge.node);
    }
  }
  return out;
}

export function findRequest(data: RequestsData, id: string): MediaRequest | undefined {
  for (const page of data.pages) {
    const edge = page.edges.find((e) => e.node.id === id);
    if (edge) return edge.node;
  }
  return undefined;
}

export function requestMatchesFilter(request: MediaRequest, filter: AllRequestsFilter): boolean {
  return filter.status === null || request.status === filter.status;
}

/**
 * Merges one pushed (or mutation-returned) request into a cached newest-first list:
 * - already listed: replaced in place, unless the push is older than what is shown;
 * - not listed, `insert` allowed and matching the filter: inserted at its place by `createdAt` and counted,
 *   unless it sorts after the loaded window while more pages exist ("Load more" brings it);
 * - otherwise the same data comes back (same reference, so nothing re-renders).
 */
export function mergeRequestIntoPages(
  data: RequestsData,
  request: MediaRequest,
  filter: AllRequestsFilter,
  insert = true,
): RequestsData {
  let found = false;
  let changed = false;
  const pages = data.pages.map((page) => {
    const index = page.edges.findIndex((e) => e.node.id === request.id);
    if (index === -1) return page;
    found = true;
    const current = page.edges[index]!;
    if (time(current.node.updatedAt) > time(request.updatedAt)) return page;
    changed = true;
    const edges = page.edges.slice();
    edges[index] = { ...current, node: request };
    return { ...page, edges };
  });
  if (found) return changed ? { ...data, pages } : data;
  if (!insert || !requestMatchesFilter(request, filter) || data.pages.length === 0) return data;

  const created = time(request.createdAt);
  for (let p = 0; p < data.pages.length; p++) {
    const at = data.pages[p]!.edges.findIndex((e) => time(e.node.createdAt) < created);
    if (at !== -1) return insertAt(data, p, at, request);
  }
  const lastIndex = data.pages.length - 1;
  const last = data.pages[lastIndex]!;
  if (last.pageInfo.hasNextPage) return data;
  return insertAt(data, lastIndex, last.edges.length, request);
}

function insertAt(data: RequestsData, pageIndex: number, at: number, request: MediaRequest): RequestsData {
  const pages = data.pages.map((page, p) => {
    const withCount = { ...page, totalCount: page.totalCount + 1 };
    if (p !== pageIndex) return withCount;
    const edges = page.edges.slice();
    edges.splice(at, 0, { cursor: `live:${request.id}`, node: request });
    return { ...withCount, edges };
  });
  return { ...data, pages };
}

/** Drops a request from a cached list (after Delete); the same data when it isn't there. */
export function removeRequestFromPages(data: RequestsData, id: string): RequestsData {
  if (!findRequest(data, id)) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      totalCount: Math.max(0, page.totalCount - 1),
      edges: page.edges.filter((e) => e.node.id !== id),
    })),
  };
}

/** The viewer's own copy of a request (from any cached "my requests" list), if one is loaded. */
export function findMyRequest(client: QueryClient, id: string): MediaRequest | undefined {
  let best: MediaRequest | undefined;
  for (const [, data] of client.getQueriesData<RequestsData>({ queryKey: requestKeys.mineLists() })) {
    const found = data ? findRequest(data, id) : undefined;
    if (found && (!best || time(found.updatedAt) > time(best.updatedAt))) best = found;
  }
  return best;
}

/**
 * Applies a request to every cached request list. `mine`: it is the viewer's own, so it may join their
 * lists (managers also receive everyone else's requests, which only update rows they already show there).
 */
export function applyRequestToCache(client: QueryClient, request: MediaRequest, { mine }: { mine: boolean }): void {
  for (const query of client.getQueryCache().findAll({ queryKey: requestKeys.root })) {
    const filter = filterFromKey(query.queryKey);
    const data = query.state.data as RequestsData | undefined;
    if (!filter || !data) continue;
    const insert = query.queryKey[1] === 'all' || mine;
    const next = mergeRequestIntoPages(data, request, filter, insert);
    if (next !== data) client.setQueryData<RequestsData>(query.queryKey, next);
  }
}

export function removeRequestFromCache(client: QueryClient, id: string): void {
  for (const query of client.getQueryCache().findAll({ queryKey: requestKeys.root })) {
    const data = query.state.data as RequestsData | undefined;
    if (!filterFromKey(query.queryKey) || !data) continue;
    const next = removeRequestFromPages(data, id);
    if (next !== data) client.setQueryData<RequestsData>(query.queryKey, next);
  }
}

interface SearchPageShape {
  results: ReadonlyArray<{ mediaType: string; tmdbId: number; availability: Availability }>;
}

/** Marks a title in every cached search (e.g. "Requested" right after asking for it). */
export function markSearchResult(client: QueryClient, mediaType: string, tmdbId: number, availability: Availability): void {
  const type = mediaType.toUpperCase();
  client.setQueriesData<InfiniteData<SearchPageShape, number>>({ queryKey: requestKeys.searches() }, (data) => {
    if (!data) return data;
    let changed = false;
    const pages = data.pages.map((page) => {
      if (!page.results.some((r) => r.tmdbId === tmdbId && r.mediaType === type && r.availability !== availability)) return page;
      changed = true;
      return {
        ...page,
        results: page.results.map((r) => (r.tmdbId === tmdbId && r.mediaType === type ? { ...r, availability } : r)),
      };
    });
    return changed ? { ...data, pages } : data;
  });
}
