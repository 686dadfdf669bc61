import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ToastApi } from '../../components/toast/context';
import { useToast } from '../../components/toast/context';
import { graphql } from '../../gql';
import { onReconnect, subscribe } from '../../lib/ws';
import { applyDownloadToCache, findCachedDownload } from './cache';
import { downloadKeys, type Download, type DownloadStatus } from './keys';
import { announceDownload } from './notify';

const DownloadUpdatedSubscription = graphql(`
  subscription DownloadUpdated {
    downloadUpdated {
      ...DownloadFields
    }
  }
`);

const RESUBSCRIBE_MS = 5_000;

export interface LiveMemory {
  /** The last status pushed for each of the viewer's downloads (for ones no cached list shows). */
  seen: Map<string, DownloadStatus>;
  /** `id:status` outcomes already toasted. */
  announced: Set<string>;
}

export function newLiveMemory(): LiveMemory {
  return { seen: new Map(), announced: new Set() };
}

/**
 * Applies one pushed download: merged into every cached list and expanded playlist, and — for the
 * viewer's own — a toast when it just completed or failed, and a fresh quota when a top-level download
 * changed status (failed, cancelled and declined ones stop counting).
 */
export function receiveDownload(
  client: QueryClient,
  toast: ToastApi,
  download: Download,
  { viewerId, memory }: { viewerId: string; memory: LiveMemory },
): void {
  const mine = download.owner?.id === viewerId;
  const previous = findCachedDownload(client, download.id)?.status ?? memory.seen.get(download.id);
  applyDownloadToCache(client, download, { mine });
  if (!mine) return;
  memory.seen.set(download.id, download.status);
  if (previous === download.status) return;
  if (!download.parentId && previous !== undefined) void client.invalidateQueries({ queryKey: downloadKeys.quota() });
  announceDownload(toast, download, previous, memory.announced);
}

/**
 * Keeps cached downloads live for the whole signed-in session (so "Saved to Plex" toasts arrive on any
 * page). After a reconnect (or a failed stream) the lists are refetched so nothing missed stays stale.
 */
export function useLiveDownloads(viewerId: string): void {
  const client = useQueryClient();
  const toast = useToast();
  const memory = useRef<LiveMemory>(newLiveMemory());

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe = (): void => {};
    const start = (): void => {
      unsubscribe = subscribe(DownloadUpdatedSubscription, {}, {
        next: ({ downloadUpdated }) => receiveDownload(client, toast, downloadUpdated, { viewerId, memory: memory.current }),
        error: () => {
          retry = setTimeout(() => {
            void client.invalidateQueries({ queryKey: downloadKeys.root });
            start();
          }, RESUBSCRIBE_MS);
        },
      });
    };
    start();
    const stopReconnect = onReconnect(() => void client.invalidateQueries({ queryKey: downloadKeys.root }));
    return () => {
      clearTimeout(retry);
      unsubscribe();
      stopReconnect();
    };
  }, [client, toast, viewerId]);
}
