import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { DownloadDetailQuery, DownloadsQuery, DownloadStatus } from '../../gql/graphql';
import { downloadKeys, listFromKey, type Download } from './keys';

export type DownloadsPage = DownloadsQuery['downloads'];
export type DownloadsData = InfiniteData<DownloadsPage, string | null>;
/** A playlist with one page of its videos (`children`, a connection). */
export type DownloadDetail = NonNullable<DownloadDetailQuery['download']>;
export type DownloadChildrenPage = DownloadDetail['children'];
/** An expanded playlist's pages (each repeats the playlist itself); null when it is gone. */
export type DownloadDetailData = InfiniteData<DownloadDetail | null, string | null>;

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
  /** Only active downloads (true: the Queue) or only ended ones (false: the History); null for both. */
  active: boolean | null;
  order: 'newest' | 'oldest';
  /** Whether a download not listed yet may join (false: it only updates rows already shown). */
  insert: boolean;
  /** Its status before this change, when a cached copy knew it: tells a row moving in from one that was there all along. */
  previous?: DownloadStatus;
}

/** Whether a download with this status belongs in a list of the given filter. */
export function belongsIn(status: DownloadStatus, spec: Pick<ListSpec, 'status' | 'active'>): boolean {
  return (spec.status === null || status === spec.status) && (spec.active === null || isActive(status) === spec.active);
}

/**
 * Merges one pushed (or mutation-returned) download into a cached list of top-level downloads:
 * - a playlist's video (parentId set) never joins a list: lists hold videos and playlists only;
 * - already listed: replaced in place unless the push is older, or dropped (and uncounted) when it no
 *   longer belongs (a Queue row that ended, a History row retried, an approval decided);
 * - not listed (and `insert`): placed by creation time and counted, so a new download is prepended and
 *   one that ended moves into the History where it sorts. When it sorts after the loaded window while
 *   more pages exist, it is left to "Load more" (only counted when it just moved in), except that an
 *   active one is appended to a newest-first list, so the Queue shows everything moving.
 * - otherwise the same data comes back (same reference, so nothing re-renders).
 */
export function mergeDownloadIntoPages(data: DownloadsData, download: Download, spec: ListSpec): DownloadsData {
  if (download.parentId) return data;
  const matches = belongsIn(download.status, spec);
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
    return { ...data, pages: removed ? recount(pages, -1) : pages };
  }
  if (!spec.insert || !matches || data.pages.length === 0) return data;

  for (let p = 0; p < data.pages.length; p++) {
    const at = data.pages[p]!.edges.findIndex((e) => sortsBefore(download, e.node, spec.order));
    if (at !== -1) return insertAt(data, p, at, download, true);
  }
  const lastIndex = data.pages.length - 1;
  const last = data.pages[lastIndex]!;
  if (!last.pageInfo.hasNextPage) return insertAt(data, lastIndex, last.edges.length, download, true);
  const movedIn = spec.previous !== undefined && !belongsIn(spec.previous, spec);
  if (spec.order === 'newest' && isActive(download.status)) return insertAt(data, lastIndex, last.edges.length, download, movedIn);
  return movedIn ? { ...data, pages: recount(data.pages, 1) } : data;
}

function recount(pages: DownloadsPage[], by: number): DownloadsPage[] {
  return pages.map((p) => ({ ...p, totalCount: Math.max(0, p.totalCount + by) }));
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

/** The playlist of cached detail pages (the first page's, the freshest copy of it); null when it is gone. */
export function detailPlaylist(data: DownloadDetailData): DownloadDetail | null {
  return data.pages[0] ?? null;
}

/** Every loaded video of an expanded playlist, in playlist order, without duplicates. */
export function detailVideos(data: DownloadDetailData): Download[] {
  const seen = new Set<string>();
  const out: Download[] = [];
  for (const page of data.pages) {
    if (!page) continue;
    for (const edge of page.children.edges) {
      if (seen.has(edge.node.id)) continue;
      seen.add(edge.node.id);
      out.push(edge.node);
    }
  }
  return out;
}

function withChildren(page: DownloadDetail, children: DownloadChildrenPage): DownloadDetail {
  return { ...page, children };
}

/**
 * Applies a download to a cached playlist's pages: the playlist's own fields when it is the playlist
 * (each page keeps its videos), or one of its videos: patched in place inside the cached connection, or,
 * when new, added in playlist order and counted. A new video that sorts after the loaded pages while more
 * exist is only counted: "Load more" brings it.
 */
export function mergeIntoDetail(data: DownloadDetailData, download: Download): DownloadDetailData {
  const playlist = detailPlaylist(data);
  if (!playlist) return data;
  if (download.id === playlist.id) {
    if (isStale(playlist, download)) return data;
    const pages = data.pages.map((page) => (page ? withChildren({ ...page, ...download }, page.children) : page));
    return { ...data, pages };
  }
  if (download.parentId !== playlist.id) return data;

  for (let p = 0; p < data.pages.length; p++) {
    const page = data.pages[p];
    if (!page) continue;
    const index = page.children.edges.findIndex((e) => e.node.id === download.id);
    if (index === -1) continue;
    const current = page.children.edges[index]!;
    if (isStale(current.node, download)) return data;
    const edges = page.children.edges.slice();
    edges[index] = { ...current, node: download };
    const pages = data.pages.slice();
    pages[p] = withChildren(page, { ...page.children, edges });
    return { ...data, pages };
  }

  const counted = (page: DownloadDetail | null): DownloadDetail | null =>
    page ? withChildren(page, { ...page.children, totalCount: page.children.totalCount + 1 }) : page;
  const insert = (p: number, at: number): DownloadDetailData => {
    const pages = data.pages.map((page, i) => {
      const next = counted(page);
      if (i !== p || !next) return next;
      const edges = next.children.edges.slice();
      edges.splice(at, 0, { cursor: `live:${download.id}`, node: download });
      return withChildren(next, { ...next.children, edges });
    });
    return { ...data, pages };
  };
  for (let p = 0; p < data.pages.length; p++) {
    const page = data.pages[p];
    if (!page) continue;
    const at = page.children.edges.findIndex((e) => numericId(download) < numericId(e.node));
    if (at !== -1) return insert(p, at);
  }
  const lastIndex = data.pages.length - 1;
  const last = data.pages[lastIndex];
  if (!last) return data;
  if (!last.children.pageInfo.hasNextPage) return insert(lastIndex, last.children.edges.length);
  return { ...data, pages: data.pages.map(counted) };
}

/**
 * Applies a download to every cached download list and expanded playlist. `mine`: it belongs to the
 * viewer, so it may join their own lists; admins' "everyone" lists and the approval queue take any.
 * A download whose status moved from active to ended leaves the Queue for the History (and back on retry).
 */
export function applyDownloadToCache(client: QueryClient, download: Download, { mine }: { mine: boolean }): void {
  const previous = download.parentId ? undefined : findCachedDownload(client, download.id)?.status;
  for (const query of client.getQueryCache().findAll({ queryKey: downloadKeys.root })) {
    const key = query.queryKey;
    if (key[1] === 'detail') {
      const detail = query.state.data as DownloadDetailData | undefined;
      if (!detail) continue;
      const next = mergeIntoDetail(detail, download);
      if (next !== detail) client.setQueryData<DownloadDetailData>(key, next);
      continue;
    }
    const list = listFromKey(key);
    const data = query.state.data as DownloadsData | undefined;
    if (!list || !data) continue;
    const next = mergeDownloadIntoPages(data, download, {
      status: list.status,
      active: list.active,
      order: list.order,
      insert: list.everyone || mine,
      previous,
    });
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
      const detail = query.state.data as DownloadDetailData | undefined;
      if (!detail) continue;
      const playlist = detailPlaylist(detail);
      if (playlist?.id === id) consider(playlist);
      consider(detailVideos(detail).find((c) => c.id === id));
      continue;
    }
    const data = query.state.data as DownloadsData | undefined;
    if (listFromKey(key) && data) consider(findDownload(data, id));
  }
  return best;
}

/**
 * Two lists that split one set of downloads (the Queue and the History) are fetched at different moments:
 * a download that moved between them can come back in both. Keeps a row only where its status belongs
 * and where the other list has no newer copy of it.
 */
export function withoutMoved(rows: Download[], other: Download[], active: boolean): Download[] {
  const others = new Map(other.map((d) => [d.id, d] as const));
  const kept = rows.filter((row) => {
    if (isActive(row.status) !== active) return false;
    const copy = others.get(row.id);
    return !copy || !isStale(copy, row);
  });
  return kept.length === rows.length ? rows : kept;
}
