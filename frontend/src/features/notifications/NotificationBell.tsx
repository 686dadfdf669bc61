import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { BellIcon, CheckIcon } from '../../components/icons';
import { Skeleton } from '../../components/Skeleton';
import { useToast } from '../../components/toast/context';
import { errorSentence } from '../../lib/errors';
import { useMarkNotificationsRead, useNotificationFeed } from './api';
import type { Notification } from './keys';
import { NotificationItem } from './NotificationItem';

/** "Notifications" or "Notifications, 3 unread": the bell's accessible name. */
export function bellLabel(unread: number): string {
  return unread > 0 ? `Notifications, ${unread} unread` : 'Notifications';
}

/** What the badge shows: the count, capped so it stays small. */
export function badgeText(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}

function FeedSkeleton() {
  return (
    <div role="status" aria-busy="true" className="space-y-2">
      <span className="sr-only">Loading notifications…</span>
      {[0, 1, 2].map((i) => (
        <div key={i} aria-hidden="true" className="flex gap-3 px-3 py-3">
          <Skeleton className="mt-1 size-2 rounded-full" />
          <div className="flex-1">
            <Skeleton className="h-4 w-3/4" />
            <Skeleton className="mt-2 h-3 w-full" />
            <Skeleton className="mt-2 h-3 w-16" />
          </div>
        </div>
      ))}
    </div>
  );
}

type Feed = ReturnType<typeof useNotificationFeed>;

interface DrawerProps {
  open: boolean;
  onClose: () => void;
  feed: Feed;
}

/** The feed in a side sheet (full width on phones): newest first, Load more, Mark all read. */
export function NotificationDrawer({ open, onClose, feed }: DrawerProps) {
  const toast = useToast();
  const markRead = useMarkNotificationsRead();
  const unread = feed.unreadCount;

  const markAll = (): void =>
    markRead.mutate(null, {
      onError: (error) => toast.show({ variant: 'error', title: "Couldn't mark them read", description: errorSentence(error) }),
    });

  const openOne = (notification: Notification): void => {
    if (notification.readAt === null) markRead.mutate([notification.id]);
    if (notification.link) onClose();
  };

  let body;
  if (feed.status === 'pending') {
    body = <FeedSkeleton />;
  } else if (feed.status === 'error' && feed.notifications.length === 0) {
    body = (
      <ErrorState error={feed.error} title="Couldn't load your notifications" onRetry={() => void feed.refetch()} retrying={feed.isFetching} />
    );
  } else if (feed.notifications.length === 0) {
    body = (
      <EmptyState icon={<BellIcon size={22} />} title="You're all caught up">
        News about your requests, downloads and the server's services shows up here.
      </EmptyState>
    );
  } else {
    body = (
      <>
        <ul aria-label="Latest notifications" className="space-y-1">
          {feed.notifications.map((n) => (
            <NotificationItem key={n.id} notification={n} onOpen={openOne} />
          ))}
        </ul>
        <div className="mt-4 flex flex-col items-center gap-3">
          {feed.isFetchNextPageError ? (
            <ErrorState compact error={feed.error} title="Couldn't load more notifications" className="w-full" />
          ) : null}
          {feed.hasNextPage ? (
            <Button size="sm" onClick={() => void feed.fetchNextPage({ cancelRefetch: false })} loading={feed.isFetchingNextPage}>
              {feed.isFetchNextPageError ? 'Try again' : 'Load more'}
            </Button>
          ) : null}
        </div>
      </>
    );
  }

  return (
    <Dialog open={open} onClose={onClose} title="Notifications" variant="sheet" testId="notification-drawer">
      <div className="-mt-1 mb-3 flex items-center justify-between gap-3">
        <p role="status" className="text-sm text-fg-muted">
          {feed.status !== 'success' ? '' : unread > 0 ? `${unread} unread` : 'No unread notifications'}
        </p>
        <Button size="sm" variant="ghost" icon={<CheckIcon size={16} />} onClick={markAll} disabled={unread === 0 || markRead.isPending}>
          Mark all read
        </Button>
      </div>
      {body}
    </Dialog>
  );
}

/**
 * The header's bell: its name and badge carry the unread count; it opens the notification drawer.
 * Its feed query stays mounted for the whole session, so the count is always current.
 */
export function NotificationBell() {
  const feed = useNotificationFeed();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  const lastPath = useRef(pathname);
  const unread = feed.unreadCount;

  // Going to another page (a notification's link, Back) closes the drawer.
  useEffect(() => {
    if (lastPath.current === pathname) return;
    lastPath.current = pathname;
    setOpen(false);
  }, [pathname]);

  return (
    <>
      <button
        type="button"
        aria-label={bellLabel(unread)}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-testid="notification-bell"
        data-unread={unread}
        onClick={() => setOpen(true)}
        className="relative grid size-10 place-items-center rounded-lg text-fg-muted hover:bg-surface-hover hover:text-fg"
      >
        <BellIcon />
        {unread > 0 ? (
          <span
            aria-hidden="true"
            data-testid="notification-badge"
            className="absolute top-1 right-0.5 flex h-[1.125rem] min-w-[1.125rem] items-center justify-center rounded-full bg-red-600 px-1 text-[11px] leading-none font-semibold text-white tabular-nums ring-2 ring-surface"
          >
            {badgeText(unread)}
          </span>
        ) : null}
      </button>
      <NotificationDrawer open={open} onClose={() => setOpen(false)} feed={feed} />
    </>
  );
}
