import { Link } from 'react-router';
import { Alert } from '../../../components/Alert';
import { buttonClasses } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { Skeleton } from '../../../components/Skeleton';
import { useViewer } from '../../auth/useMe';
import { useServiceSettings } from './api';
import { DownloadSettingsSection } from './DownloadSettingsCard';
import { LibrarySettingsCard } from './LibrarySettingsCard';
import { NotificationChannelsSection } from './NotificationChannelsCard';
import { OidcSettingsCard } from './OidcSettingsCard';
import { SERVICES } from './services';
import { ServiceSettingsCard } from './ServiceSettingsCard';
import { UserDefaultsCard } from './UserDefaultsCard';

function CardSkeleton() {
  return (
    <div aria-hidden="true" className="rounded-xl border border-line bg-surface p-5 shadow-card">
      <Skeleton className="h-4 w-32" />
      <Skeleton className="mt-5 h-3 w-72 max-w-full" />
      <Skeleton className="mt-6 h-4 w-24" />
      <Skeleton className="mt-2 h-10 w-full rounded-lg" />
      <Skeleton className="mt-5 h-4 w-24" />
      <Skeleton className="mt-2 h-10 w-full rounded-lg" />
    </div>
  );
}

export function SettingsPage() {
  const viewer = useViewer();
  const settings = useServiceSettings();
  const data = settings.data;

  return (
    <>
      <title>Settings · MediaNest</title>
      <PageHeader
        title="Settings"
        description="Connect MediaNest to your services. Secrets are stored encrypted and never shown again."
      />
      {settings.isPending ? (
        <div role="status" aria-busy="true" className="space-y-6">
          <span className="sr-only">Loading settings…</span>
          <CardSkeleton />
          <CardSkeleton />
        </div>
      ) : settings.isError ? (
        <Card>
          <ErrorState
            error={settings.error}
            title="Couldn't load the settings"
            onRetry={() => void settings.refetch()}
            retrying={settings.isFetching}
          />
        </Card>
      ) : data ? (
        <div className="space-y-6">
          {!data.plex.machineIdentifier && viewer.isAdmin ? (
            <Alert
              tone="warning"
              title="No Plex server picked yet"
              action={
                <Link to="/setup" className={buttonClasses('primary', 'sm')}>
                  Run setup
                </Link>
              }
            >
              Setup finds the servers on your Plex account and fills in the Plex settings for you.
            </Alert>
          ) : null}
          {SERVICES.map((config) => {
            const view = config.view(data);
            // Remount with fresh values after a save, so the form shows what is stored now.
            return <ServiceSettingsCard key={`${config.slug}:${JSON.stringify(view)}`} config={config} view={view} />;
          })}
          <OidcSettingsCard key={JSON.stringify(data.oidc)} oidc={data.oidc} />
          <LibrarySettingsCard library={data.library} />
          <DownloadSettingsSection />
          <NotificationChannelsSection />
          <UserDefaultsCard key={JSON.stringify(data.userDefaults)} defaults={data.userDefaults} />
        </div>
      ) : null}
    </>
  );
}
