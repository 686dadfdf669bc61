import type { ReactNode } from 'react';
import { Badge } from '../../components/Badge';
import { DevicesIcon } from '../../components/icons';
import { RelativeTime } from '../../components/RelativeTime';
import type { DeviceSession } from './api';

/** One signed-in browser or app: what it is, where from, since when, last active. */
export function DeviceRow({ session, action }: { session: DeviceSession; action?: ReactNode }) {
  return (
    <li data-testid="device-row" data-current={session.current || undefined} className="flex items-start gap-3 px-4 py-3.5 sm:px-5">
      <span className="mt-0.5 grid size-9 shrink-0 place-items-center rounded-lg bg-surface-muted text-fg-muted">
        <DevicesIcon size={18} />
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <p className="truncate text-sm font-medium text-fg">{session.device}</p>
          {session.current ? <Badge tone="success">This device</Badge> : null}
        </div>
        <p className="mt-0.5 flex flex-wrap gap-x-1.5 text-xs text-fg-subtle">
          <span className="font-mono">{session.ip}</span>
          <span aria-hidden="true">·</span>
          <RelativeTime value={session.lastSeenAt} prefix="Active " />
          <span aria-hidden="true">·</span>
          <RelativeTime value={session.createdAt} prefix="Signed in " />
        </p>
      </div>
      {action}
    </li>
  );
}
