import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { graphql } from '../../gql';
import type { FeatureStatusUpdatedSubscription } from '../../gql/graphql';
import { subscribe } from '../../lib/ws';

const FeatureStatusSubscription = graphql(`
  subscription FeatureStatusUpdated {
    featureStatusUpdated {
      name
      available
      message
    }
  }
`);

export type FeatureStatus = FeatureStatusUpdatedSubscription['featureStatusUpdated'][number];
/** The parts of MediaNest the server reports on. */
export type FeatureName = 'library' | 'requests' | 'downloads';

export const featureKeys = {
  /** Every feature's status, as last pushed by `featureStatusUpdated` (the first push is the current state). */
  all: ['featureStatus'] as const,
};

const RESUBSCRIBE_MS = 5_000;

/**
 * Keeps every feature's status in the cache for the whole signed-in session, so pages can say at once
 * (and without a reload) that the library, requests or downloads don't work right now. The stream's
 * first message is the current state, also after the socket reconnects (graphql-ws subscribes again).
 */
export function useLiveFeatureStatus(): void {
  const client = useQueryClient();
  // Only pushes fill this entry: observe it for the session (without re-rendering) so it is never
  // garbage-collected while no page reads it.
  useQuery<FeatureStatus[]>({ queryKey: featureKeys.all, queryFn: skipToken, staleTime: Infinity, notifyOnChangeProps: [] });

  useEffect(() => {
    let retry: ReturnType<typeof setTimeout> | undefined;
    let unsubscribe = (): void => {};
    const start = (): void => {
      unsubscribe = subscribe(FeatureStatusSubscription, {}, {
        next: ({ featureStatusUpdated }) => client.setQueryData<FeatureStatus[]>(featureKeys.all, featureStatusUpdated),
        // The stream ended with an error: start again shortly; its first message catches us up.
        error: () => {
          retry = setTimeout(start, RESUBSCRIBE_MS);
        },
      });
    };
    start();
    return () => {
      clearTimeout(retry);
      unsubscribe();
    };
  }, [client]);
}

/** The last pushed status of one feature; null until the server has said (or when it doesn't know the name). */
export function useFeatureStatus(name: FeatureName): FeatureStatus | null {
  const { data } = useQuery<FeatureStatus[]>({ queryKey: featureKeys.all, queryFn: skipToken, staleTime: Infinity });
  return data?.find((feature) => feature.name === name) ?? null;
}

/** The feature's status when the server says it doesn't work right now; null while it does (or is unknown). */
export function useFeatureOutage(name: FeatureName): FeatureStatus | null {
  const status = useFeatureStatus(name);
  return status && !status.available ? status : null;
}
