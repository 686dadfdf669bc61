import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from '../../../components/Button';
import { DownloadIcon } from '../../../components/icons';
import { useToast } from '../../../components/toast/context';
import { toFriendlyError } from '../../../lib/errors';
import { request } from '../../../lib/graphql';
import { ImportPlexUsersMutation, userKeys } from './api';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Creates users for everyone the Plex server is shared with; reports how many were new. */
export function ImportUsersButton({ onProblem }: { onProblem: (message: string | null) => void }) {
  const client = useQueryClient();
  const toast = useToast();
  const mutation = useMutation({
    mutationFn: () => request(ImportPlexUsersMutation).then((d) => d.importPlexUsers),
    onMutate: () => onProblem(null),
    onSuccess: (result) => {
      if (result.__typename === 'ValidationError') {
        onProblem(result.message);
        return;
      }
      void client.invalidateQueries({ queryKey: userKeys.lists() });
      const imported = result.imported.length;
      toast.show({
        variant: 'success',
        title: imported === 0 ? 'Everyone is already here' : `Imported ${plural(imported, 'user', 'users')} from Plex`,
        description:
          result.skipped > 0
            ? `Skipped ${plural(result.skipped, 'person', 'people')} who already have an account or haven't accepted the share.`
            : undefined,
      });
    },
    onError: (error) => toast.show({ variant: 'error', title: "Couldn't import from Plex", description: toFriendlyError(error).detail }),
  });
  return (
    <Button variant="primary" icon={<DownloadIcon size={16} />} loading={mutation.isPending} onClick={() => mutation.mutate()}>
      Import from Plex
    </Button>
  );
}
