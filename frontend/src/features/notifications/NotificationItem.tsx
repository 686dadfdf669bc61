import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RelativeTime } from '../../components/RelativeTime';
import type { Notification } from './keys';

/** A link inside the app ("/requests"); anything else (an http address) opens in a new tab. */
export function isAppLink(link: string): boolean {
  return link.startsWith('/') && !link.startsWith('//');
}

const ROW =
  'flex w-full gap-3 rounded-lg px-3 py-3 text-left transition-colors focus-visible:outline-offset-0';

interface NotificationItemProps {
  notification: Notification;
  /** The person opened it: mark it read (and, for a link, close the drawer). */
  onOpen: (notification: Notification) => void;
}

/** One row of the feed: unread dot, title, body and when; a link when the notification points somewhere. */
export function NotificationItem({ notification, onOpen }: NotificationItemProps) {
  const unread = notification.readAt === null;
  const content: ReactNode = (
    <>
      <span className="mt-1.5 flex w-2 shrink-0 justify-center" aria-hidden="true">
        {unread ? <span data-testid="unread-dot" className="size-2 rounded-full bg-accent" /> : null}
      </span>
      <span className="min-w-0 flex-1">
        {unread ? <span className="sr-only">Unread: </span> : null}
        <span className={`block text-sm break-words text-fg ${unread ? 'font-semibold' : 'font-medium'}`}>{notification.title}</span>
        {notification.body ? (
          <span className="mt-0.5 line-clamp-3 block text-sm break-words text-fg-muted">{notification.body}</span>
        ) : null}
        <span className="mt-1 block text-xs text-fg-subtle">
          <RelativeTime value={notification.createdAt} />
        </span>
      </span>
    </>
  );
  const interactive = `${ROW} hover:bg-surface-hover ${unread ? 'bg-accent-soft/60' : ''}`;
  const data = { 'data-testid': 'notification-item', 'data-notification-id': notification.id, 'data-unread': unread };

  let row: ReactNode;
  if (notification.link && isAppLink(notification.link)) {
    row = (
      <Link to={notification.link} onClick={() => onOpen(notification)} className={interactive} {...data}>
        {content}
      </Link>
    );
  } else if (notification.link) {
    row = (
      <a href={notification.link} target="_blank" rel="noopener noreferrer" onClick={() => onOpen(notification)} className={interactive} {...data}>
        {content}
      </a>
    );
  } else if (unread) {
    // Nowhere to go: pressing it only marks it read.
    row = (
      <button type="button" onClick={() => onOpen(notification)} className={interactive} {...data}>
        {content}
      </button>
    );
  } else {
    row = (
      <div className={ROW} {...data}>
        {content}
      </div>
    );
  }
  return <li>{row}</li>;
}
