import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '../../components/Button';
import { useToast } from '../../components/toast/context';
import { graphql } from '../../gql';
import { toFriendlyError } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { applyJobToCache } from './cache';
import type { Job } from './keys';

const CancelJobMutation = graphql(`
  mutation CancelJob($id: ID!) {
    cancelJob(id: $id) {
      ...JobFields
    }
  }
`);

export function CancelJobButton({ job }: { job: Job }) {
  const client = useQueryClient();
  const toast = useToast();
  const mutation = useMutation({
    mutationFn: () => request(CancelJobMutation, { id: job.id }).then((d) => d.cancelJob),
    onSuccess: (updated) => {
      applyJobToCache(client, updated);
      toast.show({
        id: `cancel-${job.id}`,
        variant: 'info',
        title: updated.status === 'CANCELLED' ? 'Job cancelled' : 'Cancelling job…',
        description: updated.title,
      });
    },
    onError: (error) => {
      const friendly = toFriendlyError(error);
      toast.show({ variant: 'error', title: `Couldn't cancel “${job.title}”`, description: friendly.detail });
    },
  });

  return (
    <Button
      size="sm"
      variant="danger"
      loading={mutation.isPending}
      onClick={() => mutation.mutate()}
      aria-label={`Cancel ${job.title}`}
    >
      Cancel
    </Button>
  );
}
