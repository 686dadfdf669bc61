import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, type GraphQLMock } from '../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../test/render';
import type { LiveNotificationEvent, NotificationsPage } from './cache';
import type { Notification } from './keys';
import { NotificationBell } from './NotificationBell';
import { useLiveNotifications } from './useLiveNotifications';

type Next = (data: { notificationEvents: LiveNotificationEvent }) => void;
const ws = vi.hoisted(() => ({ next: null as null | Next, reconnect: null as null | (() => void) }));
vi.mock('../../lib/ws', () => ({
  subscribe: (_doc: unknown, _vars: unknown, handlers: { next: Next }) => {
    ws.next = handlers.next;
    return () => {
      ws.next = null;
    };
  },
  onReconnect: (listener: () => void) => {
    ws.reconnect = listener;
    return () => {
      ws.reconnect = null;
    };
  },
}));

const note = (id: string, overrides: Partial<Notification> = {}): Notification => ({
  id,
  kind: 'REQUEST_APPROVED',
  title: `Notification ${id}`,
  body: '',
  link: null,
  createdAt: new Date(Date.now() - Number(id) * 60_000).toISOString(),
  readAt: null,
  ...overrides,
});
const READ = '2025-03-04T13:00:00.000Z';

/** The server's feed: newest first, in pages of `first`, with the unread count. */
const server = { feed: [] as Notification[] };
function answerFeed(variables: Record<string, unknown>): { notifications: NotificationsPage } {
  const first = Number(variables.first);
  const start = typeof variables.after === 'string' ? Number(variables.after) : 0;
  const nodes = server.feed.slice(start, start + first);
  return {
    notifications: {
      edges: nodes.map((node, i) => ({ cursor: String(start + i + 1), node })),
      pageInfo: { hasNextPage: start + first < server.feed.length, endCursor: String(start + nodes.length) },
      totalCount: server.feed.length,
      unreadCount: server.feed.filter((n) => n.readAt === null).length,
    },
  };
}

let api: GraphQLMock;
beforeEach(() => {
  ws.next = null;
  server.feed = [
    note('1', { title: 'Dune is on Plex', body: 'Dune (2021) is ready to watch.', link: '/requests', kind: 'REQUEST_AVAILABLE' }),
    note('2', { title: 'Heat was approved' }),
    note('3', { title: 'Plex is back up', readAt: READ, kind: 'SERVICE_UP' }),
  ];
  api = mockGraphQL({
    Notifications: answerFeed,
    MarkNotificationsRead: ({ ids }) => {
      for (const n of server.feed) if (ids === null || (ids as string[]).includes(n.id)) n.readAt ??= READ;
      return { markNotificationsRead: server.feed.filter((n) => n.readAt === null).length };
    },
  });
});
afterEach(() => vi.unstubAllGlobals());

/** The header as the app shows it: the session-wide subscription runs in the shell. */
function Header() {
  useLiveNotifications();
  return <NotificationBell />;
}

const push = (event: LiveNotificationEvent): void => act(() => ws.next?.({ notificationEvents: event }));
const bell = (): HTMLElement => screen.getByRole('button', { name: /^Notifications/ });

describe('NotificationBell', () => {
  it('names and badges the unread count, and follows it live', async () => {
    renderWithProviders(<Header />, { me: makeViewer() });
    expect(await screen.findByRole('button', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
    expect(screen.getByTestId('notification-badge')).toHaveTextContent('2');

    const news = note('0', { title: 'Alien was approved', body: 'It is on its way.', createdAt: new Date().toISOString() });
    server.feed.unshift(news);
    push({ notification: news, unreadCount: 3 });
    await waitFor(() => expect(bell()).toHaveAccessibleName('Notifications, 3 unread'));
    expect(screen.getByTestId('notification-badge')).toHaveTextContent('3');
    // News arriving live is toasted once, and listed first.
    expect(await screen.findByText('Alien was approved')).toBeInTheDocument();
    push({ notification: news, unreadCount: 3 });
    expect(screen.getAllByText('Alien was approved')).toHaveLength(1);

    await userEvent.click(bell());
    const drawer = screen.getByRole('dialog', { name: 'Notifications' });
    expect(within(drawer).getAllByTestId('notification-item').map((el) => el.dataset.notificationId)).toEqual(['0', '1', '2', '3']);

    // Read everywhere else: the count drops, and the feed catches up.
    for (const n of server.feed) n.readAt = READ;
    push({ notification: null, unreadCount: 0 });
    await waitFor(() => expect(bell()).toHaveAccessibleName('Notifications'));
    expect(screen.queryByTestId('notification-badge')).not.toBeInTheDocument();
    await waitFor(() => expect(within(drawer).queryAllByTestId('unread-dot')).toHaveLength(0));
    expect(api.callsTo('Notifications')).toHaveLength(2);
  });

  it('toasts request, announcement and service news, not finished or failed downloads', async () => {
    renderWithProviders(<Header />, { me: makeViewer() });
    await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    push({ notification: note('10', { kind: 'DOWNLOAD_FINISHED', title: 'Saved to Plex: Sintel' }), unreadCount: 3 });
    push({ notification: note('11', { kind: 'DOWNLOAD_FAILED', title: 'Download failed: Cosmos' }), unreadCount: 4 });
    push({ notification: note('12', { kind: 'SERVICE_DOWN', title: 'Plex is down', body: 'It stopped answering.' }), unreadCount: 5 });
    push({ notification: note('13', { kind: 'ANNOUNCEMENT', title: 'Maintenance tonight' }), unreadCount: 6 });
    expect(await screen.findByText('Plex is down')).toBeInTheDocument();
    expect(screen.getByText('It stopped answering.')).toBeInTheDocument();
    expect(screen.getByText('Maintenance tonight')).toBeInTheDocument();
    expect(screen.queryByText(/Saved to Plex|Download failed/)).not.toBeInTheDocument();
    expect(bell()).toHaveAccessibleName('Notifications, 6 unread');
  });

  it('marks one read when opened, all with "Mark all read", and gives focus back to the bell', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Header />, { me: makeViewer() });
    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    let drawer = screen.getByRole('dialog', { name: 'Notifications' });
    const items = within(drawer).getAllByTestId('notification-item');
    expect(items[0]).toHaveAttribute('href', '/requests');
    expect(items[0]).toHaveTextContent('Dune is on Plex');
    expect(items[0]).toHaveTextContent('Dune (2021) is ready to watch.');
    expect(items[0]).toHaveTextContent('1 min ago');
    expect(items[0]).toHaveAttribute('data-unread', 'true');
    expect(items[2]).toHaveAttribute('data-unread', 'false');

    // A notification without a link is a button that marks it read.
    await user.click(items[1]!);
    await waitFor(() => expect(api.callsTo('MarkNotificationsRead')).toEqual([{ ids: ['2'] }]));
    expect(bell()).toHaveAccessibleName('Notifications, 1 unread');
    expect(within(drawer).getAllByTestId('notification-item')[1]).toHaveAttribute('data-unread', 'false');

    // Escape: the browser closes the <dialog>; focus goes back to the bell.
    act(() => (drawer as HTMLDialogElement).close());
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).not.toBeInTheDocument();
    expect(bell()).toHaveFocus();

    await user.click(bell());
    drawer = screen.getByRole('dialog', { name: 'Notifications' });
    await user.click(within(drawer).getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(api.callsTo('MarkNotificationsRead')[1]).toEqual({ ids: null }));
    expect(bell()).toHaveAccessibleName('Notifications');
    expect(within(drawer).getByRole('button', { name: 'Mark all read' })).toBeDisabled();
    expect(within(drawer).queryAllByTestId('unread-dot')).toHaveLength(0);
  });

  it('closes when a linked notification is opened', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Header />, { me: makeViewer() });
    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    await user.click(screen.getByRole('link', { name: /Dune is on Plex/ }));
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).not.toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('MarkNotificationsRead')).toEqual([{ ids: ['1'] }]));
  });

  it('loads more, twenty at a time', async () => {
    server.feed = Array.from({ length: 25 }, (_, i) => note(String(i + 1), { readAt: READ }));
    const user = userEvent.setup();
    renderWithProviders(<Header />, { me: makeViewer() });
    await user.click(await screen.findByRole('button', { name: 'Notifications' }));
    const drawer = screen.getByRole('dialog', { name: 'Notifications' });
    await waitFor(() => expect(within(drawer).getAllByTestId('notification-item')).toHaveLength(20));
    await user.click(within(drawer).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(drawer).getAllByTestId('notification-item')).toHaveLength(25));
    expect(api.callsTo('Notifications')).toEqual([
      { first: 20, after: null },
      { first: 20, after: '20' },
    ]);
    expect(within(drawer).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('says when there is nothing', async () => {
    server.feed = [];
    const user = userEvent.setup();
    renderWithProviders(<Header />, { me: makeViewer() });
    await waitFor(() => expect(api.callsTo('Notifications')).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Notifications' }));
    const drawer = screen.getByRole('dialog', { name: 'Notifications' });
    expect(await within(drawer).findByText("You're all caught up")).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: 'Mark all read' })).toBeDisabled();
  });
});
