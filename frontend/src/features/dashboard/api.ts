import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql';
import type { DashboardQuery } from '../../gql/graphql';
import { request } from '../../lib/graphql';
import { onReconnect, subscribe } from '../../lib/ws';
import { mergeNowPlaying, type NowPlaying } from './nowPlaying';

export const NowPlayingFields = graphql(`
  fragment NowPlayingFields on NowPlaying {
    sessionKey
    title
    grandparentTitle
    type
    progress
    state
    player
    userTitle
    transcoding
    itemId
    posterUrl
  }
`);

// Fetch more than the 12 cards shown: new episodes of one show share a card.
export const RECENTLY_ADDED = 36;

// One round trip for the whole dashboard: what's playing (and whether Plex answers) and what's new.
const DashboardQueryDoc = graphql(`
  query Dashboard($recent: Int!) {
    nowPlaying {
      ...NowPlayingFields
    }
    libraryStatus {
      plexReachable
      breakerOpen
    }
    recentlyAdded(first: $recent) {
      edges {
        node {
          ...PosterFields
          index
          parentIndex
          parent {
            id
            title
            index
            parent {
              id
              title
              posterUrl(width: 300)
            }
          }
        }
      }
    }
  }
`);

const NowPlayingSubscription = graphql(`
  subscription NowPlayingUpdated {
    nowPlayingUpdated {
      ...NowPlayingFields
    }
  }
`);

export type DashboardData = DashboardQuery;
export type RecentItem = DashboardQuery['recentlyAdded']['edges'][number]['node'];

/** The recently added titles of a loaded dashboard, newest first. */
export function recentItems(data: DashboardData | undefined): RecentItem[] | undefined {
  return data?.recentlyAdded.edges.map((edge) => edge.node);
}

export const dashboardKey = ['dashboard', { recent: RECENTLY_ADDED }] as const;

/** Plex isn't answering, so "now playing" is the last list MediaNest saw. */
export function plexUnreachable(data: DashboardData | undefined): boolean {
  return data !== undefined && (data.libraryStatus.plexReachable === false || data.libraryStatus.breakerOpen);
}

export function useDashboard() {
  return useQuery({
    queryKey: dashboardKey,
    queryFn: ({ signal }) => request(DashboardQueryDoc, { recent: RECENTLY_ADDED }, { signal }),
    // While Plex is away, look again now and then so the "may be out of date" note goes once it is back.
    refetchInterval: (query) => (plexUnreachable(query.state.data) ? 20_000 : false),
  });
}

const RESUBSCRIBE_MS = 5_000;

/**
 * Keeps the dashboard's "now playing" live while it is on screen: every push (the first one is the current
 * list) is merged into the cached dashboard. A push that beats the first load is held and applied on arrival.
 */
export function useLiveNowPlaying(loaded: boolean): void {
  const client = useQueryClient();
  const pending = useRef<NowPlaying[] | null>(null);

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe = (): void => {};
    const apply = (list: NowPlaying[]): void => {
      const current = client.getQueryData<DashboardData>(dashboardKey);
      if (!current) {
        pending.current = list;
        return;
      }
      const merged = mergeNowPlaying(current.nowPlaying, list);
      if (merged !== current.nowPlaying) client.setQueryData<DashboardData>(dashboardKey, { ...current, nowPlaying: merged });
    };
    const start = (): void => {
      unsubscribe = subscribe(NowPlayingSubscription, {}, {
        next: ({ nowPlayingUpdated }) => apply(nowPlayingUpdated),
        // The server ended the stream (e.g. an error): start again shortly; its first message catches us up.
        error: () => {
          retry = setTimeout(start, RESUBSCRIBE_MS);
        },
      });
    };
    start();
    const stopReconnect = onReconnect(() => void client.invalidateQueries({ queryKey: ['dashboard'] }));
    return () => {
      clearTimeout(retry);
      unsubscribe();
      stopReconnect();
    };
  }, [client]);

  useEffect(() => {
    if (!loaded || !pending.current) return;
    const list = pending.current;
    pending.current = null;
    const current = client.getQueryData<DashboardData>(dashboardKey);
    if (current) client.setQueryData<DashboardData>(dashboardKey, { ...current, nowPlaying: mergeNowPlaying(current.nowPlaying, list) });
  }, [client, loaded]);
}
