import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { RefreshIcon, ServerIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { RelativeTime } from '../../components/RelativeTime';
import { Skeleton } from '../../components/Skeleton';
import { useToast } from '../../components/toast/context';
import { errorSentence } from '../../lib/errors';
import { canManageSettings } from '../auth/access';
import { useViewer } from '../auth/useMe';
import { useLiveServiceStatus, useRefreshServiceStatus, useServiceStatus } from './api';
import { StatusHeadline } from './Headline';
import { HistoryStrip } from './HistoryStrip';
import { MonitorAdmin } from './MonitorAdmin';
import { ConnectUptimeKuma } from './ServiceStatusCard';
import { StatusIndicator } from './StatusIndicator';
import { formatPing, formatUptime, groupMonitors, type Monitor } from './status';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-fg-subtle">{label}</dt>
      <dd className="text-sm font-medium text-fg tabular-nums">{children}</dd>
    </div>
  );
}

function MonitorDetail({ monitor, admin }: { monitor: Monitor; admin: boolean }) {
  const nameId = `monitor-${monitor.id}-name`;
  return (
    <li
      data-testid="monitor"
      data-monitor-id={monitor.id}
      data-status={monitor.status}
      aria-labelledby={nameId}
      className="space-y-3 px-4 py-4 sm:px-5"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id={nameId} className="min-w-0 truncate text-base font-semibold text-fg">
          {monitor.name}
        </h3>
        <StatusIndicator status={monitor.status} className="text-sm" />
        {monitor.visible ? null : <Badge>Hidden from others</Badge>}
      </div>
      <HistoryStrip history={monitor.history} className="h-6 w-full" />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Fact label="Response time">{formatPing(monitor.pingMs)}</Fact>
        <Fact label="Uptime 24 h">{formatUptime(monitor.uptime24h)}</Fact>
        <Fact label="Uptime 7 days">{formatUptime(monitor.uptime7d)}</Fact>
        <Fact label="Uptime 30 days">{formatUptime(monitor.uptime30d)}</Fact>
        <Fact label="Last check">{monitor.lastCheckAt ? <RelativeTime value={monitor.lastCheckAt} /> : 'Never'}</Fact>
      </dl>
      {admin ? <MonitorAdmin monitor={monitor} /> : null}
    </li>
  );
}

/** `/status`: every monitor with its last day of checks and uptime over a day, a week and a month. */
export function StatusPage() {
  const viewer = useViewer();
  const toast = useToast();
  const status = useServiceStatus();
  useLiveServiceStatus();
  const refresh = useRefreshServiceStatus();
  const data = status.data;
  const admin = viewer.isAdmin;

  let body;
  if (status.isPending) {
    body = (
      <div role="status" aria-busy="true">
        <span className="sr-only">Loading service status…</span>
        <div aria-hidden="true" className="space-y-4">
          <Skeleton className="h-6 w-56" />
          <Skeleton className="h-48 w-full rounded-xl" />
        </div>
      </div>
    );
  } else if (!data) {
    body = (
      <Card>
        <ErrorState
          error={status.error}
          title="Couldn't load service status"
          onRetry={() => void status.refetch()}
          retrying={status.isRefetching}
        />
      </Card>
    );
  } else if (!data.configured) {
    body = (
      <Card>
        {canManageSettings(viewer) ? (
          <ConnectUptimeKuma />
        ) : (
          <EmptyState icon={<ServerIcon size={22} />} title="Service status isn't set up yet">
            Once your admin connects a status monitor, you can check here whether a service is down.
          </EmptyState>
        )}
      </Card>
    );
  } else if (data.monitors.length === 0) {
    body = (
      <Card>
        <EmptyState icon={<ServerIcon size={22} />} title="No services to show">
          Nothing is being monitored yet.
        </EmptyState>
      </Card>
    );
  } else {
    body = (
      <div className="space-y-6">
        <div data-testid="service-status" className="rounded-xl border border-line bg-surface px-4 py-4 shadow-card sm:px-5">
          <StatusHeadline monitors={data.monitors} large />
        </div>
        {groupMonitors(data.monitors).map((group, i) => (
          <Card key={group.name} title={group.name || 'Services'} headingId={`status-group-${i}`}>
            <ul role="list" className="divide-y divide-line">
              {group.monitors.map((monitor) => (
                <MonitorDetail key={monitor.id} monitor={monitor} admin={admin} />
              ))}
            </ul>
          </Card>
        ))}
      </div>
    );
  }

  return (
    <>
      <title>Status · MediaNest</title>
      <PageHeader
        title="Status"
        description={
          data?.configured === false ? (
            'Is it down, or is it me?'
          ) : (
            <>
              Is it down, or is it me? Checks from the last 24 hours, updated live.
              {canManageSettings(viewer) ? (
                <>
                  {' '}
                  <Link to="/admin/settings" className="rounded font-medium text-accent-text hover:underline">
                    Uptime Kuma settings
                  </Link>
                </>
              ) : null}
            </>
          )
        }
        actions={
          admin && data?.configured ? (
            <Button
              icon={<RefreshIcon size={16} />}
              loading={refresh.isPending}
              onClick={() =>
                refresh.mutate(undefined, {
                  onError: (error) =>
                    toast.show({ variant: 'error', title: "Couldn't refresh service status", description: errorSentence(error) }),
                })
              }
            >
              Refresh now
            </Button>
          ) : null
        }
      />
      {body}
    </>
  );
}
