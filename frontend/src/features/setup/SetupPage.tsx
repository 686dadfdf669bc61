import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LockIcon, RefreshIcon, ServerIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { Skeleton } from '../../components/Skeleton';
import { useToast } from '../../components/toast/context';
import type { SetupServersQuery } from '../../gql/graphql';
import { errorSentence } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { settingsKeys } from '../admin/settings/api';
import { useViewer } from '../auth/useMe';
import { CompleteSetupMutation, setupKeys, useSetupServers, useSetupStatus } from './api';

type Server = SetupServersQuery['setupServers'][number];

function ServerCard({ server, checked, onSelect }: { server: Server; checked: boolean; onSelect: () => void }) {
  const id = useId();
  const shown = server.addresses.slice(0, 3);
  const more = server.addresses.length - shown.length;
  return (
    <li
      onClick={onSelect}
      className={`flex cursor-pointer items-start gap-3 rounded-xl border p-4 transition-colors ${
        checked ? 'border-accent bg-accent-soft/60 ring-1 ring-accent' : 'border-line hover:bg-surface-hover'
      }`}
    >
      <input
        id={id}
        type="radio"
        name="server"
        value={server.id}
        checked={checked}
        onChange={onSelect}
        aria-describedby={`${id}-addresses`}
        className="mt-1 size-4 shrink-0 accent-[var(--accent)]"
      />
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block cursor-pointer text-sm font-semibold text-fg">
          {server.name}
        </label>
        <div id={`${id}-addresses`} className="mt-1 text-xs text-fg-subtle">
          {server.addresses.length === 0 ? (
            'Plex lists no addresses for this server.'
          ) : (
            <>
              <span className="sr-only">Addresses: </span>
              <ul className="space-y-0.5">
                {shown.map((address) => (
                  <li key={address} className="truncate font-mono">
                    {address}
                  </li>
                ))}
              </ul>
              {more > 0 ? <p className="mt-0.5">and {more} more</p> : null}
            </>
          )}
        </div>
      </div>
      <ServerIcon size={20} className={`hidden shrink-0 sm:block ${checked ? 'text-accent-text' : 'text-fg-subtle'}`} />
    </li>
  );
}

function ServersSkeleton() {
  return (
    <div role="status" aria-busy="true" className="space-y-3 p-4 sm:p-5">
      <span className="sr-only">Asking Plex for your servers…</span>
      {[0, 1].map((i) => (
        <div key={i} aria-hidden="true" className="flex gap-3 rounded-xl border border-line p-4">
          <Skeleton className="size-4 rounded-full" />
          <div className="flex-1">
            <Skeleton className="h-4 w-40" />
            <Skeleton className="mt-2 h-3 w-64 max-w-full" />
          </div>
        </div>
      ))}
    </div>
  );
}

export function SetupPage() {
  const viewer = useViewer();
  const status = useSetupStatus();
  const servers = useSetupServers(viewer.isOwner);
  const client = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  const [picked, setPicked] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const list = servers.data ?? [];
  const selected = picked ?? (list.length === 1 ? list[0]!.id : null);
  const chosen = list.find((s) => s.id === selected);

  const complete = useMutation({
    mutationFn: (serverId: string) => request(CompleteSetupMutation, { serverId }).then((d) => d.completeSetup),
    onSuccess: (result) => {
      if (result.__typename === 'ValidationError') {
        setProblem(result.message);
        return;
      }
      void client.invalidateQueries({ queryKey: setupKeys.status });
      void client.invalidateQueries({ queryKey: settingsKeys.all });
      toast.show({ variant: 'success', title: 'MediaNest is set up', description: `Connected to ${chosen?.name ?? 'your Plex server'}.` });
      navigate('/admin/settings');
    },
    onError: (error) => setProblem(errorSentence(error)),
  });

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setProblem(null);
    if (!selected) {
      setProblem('Pick a server first.');
      return;
    }
    complete.mutate(selected);
  };

  let content;
  if (!viewer.isOwner)
    content = (
      <EmptyState icon={<LockIcon size={22} />} title="Only the Plex server's owner can finish setup">
        Setup lists the servers on the owner's Plex account. Sign out, then choose “Sign in with Plex” with the account
        that owns the Plex Media Server.
      </EmptyState>
    );
  else if (servers.isPending) content = <ServersSkeleton />;
  else if (servers.isError)
    content = (
      <ErrorState
        error={servers.error}
        title="Couldn't list your Plex servers"
        detail={errorSentence(servers.error)}
        onRetry={() => void servers.refetch()}
        retrying={servers.isFetching}
      />
    );
  else if (list.length === 0)
    content = (
      <EmptyState
        icon={<ServerIcon size={22} />}
        title="No Plex servers on your account"
        action={
          <Button icon={<RefreshIcon size={16} />} loading={servers.isFetching} onClick={() => void servers.refetch()}>
            Look again
          </Button>
        }
      >
        MediaNest fronts a Plex Media Server you own. Install Plex Media Server, sign in to it with this Plex account,
        then look again.
      </EmptyState>
    );
  else
    content = (
      <form onSubmit={submit} className="p-4 sm:p-5">
        <fieldset>
          <legend className="mb-3 text-sm text-fg-muted">
            {list.length === 1 ? 'Your Plex account owns one server.' : `Your Plex account owns ${list.length} servers. Pick one.`}
          </legend>
          <ul className="space-y-3">
            {list.map((server) => (
              <ServerCard
                key={server.id}
                server={server}
                checked={server.id === selected}
                onSelect={() => {
                  setPicked(server.id);
                  setProblem(null);
                }}
              />
            ))}
          </ul>
        </fieldset>
        {problem ? (
          <Alert tone="danger" role="alert" title="Setup didn't finish" className="mt-4">
            {problem}
          </Alert>
        ) : null}
        <div className="mt-5 flex flex-col-reverse gap-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-xs text-fg-subtle" aria-live="polite">
            {complete.isPending ? `Checking that ${chosen?.name ?? 'the server'} answers…` : ''}
          </p>
          <Button type="submit" variant="primary" loading={complete.isPending} disabled={!selected}>
            Use this server
          </Button>
        </div>
      </form>
    );

  return (
    <>
      <title>Set up · MediaNest</title>
      <PageHeader
        title="Set up MediaNest"
        description="Pick the Plex server MediaNest fronts. Everyone it's shared with can then sign in with Plex."
      />
      {status.data?.configured ? (
        <Alert tone="success" className="mb-4" title={`Set up with ${status.data.serverName ?? 'a Plex server'}`}>
          Picking another server below switches MediaNest over to it.
        </Alert>
      ) : null}
      <Card title="Your Plex servers" headingId="setup-servers-heading">
        {content}
      </Card>
    </>
  );
}
