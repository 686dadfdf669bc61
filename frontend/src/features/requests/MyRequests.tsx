import { EmptyState } from '../../components/EmptyState';
import { RequestsIcon } from '../../components/icons';
import { useMyRequests } from './api';
import { RequestList } from './RequestList';

/** The viewer's own requests, newest first, live (the subscription runs in the page or card showing it). */
export function MyRequests({ limit, compact = false }: { limit?: number; compact?: boolean }) {
  const list = useMyRequests(limit ?? 20);
  const requests = limit ? list.requests.slice(0, limit) : list.requests;
  return (
    <RequestList
      label="My requests"
      rowTestId="my-request"
      compact={compact}
      requests={requests}
      status={list.status}
      error={list.error}
      onRetry={() => void list.refetch()}
      isRefetching={list.isRefetching}
      hasNextPage={list.hasNextPage}
      isFetchingNextPage={list.isFetchingNextPage}
      isFetchNextPageError={list.isFetchNextPageError}
      onLoadMore={limit ? undefined : () => void list.fetchNextPage({ cancelRefetch: false })}
      totalCount={list.totalCount}
      errorTitle="Couldn't load your requests"
      empty={
        <EmptyState icon={<RequestsIcon size={22} />} title="You haven't requested anything yet">
          Search for a movie or show, then press Request. You can follow it here until it's on Plex.
        </EmptyState>
      }
    />
  );
}
