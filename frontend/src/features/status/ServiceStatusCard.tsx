import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ServerIcon } from '../../components/icons';
import { Skeleton } from '../../components/Skeleton';
import { canManageSettings } from '../auth/access';
import { useViewer } from '../auth/useMe';
import { useLiveServiceStatus, useServiceStatus } from './api';
import { StatusHeadline } from './Headline';
import { HistoryStrip } from './HistoryStrip';
import { StatusIndicator } from './StatusIndicator';
import { formatPing, formatUptime, groupMonitors, type Monitor } from './status';

/** Link to the place where Uptime Kuma is connected. */
export function ConnectUptimeKuma() {
  return (
    <EmptyState
      icon={<ServerIcon size={22} />}
      title="Connect Uptime Kuma to show service status"
      action={
        <Link to="/admin/settings" className="rounded text-sm font-medium text-accent-text hover:underline">
          Open settings
        </Link>
      }
    >
      Add your Uptime Kuma address and status page under Settings, and everyone can see whether Plex and friends are up.
    </EmptyState>
  );
}

function MonitorRow({ monitor }: { monitor: Monitor }) {
  return (
    <li
      data-testid="monitor"
      data-monitor-id={monitor.id}
      data-status={monitor.status}
      className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 py-2.5 sm:grid-cols-[minmax(0,1fr)_6rem_4rem_4.5rem_auto]"
    >
      <div className="flex min-w-0 items-center gap-2">
        <span className="truncate text-sm font-medium text-fg">{monitor.name}</span>
        {monitor.visible ? null : <span className="shrink-0 text-xs text-fg-subtle">(hidden)</span>}
      </div>
      <StatusIndicator status={monitor.status} className="justify-self-end sm:justify-self-start" />
      <span className="text-xs text-fg-muted tabular-nums sm:text-right">
        <span className="sr-only">Response time </span>
        {formatPing(monitor.pingMs)}
      </span>
      <span className="text-right text-xs text-fg-muted tabular-nums" title="Uptime over the last 24 hours">
        <span className="sr-only">Uptime over 24 hours </span>
        {formatUptime(monitor.uptime24h)}
      </span>
      <HistoryStrip history={monitor.history} className="col-span-2 h-3 w-full sm:col-span-1 sm:w-36" />
    </li>
  );
}

/** Monitors by group, one compact row each. */
export function MonitorGroups({ monitors }: { monitors: readonly Monitor[] }) {
  const groups = groupMonitors(monitors);
  const titled = groups.length > 1 || (groups[0]?.name ?? '') !== '';
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <div key={group.name}>
          {titled ? (
            <h3 className="text-xs font-semibold tracking-wide text-fg-subtle uppercase">{group.name || 'Other'}</h3>
          ) : null}
          <ul role="list" aria-label={group.name || 'Services'} className="divide-y divide-line">
            {group.monitors.map((monitor) => (
              <MonitorRow key={monitor.id} monitor={monitor} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/**
 * Dashboard card: is it down, or is it me? Live while shown. Hidden from people who can't connect
 * Uptime Kuma when it isn't connected.
 */
export function ServiceStatusCard() {
  const viewer = useViewer();
  const status = useServiceStatus();
  useLiveServiceStatus();
  const data = status.data;
  const canConnect = canManageSettings(viewer);

  if (data && !data.configured && !canConnect) return null;

  let body;
  if (status.isPending) {
    body = (
      <div role="status" aria-busy="true" className="space-y-3 p-4 sm:p-5">
        <span className="sr-only">Loading service status…</span>
        <div aria-hidden="true" className="space-y-3">
          <Skeleton className="h-4 w-40" />
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} className="h-5 w-full" />
          ))}
        </div>
      </div>
    );
  } else if (!data) {
    body = (
      <ErrorState
        error={status.error}
        title="Couldn't load service status"
        onRetry={() => void status.refetch()}
        retrying={status.isRefetching}
      />
    );
  } else if (!data.configured) {
    body = <ConnectUptimeKuma />;
  } else if (data.monitors.length === 0) {
    body = (
      <EmptyState icon={<ServerIcon size={22} />} title="No services to show">
        {viewer.isAdmin
          ? 'Add monitors to the Uptime Kuma status page, or show hidden ones on the Status page.'
          : 'Nothing is being monitored yet.'}
      </EmptyState>
    );
  } else {
    body = (
      <div className="space-y-4 p-4 sm:p-5">
        <StatusHeadline monitors={data.monitors} />
        <MonitorGroups monitors={data.monitors} />
      </div>
    );
  }

  return (
    <div data-testid="service-status">
      <Card
        title="Service status"
        headingId="service-status-heading"
        action={
          data?.configured ? (
            <Link to="/status" className="rounded text-sm font-medium text-accent-text hover:underline">
              View details
            </Link>
          ) : null
        }
      >
        {body}
      </Card>
    </div>
  );
}
