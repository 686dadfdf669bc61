import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import { request } from '../../lib/graphql';
import { subscribe } from '../../lib/ws';
import { isTerminal } from '../jobs/cache';
import type { Job } from '../jobs/keys';
import { watchJob } from '../jobs/watch';
import { libraryKeys } from './keys';

const SyncLibraryMutation = graphql(`
  mutation SyncLibrary {
    syncLibrary(mode: FULL) {
      ...JobFields
    }
  }
`);

const SyncJobQuery = graphql(`
  query SyncJob($id: ID!) {
    job(id: $id) {
      ...JobFields
    }
  }
`);

const SyncJobSubscription = graphql(`
  subscription SyncJobUpdated($id: ID!) {
    jobUpdated(id: $id) {
      ...JobFields
    }
  }
`);

function newer(current: Job | null, next: Job | null | undefined): Job | null {
  if (!next) return current;
  if (!current || current.id !== next.id) return next;
  return Date.parse(next.updatedAt) >= Date.parse(current.updatedAt) ? next : current;
}

/**
 * "Sync now": starts a full library sync (or joins the one under way) and follows that job live
 * through `jobUpdated(id)`. Once it succeeds, every library and dashboard query is refetched.
 */
export function useSyncJob() {
  const client = useQueryClient();
  const [job, setJob] = useState<Job | null>(null);
  const jobId = job?.id ?? null;

  const start = useMutation({
    mutationFn: () => request(SyncLibraryMutation).then((d) => d.syncLibrary),
    onSuccess: (started) => {
      watchJob(started.id); // the app-wide job feed announces the outcome with a toast
      setJob((current) => newer(current, started));
    },
  });

  useEffect(() => {
    if (!jobId) return;
    let active = true;
    const unsubscribe = subscribe(SyncJobSubscription, { id: jobId }, {
      next: ({ jobUpdated }) => setJob((current) => newer(current, jobUpdated)),
    });
    // The subscription only reports changes: read the current state once too, in case it already moved on.
    request(SyncJobQuery, { id: jobId })
      .then((d) => {
        if (active) setJob((current) => newer(current, d.job));
      })
      .catch(() => {
        // The live feed keeps us informed; nothing to show for a failed read.
      });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [jobId]);

  const status = job?.status;
  useEffect(() => {
    if (status === 'SUCCEEDED') {
      void client.invalidateQueries({ queryKey: libraryKeys.all });
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    }
  }, [client, status]);

  return {
    job,
    start: () => start.mutate(),
    starting: start.isPending,
    startError: start.error,
    running: job !== null && !isTerminal(job.status),
  };
}

export type SyncJobState = ReturnType<typeof useSyncJob>;
