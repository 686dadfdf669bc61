import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useToast, type ToastApi } from '../../components/toast/context';
import { graphql } from '../../gql';
import { onReconnect, subscribe } from '../../lib/ws';
import { applyNotificationEvent, isCachedNotification, type LiveNotificationEvent } from './cache';
import { notificationKeys } from './keys';
import { toastVariantFor } from './kinds';

const NotificationEventsSubscription = graphql(`
  subscription NotificationEvents {
    notificationEvents {
      unreadCount
      notification {
        ...NotificationFields
      }
    }
  }
`);

const RESUBSCRIBE_MS = 5_000;

/**
 * Applies one pushed event: the badge count and the cached feed follow it, and a notification that is
 * news (not in the feed yet) raises a toast, except finished and failed downloads, which the downloads
 * feature already announces.
 */
export function receiveNotificationEvent(client: QueryClient, toast: ToastApi, event: LiveNotificationEvent): void {
  const { notification } = event;
  const isNew = notification !== null && !isCachedNotification(client, notification.id);
  applyNotificationEvent(client, event);
  if (!isNew || notification.readAt !== null) return;
  const variant = toastVariantFor(notification.kind);
  if (!variant) return;
  toast.show({
    id: `notification-${notification.id}`,
    variant,
    title: notification.title,
    description: notification.body || undefined,
  });
}

/**
 * Keeps the notification feed and the unread badge live for the whole signed-in session. After a
 * reconnect (or a failed stream) the feed is refetched so nothing missed stays hidden.
 */
export function useLiveNotifications(): void {
  const client = useQueryClient();
  const toast = useToast();

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe = (): void => {};
    const start = (): void => {
      unsubscribe = subscribe(NotificationEventsSubscription, {}, {
        next: ({ notificationEvents }) => receiveNotificationEvent(client, toast, notificationEvents),
        error: () => {
          retry = setTimeout(() => {
            void client.invalidateQueries({ queryKey: notificationKeys.feeds() });
            start();
          }, RESUBSCRIBE_MS);
        },
      });
    };
    start();
    const stopReconnect = onReconnect(() => void client.invalidateQueries({ queryKey: notificationKeys.feeds() }));
    return () => {
      clearTimeout(retry);
      unsubscribe();
      stopReconnect();
    };
  }, [client, toast]);
}
