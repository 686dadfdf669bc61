import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useToast } from '../../components/toast/context';
import { graphql } from '../../gql';
import { onReconnect, subscribe } from '../../lib/ws';
import { applyJobToCache, findCachedJob, isTerminal } from './cache';
import { jobKeys } from './keys';
import { announceOutcome } from './notify';
import { isWatched } from './watch';

const JobUpdatedSubscription = graphql(`
  subscription JobUpdated {
    jobUpdated {
      ...JobFields
    }
  }
`);

const RESUBSCRIBE_MS = 5_000;

/**
 * Keeps every cached job list live for the signed-in session: each pushed job is merged into the cache
 * (in place, or inserted when it matches a list's filter). After a reconnect the lists are refetched so
 * nothing missed while offline stays stale. A watched job reaching SUCCEEDED/FAILED raises a toast —
 * "watched" meaning started here, or seen queued/running in a list.
 */
export function useLiveJobs(): void {
  const client = useQueryClient();
  const toast = useToast();
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe(JobUpdatedSubscription, {}, {
      next: ({ jobUpdated: job }) => {
        const previous = findCachedJob(client, job.id);
        applyJobToCache(client, job);
        const wasActive = previous !== undefined && !isTerminal(previous.status);
        if (isTerminal(job.status) && (wasActive || isWatched(job.id))) announceOutcome(toast, job);
      },
      // The server ended the subscription (e.g. it errored): try again shortly, and catch up meanwhile.
      error: () => {
        retryTimer = setTimeout(() => setAttempt((n) => n + 1), RESUBSCRIBE_MS);
      },
    });
    return () => {
      clearTimeout(retryTimer);
      unsubscribe();
    };
  }, [client, toast, attempt]);

  useEffect(() => {
    if (attempt > 0) void client.invalidateQueries({ queryKey: jobKeys.all });
  }, [client, attempt]);

  useEffect(
    () =>
      onReconnect(() => {
        void client.invalidateQueries({ queryKey: jobKeys.all });
        void client.invalidateQueries({ queryKey: ['me'] });
      }),
    [client],
  );
}
