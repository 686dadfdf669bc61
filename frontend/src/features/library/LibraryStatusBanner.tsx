import { Alert } from '../../components/Alert';
import { useLibraryStatus } from './api';

export function formatSyncTime(value: string, locale?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Warns that Plex can't be reached, so what's shown is the last synced copy of the library. */
export function LibraryStatusBanner({ className = 'mb-5' }: { className?: string }) {
  const { data } = useLibraryStatus();
  if (!data || (data.plexReachable !== false && !data.breakerOpen)) return null;
  return (
    <Alert tone="warning" role="status" testId="plex-unreachable" className={className}>
      Plex is unreachable — showing the library as it was at{' '}
      {data.lastSyncAt ? (
        <time dateTime={data.lastSyncAt} className="font-medium">
          {formatSyncTime(data.lastSyncAt)}
        </time>
      ) : (
        'the last sync'
      )}
      .
    </Alert>
  );
}
