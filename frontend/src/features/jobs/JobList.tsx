import type { ReactNode } from 'react';
import { Button } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { Skeleton } from '../../components/Skeleton';
import type { Job } from './keys';
import { JobRow } from './JobRow';

export interface JobListProps {
  /** Accessible name of the list, e.g. "Jobs" or "Recent activity". */
  label: string;
  jobs: Job[];
  status: 'pending' | 'error' | 'success';
  error: unknown;
  onRetry: () => void;
  isRefetching?: boolean;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  isFetchNextPageError?: boolean;
  onLoadMore?: () => void;
  totalCount?: number;
  /** Shown when the list loaded fine but has no jobs. */
  empty: ReactNode;
  cancellable?: boolean;
  compact?: boolean;
  skeletonRows?: number;
  errorTitle?: string;
}

function SkeletonRows({ count, compact }: { count: number; compact: boolean }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">Loading jobs…</span>
      <ul aria-hidden="true" className="divide-y divide-line">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} data-testid="job-skeleton" className={compact ? 'px-4 py-3 sm:px-5' : 'px-4 py-4 sm:px-5'}>
            <div className="flex items-center gap-3">
              <Skeleton className="h-4 w-40 max-w-[50%]" />
              <Skeleton className="h-5 w-20 rounded-full" />
            </div>
            <Skeleton className="mt-2.5 h-3 w-64 max-w-[80%]" />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Presentational job list: skeleton, error (with Retry), empty state, rows, and "Load more". */
export function JobList({
  label,
  jobs,
  status,
  error,
  onRetry,
  isRefetching = false,
  hasNextPage = false,
  isFetchingNextPage = false,
  isFetchNextPageError = false,
  onLoadMore,
  totalCount,
  empty,
  cancellable = false,
  compact = false,
  skeletonRows = 5,
  errorTitle = "Couldn't load jobs",
}: JobListProps) {
  if (status === 'pending') return <SkeletonRows count={skeletonRows} compact={compact} />;
  if (status === 'error' && jobs.length === 0) {
    return <ErrorState error={error} title={errorTitle} onRetry={onRetry} retrying={isRefetching} />;
  }
  if (jobs.length === 0) return <>{empty}</>;

  return (
    <div>
      {status === 'error' && !isFetchNextPageError ? (
        <ErrorState compact className="m-4" error={error} title={errorTitle} onRetry={onRetry} retrying={isRefetching} />
      ) : null}
      <ul aria-label={label} className="divide-y divide-line">
        {jobs.map((job) => (
          <JobRow key={job.id} job={job} cancellable={cancellable} compact={compact} />
        ))}
      </ul>
      {onLoadMore && (hasNextPage || isFetchNextPageError) ? (
        <div className="flex flex-col items-center gap-3 border-t border-line px-4 py-4">
          {isFetchNextPageError ? (
            <ErrorState compact error={error} title="Couldn't load more jobs" className="w-full" />
          ) : null}
          <Button onClick={onLoadMore} loading={isFetchingNextPage}>
            {isFetchNextPageError ? 'Try again' : 'Load more'}
          </Button>
          {totalCount !== undefined ? (
            <p className="text-xs text-fg-subtle">
              Showing {jobs.length} of {totalCount}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
