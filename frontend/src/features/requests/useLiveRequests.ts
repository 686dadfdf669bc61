import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ToastApi } from '../../components/toast/context';
import { useToast } from '../../components/toast/context';
import { graphql } from '../../gql';
import { onReconnect, subscribe } from '../../lib/ws';
import { applyRequestToCache, findMyRequest } from './cache';
import { requestKeys, type MediaRequest } from './keys';

const RequestUpdatedSubscription = graphql(`
  subscription RequestUpdated {
    requestUpdated {
      ...MediaRequestFields
    }
  }
`);

const RESUBSCRIBE_MS = 5_000;

/**
 * Applies one pushed request: merged into every cached list, and a toast when one of the viewer's own
 * requests just became AVAILABLE or DECLINED. Managers receive everyone's requests; for them only requests
 * already in their own list count as theirs. `announced` keeps each outcome to one toast.
 */
export function receiveRequest(
  client: QueryClient,
  toast: ToastApi,
  request: MediaRequest,
  { manager, announced }: { manager: boolean; announced: Set<string> },
): void {
  const previous = findMyRequest(client, request.id);
  const mine = previous !== undefined || !manager;
  applyRequestToCache(client, request, { mine });
  if (!mine || (request.status !== 'AVAILABLE' && request.status !== 'DECLINED')) return;
  if (previous?.status === request.status) return;
  const key = `${request.id}:${request.status}`;
  if (announced.has(key)) return;
  announced.add(key);
  if (request.status === 'AVAILABLE') {
    toast.show({ id: `request-${request.id}`, variant: 'success', title: `${request.title} is now on Plex` });
  } else {
    toast.show({
      id: `request-${request.id}`,
      variant: 'error',
      title: `${request.title} was declined`,
      description: request.declineReason ? `Reason: ${request.declineReason}` : 'No reason was given.',
    });
  }
}

/**
 * Keeps cached request lists live while a component using it is shown (the requests page, the dashboard
 * card). After a reconnect (or a failed stream) the lists are refetched so nothing missed stays stale.
 */
export function useLiveRequests(manager: boolean): void {
  const client = useQueryClient();
  const toast = useToast();
  const announced = useRef(new Set<string>());

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe = (): void => {};
    const start = (): void => {
      unsubscribe = subscribe(RequestUpdatedSubscription, {}, {
        next: ({ requestUpdated }) => receiveRequest(client, toast, requestUpdated, { manager, announced: announced.current }),
        error: () => {
          retry = setTimeout(() => {
            void client.invalidateQueries({ queryKey: requestKeys.root });
            start();
          }, RESUBSCRIBE_MS);
        },
      });
    };
    start();
    const stopReconnect = onReconnect(() => void client.invalidateQueries({ queryKey: requestKeys.root }));
    return () => {
      clearTimeout(retry);
      unsubscribe();
      stopReconnect();
    };
  }, [client, toast, manager]);
}
