import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { NotificationEventsSubscription, NotificationsQuery } from '../../gql/graphql';
import { notificationKeys, type Notification } from './keys';

export type NotificationsPage = NotificationsQuery['notifications'];
export type NotificationsData = InfiniteData<NotificationsPage, string | null>;
/** What `notificationEvents` pushes: a new notification with the new count, or (notification null) only a count. */
export type LiveNotificationEvent = NotificationEventsSubscription['notificationEvents'];

/** Every loaded notification, newest first, without duplicates (a live insert can repeat a row of a later page). */
export function flattenNotifications(data: NotificationsData): Notification[] {
  const seen = new Set<string>();
  const out: Notification[] = [];
  for (const page of data.pages) {
    for (const edge of page.edges) {
      if (seen.has(edge.node.id)) continue;
      seen.add(edge.node.id);
      out.push(edge.node);
    }
  }
  return out;
}

/** The unread count the server last told (every page carries it; the first page is kept current). */
export function unreadCountOf(data: NotificationsData): number {
  return data.pages[0]?.unreadCount ?? 0;
}

export function hasNotification(data: NotificationsData, id: string): boolean {
  return data.pages.some((page) => page.edges.some((e) => e.node.id === id));
}

/** The same data with a new unread count (same reference when it is already that). */
export function withUnreadCount(data: NotificationsData, count: number): NotificationsData {
  const unread = Math.max(0, count);
  if (data.pages.every((p) => p.unreadCount === unread)) return data;
  return { ...data, pages: data.pages.map((p) => ({ ...p, unreadCount: unread })) };
}

/**
 * Applies one live event to the cached feed: a new notification is prepended to the first page (or
 * replaces its copy when it is already there) and counted; the unread count is always the pushed one.
 */
export function mergeNotificationEvent(data: NotificationsData, event: LiveNotificationEvent): NotificationsData {
  const { notification } = event;
  if (!notification || data.pages.length === 0) return withUnreadCount(data, event.unreadCount);
  let pages: NotificationsPage[];
  if (hasNotification(data, notification.id)) {
    pages = data.pages.map((page) => ({
      ...page,
      edges: page.edges.map((e) => (e.node.id === notification.id ? { ...e, node: notification } : e)),
    }));
  } else {
    pages = data.pages.map((page, index) => ({
      ...page,
      totalCount: page.totalCount + 1,
      edges: index === 0 ? [{ cursor: `live:${notification.id}`, node: notification }, ...page.edges] : page.edges,
    }));
  }
  return withUnreadCount({ ...data, pages }, event.unreadCount);
}

/**
 * Marks the given notifications (null: all of them) read at `now`, lowering the count by as many as
 * were unread here (to 0 for all). The server's answer sets the exact count afterwards.
 */
export function markRead(data: NotificationsData, ids: readonly string[] | null, now: string): NotificationsData {
  const wanted = ids === null ? null : new Set(ids);
  const marked = new Set<string>();
  const pages = data.pages.map((page) => {
    let changed = false;
    const edges = page.edges.map((edge) => {
      if (edge.node.readAt !== null || (wanted !== null && !wanted.has(edge.node.id))) return edge;
      changed = true;
      marked.add(edge.node.id);
      return { ...edge, node: { ...edge.node, readAt: now } };
    });
    return changed ? { ...page, edges } : page;
  });
  const count = wanted === null ? 0 : unreadCountOf(data) - marked.size;
  if (marked.size === 0 && wanted !== null) return data;
  return withUnreadCount({ ...data, pages }, count);
}

function updateFeeds(client: QueryClient, update: (data: NotificationsData) => NotificationsData): void {
  for (const query of client.getQueryCache().findAll({ queryKey: notificationKeys.feeds() })) {
    const data = query.state.data as NotificationsData | undefined;
    if (!data) continue;
    const next = update(data);
    if (next !== data) client.setQueryData<NotificationsData>(query.queryKey, next);
  }
}

export function markReadInCache(client: QueryClient, ids: readonly string[] | null, now: string): void {
  updateFeeds(client, (data) => markRead(data, ids, now));
}

export function setUnreadCountInCache(client: QueryClient, count: number): void {
  updateFeeds(client, (data) => withUnreadCount(data, count));
}

/** Whether a notification is already in a cached feed (a repeated push is not news). */
export function isCachedNotification(client: QueryClient, id: string): boolean {
  return client
    .getQueryCache()
    .findAll({ queryKey: notificationKeys.feeds() })
    .some((q) => {
      const data = q.state.data as NotificationsData | undefined;
      return data !== undefined && hasNotification(data, id);
    });
}

/** The unread count in the cached feed, if one is loaded. */
export function cachedUnreadCount(client: QueryClient): number | undefined {
  for (const query of client.getQueryCache().findAll({ queryKey: notificationKeys.feeds() })) {
    const data = query.state.data as NotificationsData | undefined;
    if (data) return unreadCountOf(data);
  }
  return undefined;
}

/**
 * Applies a live event to every cached feed. A count-only event whose count differs from the cached one
 * means something changed that the cache can't see (read on another device, or a resync after a
 * reconnect): the feed is refetched so read dots and missed notifications catch up.
 */
export function applyNotificationEvent(client: QueryClient, event: LiveNotificationEvent): void {
  const before = cachedUnreadCount(client);
  updateFeeds(client, (data) => mergeNotificationEvent(data, event));
  if (event.notification === null && before !== undefined && before !== event.unreadCount) {
    void client.invalidateQueries({ queryKey: notificationKeys.feeds() });
  }
}
