import type { ReactNode } from 'react';
import { Button } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { Skeleton } from '../../components/Skeleton';
import type { MediaRequest } from './keys';
import { RequestRow } from './RequestRow';

export interface RequestListProps {
  /** Accessible name of the list. */
  label: string;
  requests: MediaRequest[];
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
  rowTestId: string;
  showNote?: boolean;
  actions?: (request: MediaRequest) => ReactNode;
  compact?: boolean;
  skeletonRows?: number;
  errorTitle: string;
}

/** Skeleton, error with Retry, empty state, rows and "Load more" — the shape of every request list. */
export function RequestList({
  label,
  requests,
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
  rowTestId,
  showNote = false,
  actions,
  compact = false,
  skeletonRows = 3,
  errorTitle,
}: RequestListProps) {
  if (status === 'pending') {
    return (
      <div role="status" aria-busy="true">
        <span className="sr-only">Loading requests…</span>
        <ul aria-hidden="true" className="divide-y divide-line">
          {Array.from({ length: skeletonRows }, (_, i) => (
            <li key={i} className="flex gap-3 px-4 py-3 sm:px-5">
              <Skeleton className="aspect-[2/3] w-10" />
              <div className="flex-1 space-y-2 pt-1">
                <Skeleton className="h-4 w-48 max-w-[60%]" />
                <Skeleton className="h-3 w-32 max-w-[40%]" />
              </div>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  if (status === 'error' && requests.length === 0) {
    return <ErrorState error={error} title={errorTitle} onRetry={onRetry} retrying={isRefetching} />;
  }
  if (requests.length === 0) return <>{empty}</>;
  return (
    <div>
      <ul aria-label={label} className="divide-y divide-line">
        {requests.map((request) => (
          <RequestRow
            key={request.id}
            request={request}
            testId={rowTestId}
            showNote={showNote}
            compact={compact}
            actions={actions?.(request)}
          />
        ))}
      </ul>
      {onLoadMore && (hasNextPage || isFetchNextPageError) ? (
        <div className="flex flex-col items-center gap-3 border-t border-line px-4 py-4">
          {isFetchNextPageError ? (
            <ErrorState compact error={error} title="Couldn't load more requests" className="w-full" />
          ) : null}
          <Button onClick={onLoadMore} loading={isFetchingNextPage}>
            {isFetchNextPageError ? 'Try again' : 'Load more'}
          </Button>
          {totalCount !== undefined ? (
            <p className="text-xs text-fg-subtle">
              Showing {requests.length} of {totalCount}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
