import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '../../components/Button';
import { PlayIcon } from '../../components/icons';
import { useToast } from '../../components/toast/context';
import { graphql } from '../../gql';
import { toFriendlyError } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { applyJobToCache, findCachedJob } from './cache';
import { announceOutcome } from './notify';
import { watchJob } from './watch';

const RunHousekeepingMutation = graphql(`
  mutation RunHousekeeping {
    runHousekeeping {
      ...JobFields
    }
  }
`);

/** Admin-only: queues a housekeeping job and watches it so its outcome is announced. */
export function RunHousekeepingButton() {
  const client = useQueryClient();
  const toast = useToast();
  const mutation = useMutation({
    mutationFn: () => request(RunHousekeepingMutation).then((d) => d.runHousekeeping),
    onSuccess: (job) => {
      watchJob(job.id);
      applyJobToCache(client, job);
      // The live feed can beat the mutation's answer: if it already finished, just announce the outcome.
      const latest = findCachedJob(client, job.id) ?? job;
      if (latest.status === 'SUCCEEDED' || latest.status === 'FAILED') {
        announceOutcome(toast, latest);
        return;
      }
      toast.show({
        id: `queued-${job.id}`,
        variant: 'info',
        title: 'Housekeeping queued',
        description: "You'll get a notification when it finishes.",
      });
    },
    onError: (error) => {
      toast.show({ variant: 'error', title: "Couldn't start housekeeping", description: toFriendlyError(error).detail });
    },
  });

  return (
    <Button
      variant="primary"
      loading={mutation.isPending}
      icon={<PlayIcon size={16} />}
      onClick={() => mutation.mutate()}
    >
      Run housekeeping
    </Button>
  );
}
