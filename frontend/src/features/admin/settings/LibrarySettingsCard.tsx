import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../../components/Alert';
import { Card } from '../../../components/Card';
import { Switch } from '../../../components/form';
import { useToast } from '../../../components/toast/context';
import { errorSentence } from '../../../lib/errors';
import { request } from '../../../lib/graphql';
import { SaveLibrarySettingsMutation, settingsKeys, type ServiceSettings } from './api';

/** Library-wide choices; each switch saves as soon as it is flipped. */
export function LibrarySettingsCard({ library }: { library: ServiceSettings['library'] }) {
  const client = useQueryClient();
  const toast = useToast();
  const [error, setError] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: (shareNowPlaying: boolean) =>
      request(SaveLibrarySettingsMutation, { shareNowPlaying }).then((d) => d.saveLibrarySettings),
    onMutate: () => setError(null),
    onSuccess: (settings, shareNowPlaying) => {
      client.setQueryData(settingsKeys.all, settings);
      toast.show({ variant: 'success', title: shareNowPlaying ? 'Now playing is shared with everyone' : 'Now playing is private' });
    },
    onError: (e) => setError(errorSentence(e)),
  });

  // Show the value being saved right away; the stored one comes back with the answer.
  const checked = save.isPending && save.variables !== undefined ? save.variables : library.shareNowPlaying;

  return (
    <Card title="Library" headingId="settings-library-heading">
      <div role="group" aria-labelledby="settings-library-heading" className="space-y-4 px-4 py-5 sm:px-5">
        <Switch
          label="Share Now playing with everyone"
          description="Off: people see only their own streams; admins always see all."
          checked={checked}
          disabled={save.isPending}
          onChange={(value) => save.mutate(value)}
        />
        {error ? (
          <Alert tone="danger" role="alert" title="Not saved">
            {error}
          </Alert>
        ) : null}
      </div>
    </Card>
  );
}
