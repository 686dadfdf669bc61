import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { graphql } from '../../gql';
import type { ServiceStatusQuery } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { onReconnect, subscribe } from '../../lib/ws';
import type { Monitor } from './status';

export const MonitorFields = graphql(`
  fragment MonitorFields on Monitor {
    id
    name
    group
    status
    pingMs
    lastCheckAt
    uptime24h
    uptime7d
    uptime30d
    visible
    history {
      at
      status
      pingMs
    }
  }
`);

const ServiceStatusQueryDoc = graphql(`
  query ServiceStatus {
    serviceStatus {
      configured
      monitors {
        ...MonitorFields
      }
    }
  }
`);

const ServiceStatusSubscription = graphql(`
  subscription ServiceStatusUpdated {
    serviceStatusUpdated {
      configured
      monitors {
        ...MonitorFields
      }
    }
  }
`);

const UpdateMonitorMutation = graphql(`
  mutation UpdateMonitor($id: ID!, $displayName: String, $visible: Boolean) {
    updateMonitor(id: $id, displayName: $displayName, visible: $visible) {
      ...MonitorFields
    }
  }
`);

const RefreshServiceStatusMutation = graphql(`
  mutation RefreshServiceStatus {
    refreshServiceStatus {
      configured
      monitors {
        ...MonitorFields
      }
    }
  }
`);

export type ServiceStatusData = ServiceStatusQuery['serviceStatus'];

export const serviceStatusKey = ['serviceStatus'] as const;

export function useServiceStatus() {
  return useQuery({
    queryKey: serviceStatusKey,
    queryFn: ({ signal }) => request(ServiceStatusQueryDoc, {}, { signal }).then((d) => d.serviceStatus),
  });
}

function subscribeVisibility(listener: () => void): () => void {
  document.addEventListener('visibilitychange', listener);
  return () => document.removeEventListener('visibilitychange', listener);
}

/** Whether the tab is in view (there is no point in live updates nobody sees). */
function usePageVisible(): boolean {
  return useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState !== 'hidden',
    () => true,
  );
}

const RESUBSCRIBE_MS = 5_000;

/**
 * Keeps the cached service status live while the component using it is shown and the tab is visible:
 * every push (the first one is the current state) replaces the cached status.
 */
export function useLiveServiceStatus(): void {
  const client = useQueryClient();
  const visible = usePageVisible();

  useEffect(() => {
    if (!visible) return;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe = (): void => {};
    const start = (): void => {
      unsubscribe = subscribe(ServiceStatusSubscription, {}, {
        next: ({ serviceStatusUpdated }) => client.setQueryData<ServiceStatusData>(serviceStatusKey, serviceStatusUpdated),
        // The stream ended with an error: start again shortly; its first message catches us up.
        error: () => {
          retry = setTimeout(start, RESUBSCRIBE_MS);
        },
      });
    };
    start();
    const stopReconnect = onReconnect(() => void client.invalidateQueries({ queryKey: serviceStatusKey }));
    return () => {
      clearTimeout(retry);
      unsubscribe();
      stopReconnect();
    };
  }, [client, visible]);
}

/** Replaces one monitor in the cached status (after a rename or a visibility change). */
export function replaceMonitor(data: ServiceStatusData | undefined, monitor: Monitor): ServiceStatusData | undefined {
  if (!data) return data;
  return { ...data, monitors: data.monitors.map((m) => (m.id === monitor.id ? monitor : m)) };
}

export function useUpdateMonitor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vars: { id: string; displayName?: string; visible?: boolean }) =>
      request(UpdateMonitorMutation, vars).then((d) => d.updateMonitor),
    onSuccess: (monitor) =>
      client.setQueryData<ServiceStatusData>(serviceStatusKey, (data) => replaceMonitor(data, monitor)),
  });
}

export function useRefreshServiceStatus() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => request(RefreshServiceStatusMutation).then((d) => d.refreshServiceStatus),
    onSuccess: (status) => client.setQueryData<ServiceStatusData>(serviceStatusKey, status),
  });
}
