import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorState } from '../../components/ErrorState';
import { Skeleton } from '../../components/Skeleton';
import { useToast } from '../../components/toast/context';
import { toFriendlyError } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { profileKeys, RevokeOtherSessionsMutation, RevokeSessionMutation, useMySessions, type DeviceSession } from './api';
import { DeviceRow } from './DeviceRow';

function RevokeButton({ session }: { session: DeviceSession }) {
  const client = useQueryClient();
  const toast = useToast();
  const revoke = useMutation({
    mutationFn: () => request(RevokeSessionMutation, { id: session.id }),
    onSuccess: () => {
      client.setQueryData<DeviceSession[]>(profileKeys.sessions, (list) => list?.filter((s) => s.id !== session.id));
      toast.show({ variant: 'success', title: 'Device signed out', description: `${session.device} (${session.ip})` });
    },
    onError: (error) => toast.show({ variant: 'error', title: "Couldn't sign that device out", description: toFriendlyError(error).detail }),
  });
  return (
    <Button size="sm" variant="danger" loading={revoke.isPending} onClick={() => revoke.mutate()} aria-label={`Revoke ${session.device}, ${session.ip}`}>
      Revoke
    </Button>
  );
}

/** Every browser and app signed in as you, with per-device and all-others sign-out. */
export function DevicesCard() {
  const sessions = useMySessions();
  const client = useQueryClient();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const list = [...(sessions.data ?? [])].sort((a, b) => Number(b.current) - Number(a.current));
  const others = list.filter((s) => !s.current).length;

  const revokeOthers = useMutation({
    mutationFn: () => request(RevokeOtherSessionsMutation).then((d) => d.revokeOtherSessions),
    onSuccess: (count) => {
      setConfirming(false);
      void client.invalidateQueries({ queryKey: profileKeys.sessions });
      toast.show({
        variant: 'success',
        title: count === 0 ? 'No other devices were signed in' : `Signed out ${count} other ${count === 1 ? 'device' : 'devices'}`,
      });
    },
    onError: (error) => {
      setConfirming(false);
      toast.show({ variant: 'error', title: "Couldn't sign other devices out", description: toFriendlyError(error).detail });
    },
  });

  return (
    <Card
      title="Devices"
      headingId="devices-heading"
      action={
        <Button size="sm" disabled={others === 0} onClick={() => setConfirming(true)}>
          Sign out other devices
        </Button>
      }
    >
      {sessions.isPending ? (
        <div role="status" aria-busy="true" className="space-y-4 px-4 py-4 sm:px-5">
          <span className="sr-only">Loading your devices…</span>
          {[0, 1].map((i) => (
            <div key={i} aria-hidden="true" className="flex gap-3">
              <Skeleton className="size-9 rounded-lg" />
              <div className="flex-1">
                <Skeleton className="h-4 w-40" />
                <Skeleton className="mt-2 h-3 w-64 max-w-full" />
              </div>
            </div>
          ))}
        </div>
      ) : sessions.isError ? (
        <ErrorState error={sessions.error} title="Couldn't load your devices" onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />
      ) : (
        <>
          <ul aria-label="Signed-in devices" className="divide-y divide-line">
            {list.map((s) => (
              <DeviceRow key={s.id} session={s} action={s.current ? null : <RevokeButton session={s} />} />
            ))}
          </ul>
          <p className="border-t border-line px-4 py-3 text-xs text-fg-subtle sm:px-5">
            {others === 0
              ? "You're only signed in here. Sign in elsewhere and it shows up in this list."
              : "Don't recognise a device? Revoke it; it has to sign in with Plex again."}
          </p>
        </>
      )}
      <ConfirmDialog
        open={confirming}
        title="Sign out other devices?"
        confirmLabel="Sign them out"
        busy={revokeOthers.isPending}
        onConfirm={() => revokeOthers.mutate()}
        onCancel={() => setConfirming(false)}
      >
        {`${others} other ${others === 1 ? 'device is' : 'devices are'} signed out right away. This one stays signed in. API tokens keep working.`}
      </ConfirmDialog>
    </Card>
  );
}
