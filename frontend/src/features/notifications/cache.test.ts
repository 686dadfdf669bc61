import { describe, expect, it } from 'vitest';
import { flattenNotifications, markRead, mergeNotificationEvent, unreadCountOf, type NotificationsData, type NotificationsPage } from './cache';
import type { Notification } from './keys';

const note = (id: string, overrides: Partial<Notification> = {}): Notification => ({
  id,
  kind: 'REQUEST_APPROVED',
  title: `Notification ${id}`,
  body: '',
  link: null,
  createdAt: '2025-03-04T12:00:00.000Z',
  readAt: null,
  ...overrides,
});

function page(nodes: Notification[], unreadCount: number, hasNextPage = false): NotificationsPage {
  return {
    edges: nodes.map((node) => ({ cursor: `c${node.id}`, node })),
    pageInfo: { hasNextPage, endCursor: nodes.length ? `c${nodes.at(-1)!.id}` : null },
    totalCount: nodes.length,
    unreadCount,
  };
}

const data = (...pages: NotificationsPage[]): NotificationsData => ({ pages, pageParams: pages.map((_, i) => (i ? `p${i}` : null)) });
const READ = '2025-03-04T13:00:00.000Z';

describe('notification feed cache', () => {
  it('prepends a new notification, counts it and takes the pushed unread count', () => {
    const before = data(page([note('3'), note('2', { readAt: READ })], 1, true), page([note('1')], 1));
    const after = mergeNotificationEvent(before, { notification: note('4'), unreadCount: 2 });
    expect(flattenNotifications(after).map((n) => n.id)).toEqual(['4', '3', '2', '1']);
    expect(unreadCountOf(after)).toBe(2);
    expect(after.pages.map((p) => [p.totalCount, p.unreadCount])).toEqual([
      [3, 2],
      [2, 2],
    ]);
  });

  it('replaces a repeated notification in place instead of listing it twice', () => {
    const before = data(page([note('3'), note('2')], 2));
    const after = mergeNotificationEvent(before, { notification: note('2', { readAt: READ }), unreadCount: 1 });
    expect(flattenNotifications(after).map((n) => [n.id, n.readAt])).toEqual([
      ['3', null],
      ['2', READ],
    ]);
    expect(after.pages[0]!.totalCount).toBe(2);
  });

  it('only changes the count for count-only events, and keeps the same data when nothing changes', () => {
    const before = data(page([note('1')], 1));
    expect(unreadCountOf(mergeNotificationEvent(before, { notification: null, unreadCount: 0 }))).toBe(0);
    expect(mergeNotificationEvent(before, { notification: null, unreadCount: 1 })).toBe(before);
  });

  it('marks one or all read, lowering the count by what was unread here', () => {
    const before = data(page([note('3'), note('2'), note('1', { readAt: READ })], 5));
    const one = markRead(before, ['2'], READ);
    expect(flattenNotifications(one).map((n) => n.readAt !== null)).toEqual([false, true, true]);
    expect(unreadCountOf(one)).toBe(4);
    expect(markRead(one, ['2'], READ)).toBe(one);
    const all = markRead(before, null, READ);
    expect(flattenNotifications(all).every((n) => n.readAt !== null)).toBe(true);
    expect(unreadCountOf(all)).toBe(0);
  });
});
