import { useViewer } from '../auth/useMe';
import { MyDownloadsCard } from '../downloads/MyDownloadsCard';
import { MyRequestsCard } from '../requests/MyRequestsCard';
import { ServiceStatusCard } from '../status/ServiceStatusCard';
import { plexUnreachable, recentItems, useDashboard, useLiveNowPlaying } from './api';
import { NowPlayingCard } from './NowPlayingCard';
import { RecentActivity } from './RecentActivity';
import { RecentlyAdded } from './RecentlyAdded';

export function greeting(hour: number): string {
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function DashboardPage() {
  const viewer = useViewer();
  const firstName = viewer.displayName.trim().split(/\s+/)[0] || viewer.username;
  const dashboard = useDashboard();
  useLiveNowPlaying(dashboard.data !== undefined);
  const state = {
    status: dashboard.status,
    error: dashboard.error,
    onRetry: () => void dashboard.refetch(),
    retrying: dashboard.isRefetching,
  };
  return (
    <>
      <title>Dashboard · MediaNest</title>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-fg">
          {greeting(new Date().getHours())}, {firstName}
        </h1>
        <p className="mt-1 text-sm text-fg-muted">Here's what's happening on your server.</p>
      </div>
      <div className="space-y-6">
        <ServiceStatusCard />
        <NowPlayingCard
          sessions={dashboard.data?.nowPlaying}
          stale={plexUnreachable(dashboard.data)}
          {...state}
        />
        <RecentlyAdded items={recentItems(dashboard.data)} {...state} />
        <MyRequestsCard />
        <MyDownloadsCard />
        <RecentActivity />
      </div>
    </>
  );
}
