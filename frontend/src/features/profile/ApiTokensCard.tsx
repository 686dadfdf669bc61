import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { KeyIcon, PlusIcon } from '../../components/icons';
import { Skeleton } from '../../components/Skeleton';
import { useToast } from '../../components/toast/context';
import { toFriendlyError } from '../../lib/errors';
import { request } from '../../lib/graphql';
import { profileKeys, RevokeApiTokenMutation, useMyApiTokens, type ApiToken } from './api';
import { CreateTokenForm } from './CreateTokenForm';
import { TokenRow } from './TokenRow';
import { TokenSecret } from './TokenSecret';
import { TokenUsage } from './TokenUsage';

/** Personal API tokens: create (secret shown once), list, revoke. */
export function ApiTokensCard({ isAdmin }: { isAdmin: boolean }) {
  const tokens = useMyApiTokens();
  const client = useQueryClient();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => request(RevokeApiTokenMutation, { id: token.id }),
    onSuccess: (_, token) => {
      setRevoking(null);
      client.setQueryData<ApiToken[]>(profileKeys.tokens, (list) => list?.filter((t) => t.id !== token.id));
      toast.show({ variant: 'success', title: 'Token revoked', description: `“${token.name}” stops working right away.` });
    },
    onError: (error) => {
      setRevoking(null);
      toast.show({ variant: 'error', title: "Couldn't revoke the token", description: toFriendlyError(error).detail });
    },
  });

  const list = tokens.data ?? [];
  let body;
  if (tokens.isPending)
    body = (
      <div role="status" aria-busy="true" className="px-4 py-4 sm:px-5">
        <span className="sr-only">Loading your tokens…</span>
        <Skeleton className="h-4 w-48" />
        <Skeleton className="mt-2 h-3 w-72 max-w-full" />
      </div>
    );
  else if (tokens.isError)
    body = <ErrorState error={tokens.error} title="Couldn't load your tokens" onRetry={() => void tokens.refetch()} retrying={tokens.isFetching} />;
  else if (list.length === 0)
    body = creating ? null : (
      <EmptyState icon={<KeyIcon size={22} />} title="No API tokens">
        Tokens let scripts and apps like Home Assistant use MediaNest as you. Create one with “New token”.
      </EmptyState>
    );
  else
    body = (
      <ul aria-label="API tokens" className="divide-y divide-line">
        {list.map((token) => (
          <TokenRow key={token.id} token={token} onRevoke={setRevoking} />
        ))}
      </ul>
    );

  return (
    <Card
      title="API tokens"
      headingId="tokens-heading"
      action={
        creating ? null : (
          <Button
            size="sm"
            icon={<PlusIcon size={16} />}
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            New token
          </Button>
        )
      }
    >
      {created ? <TokenSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} /> : null}
      {creating ? (
        <CreateTokenForm
          isAdmin={isAdmin}
          onCancel={() => setCreating(false)}
          onCreated={({ secret, token }) => {
            setCreating(false);
            setCreated({ secret, name: token.name });
          }}
        />
      ) : null}
      {body}
      <TokenUsage />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke token"
        busy={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking)}
        onCancel={() => setRevoking(null)}
      >
        Anything using this token stops working at once. This can't be undone; you can create a new token any time.
      </ConfirmDialog>
    </Card>
  );
}
