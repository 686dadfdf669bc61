import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import type { ToastApi } from '../../components/toast/context';
import { useToast } from '../../components/toast/context';
import { graphql } from '../../gql';
import { onReconnect, subscribe } from '../../lib/ws';
import { useViewer } from '../auth/useMe';
import { canSeeAllDownloads } from './access';
import { applyDownloadToCache, findCachedDownload } from './cache';
import { downloadKeys, listFromKey, type Download, type DownloadStatus } from './keys';
import { announceDownload } from './notify';

/** The viewer's own downloads (even for admins: everyone's only come with `everyone`). */
const DownloadUpdatedSubscription = graphql(`
  subscription DownloadUpdated {
    downloadUpdated {
      ...DownloadFields
    }
  }
`);

/** Everyone's downloads; the server refuses it to anyone but admins. */
const EveryoneDownloadUpdatedSubscription = graphql(`
  subscription EveryoneDownloadUpdated {
    downloadUpdated(everyone: true) {
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

/**
 * Applies one of everyone's downloads to the cached "everyone" lists, the approval queue and expanded
 * playlists. The viewer's own are left to the session-wide subscription, which gets them too: applied
 * here first, their change would already be in the cache there and their toast would be lost.
 */
export function receiveEveryoneDownload(client: QueryClient, download: Download, viewerId: string): void {
  if (download.owner?.id === viewerId) return;
  applyDownloadToCache(client, download, { mine: false });
}

/** Lists that show other people's downloads: everyone's (admins) and the approval queue. */
const showsEveryone = (key: readonly unknown[]): boolean => listFromKey(key)?.everyone === true;

/**
 * Keeps everyone's downloads live while an admin view that shows them ("All downloads", "Approvals") is
 * mounted: a subscription of its own with `everyone: true`. Does nothing for anyone else (the server
 * refuses it to non-admins). Lists loaded earlier, while nobody followed everyone's downloads, are
 * refetched when it starts.
 */
export function useLiveEveryoneDownloads(): void {
  const client = useQueryClient();
  const viewer = useViewer();
  const allowed = canSeeAllDownloads(viewer);
  const viewerId = viewer.id;

  useEffect(() => {
    if (!allowed) return;
    const catchUp = (): void =>
      void client.invalidateQueries({
        predicate: (q) => showsEveryone(q.queryKey) && q.state.data !== undefined && q.state.fetchStatus === 'idle',
      });
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe = (): void => {};
    const start = (): void => {
      unsubscribe = subscribe(EveryoneDownloadUpdatedSubscription, {}, {
        next: ({ downloadUpdated }) => receiveEveryoneDownload(client, downloadUpdated, viewerId),
        error: () => {
          retry = setTimeout(() => {
            catchUp();
            start();
          }, RESUBSCRIBE_MS);
        },
      });
    };
    catchUp();
    start();
    // After a reconnect the session-wide subscription refetches every download list, these included.
    return () => {
      clearTimeout(retry);
      unsubscribe();
    };
  }, [client, allowed, viewerId]);
}
