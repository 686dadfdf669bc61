import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { DownloadDetailQuery, DownloadsQuery, DownloadStatus } from '../../gql/graphql';
import { downloadKeys, listFromKey, type Download } from './keys';

export type DownloadsPage = DownloadsQuery['downloads'];
export type DownloadsData = InfiniteData<DownloadsPage, string | null>;
export type DownloadDetail = NonNullable<DownloadDetailQuery['download']>;

const ACTIVE = new Set<DownloadStatus>(['PENDING_APPROVAL', 'QUEUED', 'RUNNING']);

/** Still to happen or happening (the Queue); everything else is History. */
export function isActive(status: DownloadStatus): boolean {
  return ACTIVE.has(status);
}

function time(value: string): number {
  const t = Date.parse(value);
  return Number.isNaN(t) ? 0 : t;
}

/** The cached copy is newer than the pushed one (events can arrive out of order after a resync). */
function isStale(current: Download, incoming: Download): boolean {
  return time(current.updatedAt) > time(incoming.updatedAt);
}

function numericId(download: Download): number {
  const n = Number(download.id);
  return Number.isFinite(n) ? n : 0;
}

/** Whether `a` is listed before `b` in a list of the given order (by creation, then id). */
function sortsBefore(a: Download, b: Download, order: 'newest' | 'oldest'): boolean {
  const diff = time(a.createdAt) - time(b.createdAt) || numericId(a) - numericId(b);
  return order === 'newest' ? diff > 0 : diff < 0;
}

/** Every loaded download in order, without duplicates (a live insert can repeat a row of a later page). */
export function flattenDownloads(data: DownloadsData): Download[] {
  const seen = new Set<string>();
  const out: Download[] = [];
  for (const page of data.pages) {
    for (const edge of page.edges) {
      if (seen.has(edge.node.id)) continue;
      seen.add(edge.node.id);
      out.push(edge.node);
    }
  }
  return out;
}

export function findDownload(data: DownloadsData, id: string): Download | undefined {
  for (const page of data.pages) {
    const edge = page.edges.find((e) => e.node.id === id);
    if (edge) return edge.node;
  }
  return undefined;
}

export interface ListSpec {
  /** Only this status belongs in the list (a row that leaves it is dropped); null for any. */
  status: DownloadStatus | null;
  order: 'newest' | 'oldest';
  /** Whether a download not listed yet may join (false: it only updates rows already shown). */
  insert: boolean;
}

/**
 * Merges one pushed (or mutation-returned) download into a cached list of top-level downloads:
 * - a playlist's video (parentId set) never joins a list: lists hold videos and playlists only;
 * - already listed: replaced in place unless the push is older, or dropped when it left the list's status;
 * - not listed (and `insert`): placed by creation time and counted. In a newest-first list it may sort
 *   after the loaded window while more pages exist: it was there all along, so it is added (uncounted)
 *   only while still active, so the Queue shows it; finished ones come with "Load more".
 * - otherwise the same data comes back (same reference, so nothing re-renders).
 */
export function mergeDownloadIntoPages(data: DownloadsData, download: Download, spec: ListSpec): DownloadsData {
  if (download.parentId) return data;
  const matches = spec.status === null || download.status === spec.status;
  let found = false;
  let changed = false;
  let removed = false;
  const pages = data.pages.map((page) => {
    const index = page.edges.findIndex((e) => e.node.id === download.id);
    if (index === -1) return page;
    found = true;
    const current = page.edges[index]!;
    if (isStale(current.node, download)) return page;
    changed = true;
    const edges = page.edges.slice();
    if (matches) edges[index] = { ...current, node: download };
    else {
      edges.splice(index, 1);
      removed = true;
    }
    return { ...page, edges };
  });
  if (found) {
    if (!changed) return data;
    return { ...data, pages: removed ? pages.map((p) => ({ ...p, totalCount: Math.max(0, p.totalCount - 1) })) : pages };
  }
  if (!spec.insert || !matches || data.pages.length === 0) return data;

  for (let p = 0; p < data.pages.length; p++) {
    const at = data.pages[p]!.edges.findIndex((e) => sortsBefore(download, e.node, spec.order));
    if (at !== -1) return insertAt(data, p, at, download, true);
  }
  const lastIndex = data.pages.length - 1;
  const last = data.pages[lastIndex]!;
  if (!last.pageInfo.hasNextPage) return insertAt(data, lastIndex, last.edges.length, download, true);
  if (spec.order === 'newest' && isActive(download.status)) return insertAt(data, lastIndex, last.edges.length, download, false);
  return data;
}

function insertAt(data: DownloadsData, pageIndex: number, at: number, download: Download, count: boolean): DownloadsData {
  const pages = data.pages.map((page, p) => {
    const withCount = count ? { ...page, totalCount: page.totalCount + 1 } : page;
    if (p !== pageIndex) return withCount;
    const edges = page.edges.slice();
    edges.splice(at, 0, { cursor: `live:${download.id}`, node: download });
    return { ...withCount, edges };
  });
  return { ...data, pages };
}

/**
 * Applies a download to a cached playlist (with its videos): the playlist's own fields when it is the
 * playlist, or one of its videos (replaced, or added in playlist order).
 */
export function mergeIntoDetail(detail: DownloadDetail, download: Download): DownloadDetail {
  if (download.id === detail.id) {
    if (isStale(detail, download)) return detail;
    return { ...detail, ...download, children: detail.children };
  }
  if (download.parentId !== detail.id) return detail;
  const index = detail.children.findIndex((c) => c.id === download.id);
  if (index !== -1) {
    if (isStale(detail.children[index]!, download)) return detail;
    const children = detail.children.slice();
    children[index] = download;
    return { ...detail, children };
  }
  const children = [...detail.children, download].sort((a, b) => numericId(a) - numericId(b));
  return { ...detail, children };
}

/**
 * Applies a download to every cached download list and expanded playlist. `mine`: it belongs to the
 * viewer, so it may join their own lists; admins' "everyone" lists and the approval queue take any.
 */
export function applyDownloadToCache(client: QueryClient, download: Download, { mine }: { mine: boolean }): void {
  for (const query of client.getQueryCache().findAll({ queryKey: downloadKeys.root })) {
    const key = query.queryKey;
    if (key[1] === 'detail') {
      const detail = query.state.data as DownloadDetail | null | undefined;
      if (!detail) continue;
      const next = mergeIntoDetail(detail, download);
      if (next !== detail) client.setQueryData<DownloadDetail>(key, next);
      continue;
    }
    const list = listFromKey(key);
    const data = query.state.data as DownloadsData | undefined;
    if (!list || !data) continue;
    const next = mergeDownloadIntoPages(data, download, { status: list.status, order: list.order, insert: list.everyone || mine });
    if (next !== data) client.setQueryData<DownloadsData>(key, next);
  }
}

/** The freshest cached copy of a download (from any list or expanded playlist), if one is loaded. */
export function findCachedDownload(client: QueryClient, id: string): Download | undefined {
  let best: Download | undefined;
  const consider = (found: Download | undefined): void => {
    if (found && (!best || time(found.updatedAt) > time(best.updatedAt))) best = found;
  };
  for (const query of client.getQueryCache().findAll({ queryKey: downloadKeys.root })) {
    const key = query.queryKey;
    if (key[1] === 'detail') {
      const detail = query.state.data as DownloadDetail | null | undefined;
      if (!detail) continue;
      if (detail.id === id) consider(detail);
      consider(detail.children.find((c) => c.id === id));
      continue;
    }
    const data = query.state.data as DownloadsData | undefined;
    if (listFromKey(key) && data) consider(findDownload(data, id));
  }
  return best;
}
