import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { graphql } from '../../gql';
import type { NotificationSettingsQuery } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { flattenNotifications, markReadInCache, setUnreadCountInCache, unreadCountOf, type NotificationsData, type NotificationsPage } from './cache';
import { FEED_PAGE_SIZE, notificationKeys, type NotificationChannel, type NotificationKind, type NotificationPreference } from './keys';

/** Every field the drawer shows; shared by the feed and the live subscription. */
export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    title
    body
    link
    createdAt
    readAt
  }
`);

const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      unreadCount
    }
  }
`);

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationPreferenceFields = graphql(`
  fragment NotificationPreferenceFields on NotificationPreference {
    kind
    inApp
    channels
  }
`);

const NotificationSettingsQueryDoc = graphql(`
  query NotificationSettings {
    notificationSettings {
      preferences {
        ...NotificationPreferenceFields
      }
      availableChannels
    }
  }
`);

const SetNotificationPreferenceMutation = graphql(`
  mutation SetNotificationPreference($kind: NotificationKind!, $inApp: Boolean!, $channels: [NotificationChannel!]!) {
    setNotificationPreference(kind: $kind, inApp: $inApp, channels: $channels) {
      ...NotificationPreferenceFields
    }
  }
`);

export type NotificationSettings = NotificationSettingsQuery['notificationSettings'];

/**
 * The viewer's feed, newest first, with the unread count. The header's bell keeps it loaded for the whole
 * session (the count is its badge) and useLiveNotifications keeps it live.
 */
export function useNotificationFeed(pageSize = FEED_PAGE_SIZE) {
  const query = useInfiniteQuery<NotificationsPage, Error, NotificationsData, ReturnType<typeof notificationKeys.feed>, string | null>({
    queryKey: notificationKeys.feed(pageSize),
    queryFn: ({ pageParam, signal }) =>
      request(NotificationsQuery, { first: pageSize, after: pageParam }, { signal }).then((d) => d.notifications),
    initialPageParam: null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
  });
  const notifications = useMemo(() => (query.data ? flattenNotifications(query.data) : []), [query.data]);
  const unreadCount = query.data ? unreadCountOf(query.data) : 0;
  return { ...query, notifications, unreadCount };
}

/**
 * Marks some notifications read (or, with null, all of them). The cache changes at once (read dots go,
 * the badge drops); the server's count replaces the guess when it answers.
 */
export function useMarkNotificationsRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[] | null) => request(MarkNotificationsReadMutation, { ids }).then((d) => d.markNotificationsRead),
    onMutate: (ids) => markReadInCache(client, ids, new Date().toISOString()),
    onSuccess: (count) => setUnreadCountInCache(client, count),
    // Whatever happened, the server knows best.
    onError: () => void client.invalidateQueries({ queryKey: notificationKeys.feeds() }),
  });
}

export function useNotificationSettings() {
  return useQuery({
    queryKey: notificationKeys.settings(),
    queryFn: ({ signal }) => request(NotificationSettingsQueryDoc, {}, { signal }).then((d) => d.notificationSettings),
  });
}

export interface PreferenceInput {
  kind: NotificationKind;
  inApp: boolean;
  channels: NotificationChannel[];
}

/**
 * Saves one kind's row; the stored preference that comes back replaces it in the cached settings.
 * Saves of the same kind run one after another, so the last change made is the one stored.
 */
export function useSetNotificationPreference(kind: NotificationKind) {
  const client = useQueryClient();
  return useMutation({
    scope: { id: `notification-preference:${kind}` },
    mutationFn: (input: PreferenceInput) =>
      request(SetNotificationPreferenceMutation, input).then((d) => d.setNotificationPreference),
    onSuccess: (saved) => {
      client.setQueryData<NotificationSettings>(notificationKeys.settings(), (settings) =>
        settings
          ? { ...settings, preferences: settings.preferences.map((p): NotificationPreference => (p.kind === saved.kind ? saved : p)) }
          : settings,
      );
    },
  });
}
