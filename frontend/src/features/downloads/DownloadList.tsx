import type { ReactNode } from 'react';
import { Button } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { Skeleton } from '../../components/Skeleton';
import type { Download } from './keys';
import { DownloadRow } from './DownloadRow';

export interface DownloadListProps {
  /** Accessible name of the list. */
  label: string;
  downloads: Download[];
  status: 'pending' | 'error' | 'success';
  error: unknown;
  onRetry: () => void;
  isRefetching?: boolean;
  hasNextPage?: boolean;
  isFetchingNextPage?: boolean;
  isFetchNextPageError?: boolean;
  onLoadMore?: () => void;
  totalCount?: number;
  /** Shown when the list loaded fine but is empty. */
  empty: ReactNode;
  showOwner?: boolean;
  /** Whether playlists expand to their videos (false where the server would not list them). */
  playlistVideos?: boolean;
  actions?: (download: Download) => ReactNode;
  compact?: boolean;
  skeletonRows?: number;
  errorTitle: string;
}

export function DownloadSkeletons({ count, compact = false }: { count: number; compact?: boolean }) {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">Loading downloads…</span>
      <ul aria-hidden="true" className="divide-y divide-line">
        {Array.from({ length: count }, (_, i) => (
          <li key={i} data-testid="download-skeleton" className="flex gap-3 px-4 py-4 sm:px-5">
            <Skeleton className={`aspect-video shrink-0 ${compact ? 'w-16 sm:w-20' : 'w-20 sm:w-32'}`} />
            <div className="flex-1 space-y-2 pt-1">
              <Skeleton className="h-4 w-56 max-w-[70%]" />
              <Skeleton className="h-3 w-36 max-w-[50%]" />
              <Skeleton className="mt-3 h-2 w-full rounded-full" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Skeleton, error with Retry, empty state, rows and "Load more" — the shape of every download list. */
export function DownloadList({
  label,
  downloads,
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
  showOwner = false,
  playlistVideos = true,
  actions,
  compact = false,
  skeletonRows = 3,
  errorTitle,
}: DownloadListProps) {
  if (status === 'pending') return <DownloadSkeletons count={skeletonRows} compact={compact} />;
  if (status === 'error' && downloads.length === 0) {
    return <ErrorState error={error} title={errorTitle} onRetry={onRetry} retrying={isRefetching} />;
  }
  const more =
    onLoadMore && (hasNextPage || isFetchNextPageError) ? (
      <div className="flex flex-col items-center gap-3 border-t border-line px-4 py-4">
        {isFetchNextPageError ? <ErrorState compact error={error} title="Couldn't load more downloads" className="w-full" /> : null}
        <Button onClick={onLoadMore} loading={isFetchingNextPage}>
          {isFetchNextPageError ? 'Try again' : 'Load more'}
        </Button>
        {totalCount !== undefined ? (
          <p className="text-xs text-fg-subtle">
            Showing {downloads.length} of {totalCount}
          </p>
        ) : null}
      </div>
    ) : null;
  if (downloads.length === 0) {
    return (
      <>
        {empty}
        {more}
      </>
    );
  }
  return (
    <div>
      {status === 'error' && !isFetchNextPageError ? (
        <ErrorState compact className="m-4" error={error} title={errorTitle} onRetry={onRetry} retrying={isRefetching} />
      ) : null}
      <ul aria-label={label} className="divide-y divide-line">
        {downloads.map((download) => (
          <DownloadRow
            key={download.id}
            download={download}
            showOwner={showOwner}
            compact={compact}
            expandable={playlistVideos}
            actions={actions?.(download)}
          />
        ))}
      </ul>
      {more}
    </div>
  );
}
