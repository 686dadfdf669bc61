import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { RequestsIcon } from '../../components/icons';
import { useAllRequests, type RequestStatus } from './api';
import { ManageActions } from './ManageActions';
import { RequestList } from './RequestList';
import { REQUEST_STATUS, REQUEST_STATUS_ORDER } from './status';

const CHIP =
  'inline-flex h-8 items-center rounded-full px-3 text-sm font-medium ring-1 ring-inset transition-colors aria-pressed:bg-accent aria-pressed:text-accent-fg aria-pressed:ring-accent';
const CHIP_IDLE = 'bg-surface text-fg-muted ring-line-strong hover:bg-surface-hover hover:text-fg';

export function StatusChips({ value, onChange }: { value: RequestStatus | null; onChange: (s: RequestStatus | null) => void }) {
  const options: Array<{ value: RequestStatus | null; label: string }> = [
    { value: null, label: 'All' },
    ...REQUEST_STATUS_ORDER.map((s) => ({ value: s, label: REQUEST_STATUS[s].label })),
  ];
  return (
    <div role="group" aria-label="Filter requests by status" className="flex flex-wrap gap-2">
      {options.map((option) => {
        const pressed = option.value === value;
        return (
          <button
            key={option.label}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange(option.value)}
            className={`${CHIP} ${pressed ? '' : CHIP_IDLE}`}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}

/** Everyone's requests for managers: filter by status, approve, decline with a reason, delete. */
export function AllRequests() {
  const [status, setStatus] = useState<RequestStatus | null>('PENDING');
  const list = useAllRequests({ status });
  return (
    <div>
      <div className="border-b border-line px-4 py-3 sm:px-5">
        <StatusChips value={status} onChange={setStatus} />
      </div>
      <RequestList
        label="All requests"
        rowTestId="request-row"
        showNote
        requests={list.requests}
        status={list.status}
        error={list.error}
        onRetry={() => void list.refetch()}
        isRefetching={list.isRefetching}
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        isFetchNextPageError={list.isFetchNextPageError}
        onLoadMore={() => void list.fetchNextPage({ cancelRefetch: false })}
        totalCount={list.totalCount}
        errorTitle="Couldn't load requests"
        actions={(request) => <ManageActions request={request} />}
        empty={
          <EmptyState icon={<RequestsIcon size={22} />} title={status ? `No ${REQUEST_STATUS[status].label.toLowerCase()} requests` : 'No requests yet'}>
            {status === 'PENDING' ? 'Nothing is waiting for approval.' : 'Requests people make show up here.'}
          </EmptyState>
        }
      />
    </div>
  );
}
