import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { KeyIcon } from '../../components/icons';
import { RelativeTime } from '../../components/RelativeTime';
import { formatDate } from '../../lib/time';
import { useNow } from '../../lib/useNow';
import type { ApiToken } from './api';
import { SCOPES } from './tokenScopes';

export function TokenRow({ token, onRevoke }: { token: ApiToken; onRevoke: (token: ApiToken) => void }) {
  const now = useNow();
  const expired = token.expiresAt !== null && token.expiresAt !== undefined && Date.parse(token.expiresAt) <= now;
  return (
    <li data-testid="token-row" data-token-id={token.id} className="flex items-start gap-3 px-4 py-3.5 sm:px-5">
      <span className="mt-0.5 grid size-9 shrink-0 place-items-center rounded-lg bg-surface-muted text-fg-muted">
        <KeyIcon size={18} />
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <p className="truncate text-sm font-medium text-fg">{token.name}</p>
          <code className="rounded bg-surface-muted px-1.5 py-0.5 font-mono text-xs text-fg-muted">{token.prefix}…</code>
          {expired ? <Badge tone="danger">Expired</Badge> : null}
        </div>
        <div className="mt-1.5 flex flex-wrap gap-1" aria-label="Scopes">
          {token.scopes.map((scope) => (
            <Badge key={scope} tone={scope === 'ADMIN' ? 'accent' : 'neutral'}>
              {SCOPES.find((s) => s.value === scope)?.label ?? scope}
            </Badge>
          ))}
        </div>
        <p className="mt-1.5 flex flex-wrap gap-x-1.5 text-xs text-fg-subtle">
          <RelativeTime value={token.createdAt} prefix="Created " />
          <span aria-hidden="true">·</span>
          {token.lastUsedAt ? <RelativeTime value={token.lastUsedAt} prefix="Last used " /> : <span>Never used</span>}
          <span aria-hidden="true">·</span>
          <span>
            {token.expiresAt ? `${expired ? 'Expired' : 'Expires'} ${formatDate(token.expiresAt)}` : 'Never expires'}
          </span>
        </p>
      </div>
      <Button size="sm" variant="danger" onClick={() => onRevoke(token)} aria-label={`Revoke ${token.name}`}>
        Revoke
      </Button>
    </li>
  );
}
