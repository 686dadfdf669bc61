import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorState } from '../../../components/ErrorState';
import { SignOutIcon } from '../../../components/icons';
import { Skeleton } from '../../../components/Skeleton';
import { useToast } from '../../../components/toast/context';
import { toFriendlyError } from '../../../lib/errors';
import { request } from '../../../lib/graphql';
import { DeviceRow } from '../../profile/DeviceRow';
import { RevokeUserSessionsMutation, userKeys, useUserSessions, type AdminUser } from './api';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Where this person is signed in, with "Sign out everywhere". */
export function UserSessions({ user }: { user: AdminUser }) {
  const sessions = useUserSessions(user.id);
  const client = useQueryClient();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);

  const revoke = useMutation({
    mutationFn: () => request(RevokeUserSessionsMutation, { userId: user.id }).then((d) => d.revokeUserSessions),
    onSuccess: (count) => {
      setConfirming(false);
      void client.invalidateQueries({ queryKey: userKeys.sessions(user.id) });
      toast.show({
        variant: 'success',
        title: `Signed ${user.displayName} out`,
        description: count === 0 ? 'They were not signed in anywhere.' : `Ended ${plural(count, 'session', 'sessions')}.`,
      });
    },
    onError: (error) => {
      setConfirming(false);
      toast.show({ variant: 'error', title: "Couldn't sign them out", description: toFriendlyError(error).detail });
    },
  });

  const list = sessions.data ?? [];
  return (
    <section aria-labelledby="user-sessions-heading" className="rounded-xl border border-line">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-line px-4 py-3">
        <h3 id="user-sessions-heading" className="text-sm font-semibold text-fg">
          Signed-in devices{sessions.data ? ` (${list.length})` : ''}
        </h3>
        <Button size="sm" variant="danger" icon={<SignOutIcon size={16} />} disabled={list.length === 0} onClick={() => setConfirming(true)}>
          Sign out everywhere
        </Button>
      </header>
      {sessions.isPending ? (
        <div role="status" aria-busy="true" className="space-y-2 p-4">
          <span className="sr-only">Loading devices…</span>
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-3 w-56" />
        </div>
      ) : sessions.isError ? (
        <ErrorState compact className="m-3" error={sessions.error} title="Couldn't load devices" onRetry={() => void sessions.refetch()} />
      ) : list.length === 0 ? (
        <p className="px-4 py-4 text-sm text-fg-muted">Not signed in anywhere right now.</p>
      ) : (
        <ul className="divide-y divide-line">
          {list.map((s) => (
            <DeviceRow key={s.id} session={{ ...s, current: false }} />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Sign ${user.displayName} out everywhere?`}
        confirmLabel="Sign out everywhere"
        busy={revoke.isPending}
        onConfirm={() => revoke.mutate()}
        onCancel={() => setConfirming(false)}
      >
        Every browser and app where they're signed in is signed out at once. Their API tokens keep working; they can
        sign in again with Plex unless you also turn off Active.
      </ConfirmDialog>
    </section>
  );
}
