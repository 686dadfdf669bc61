import type {
  NotificationChannel,
  NotificationFieldsFragment,
  NotificationKind,
  NotificationPreferenceFieldsFragment,
} from '../../gql/graphql';

export type Notification = NotificationFieldsFragment;
export type NotificationPreference = NotificationPreferenceFieldsFragment;
export type { NotificationChannel, NotificationKind };

/** How many notifications the drawer loads at a time. */
export const FEED_PAGE_SIZE = 20;

export const notificationKeys = {
  root: ['notifications'] as const,
  /** The viewer's feed (newest first) with the unread count; loaded for the whole session by the bell. */
  feed: (pageSize: number = FEED_PAGE_SIZE) => ['notifications', 'feed', { pageSize }] as const,
  feeds: () => ['notifications', 'feed'] as const,
  settings: () => ['notifications', 'settings'] as const,
};
