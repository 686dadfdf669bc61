import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LibraryIcon, RefreshIcon } from '../../components/icons';
import { ProgressBar } from '../../components/ProgressBar';
import { useViewer } from '../auth/useMe';
import type { SyncJobState } from './useSyncJob';

function SyncProgress({ sync }: { sync: SyncJobState }) {
  const job = sync.job;
  if (!job) return null;
  const percent = Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  if (job.status === 'FAILED' || job.status === 'CANCELLED') {
    return (
      <div role="alert" className="w-80 max-w-full text-sm">
        <p className="font-medium text-red-700 dark:text-red-300">
          {job.status === 'FAILED' ? 'The sync failed.' : 'The sync was cancelled.'}
        </p>
        {job.error ? <p className="mt-1 break-words text-fg-muted">{job.error}</p> : null}
      </div>
    );
  }
  return (
    <div data-testid="sync-progress" data-status={job.status} className="w-80 max-w-full">
      <div className="flex items-center gap-3">
        <ProgressBar value={job.progress} label="Library sync progress" />
        <span aria-hidden="true" className="w-10 shrink-0 text-right text-xs font-medium text-fg-muted tabular-nums">
          {percent}%
        </span>
      </div>
      <p role="status" className="mt-2 text-sm text-fg-muted">
        {job.status === 'QUEUED' ? 'Waiting to start…' : job.status === 'SUCCEEDED' ? 'Done — loading the library…' : (job.message ?? 'Syncing…')}
      </p>
    </div>
  );
}

/** Empty state for a library that has never been synced; admins can start the first sync here. */
export function LibraryNotSynced({ sync }: { sync: SyncJobState }) {
  const viewer = useViewer();
  const finished = sync.job?.status === 'FAILED' || sync.job?.status === 'CANCELLED';

  const action = viewer.isAdmin ? (
    <div className="flex flex-col items-center gap-4">
      <SyncProgress sync={sync} />
      {sync.job === null || finished ? (
        <Button variant="primary" icon={<RefreshIcon size={16} />} loading={sync.starting} onClick={sync.start}>
          {finished ? 'Try again' : 'Sync now'}
        </Button>
      ) : null}
      {sync.startError ? <ErrorState compact error={sync.startError} title="Couldn't start the sync" /> : null}
    </div>
  ) : null;

  return (
    <EmptyState icon={<LibraryIcon size={22} />} title="The library hasn't been synced yet" action={action}>
      {viewer.isAdmin
        ? 'MediaNest keeps a copy of the Plex library so browsing and search stay fast. Sync it now to fill it in; it stays up to date after that.'
        : "MediaNest hasn't copied the Plex library yet. Once your server admin syncs it, everything on the server shows up here."}
    </EmptyState>
  );
}
