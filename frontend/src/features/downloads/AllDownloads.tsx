import { useState } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { DownloadIcon } from '../../components/icons';
import { useViewer } from '../auth/useMe';
import { canSeeAllDownloads } from './access';
import { useDownloadApprovals, useDownloads } from './api';
import { ApprovalActions } from './DownloadActions';
import { DownloadList } from './DownloadList';
import type { Download, DownloadStatus } from './keys';
import { DOWNLOAD_STATUS, DOWNLOAD_STATUS_ORDER } from './status';
import { useLiveEveryoneDownloads } from './useLiveDownloads';

const CHIP =
  'inline-flex h-8 items-center rounded-full px-3 text-sm font-medium ring-1 ring-inset transition-colors aria-pressed:bg-accent aria-pressed:text-accent-fg aria-pressed:ring-accent';
const CHIP_IDLE = 'bg-surface text-fg-muted ring-line-strong hover:bg-surface-hover hover:text-fg';

function StatusChips({ value, onChange }: { value: DownloadStatus | null; onChange: (s: DownloadStatus | null) => void }) {
  const options: Array<{ value: DownloadStatus | null; label: string }> = [
    { value: null, label: 'All' },
    ...DOWNLOAD_STATUS_ORDER.map((s) => ({ value: s, label: DOWNLOAD_STATUS[s].label })),
  ];
  return (
    <div role="group" aria-label="Filter downloads by status" className="flex flex-wrap gap-2">
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

const approvalActions = (download: Download) =>
  download.status === 'PENDING_APPROVAL' ? <ApprovalActions download={download} /> : null;

/**
 * Everyone's downloads for admins: who asked, live progress (a subscription to everyone's downloads while
 * shown), Cancel / Retry, and Approve / Decline.
 */
export function AllDownloads() {
  const [status, setStatus] = useState<DownloadStatus | null>(null);
  const list = useDownloads({ everyone: true, status, active: null });
  useLiveEveryoneDownloads();
  return (
    <div>
      <div className="border-b border-line px-4 py-3 sm:px-5">
        <StatusChips value={status} onChange={setStatus} />
      </div>
      <DownloadList
        label="All downloads"
        showOwner
        downloads={list.downloads}
        status={list.status}
        error={list.error}
        onRetry={() => void list.refetch()}
        isRefetching={list.isRefetching}
        hasNextPage={list.hasNextPage}
        isFetchingNextPage={list.isFetchingNextPage}
        isFetchNextPageError={list.isFetchNextPageError}
        onLoadMore={() => void list.fetchNextPage({ cancelRefetch: false })}
        totalCount={list.totalCount}
        errorTitle="Couldn't load downloads"
        actions={approvalActions}
        empty={
          <EmptyState
            icon={<DownloadIcon size={22} />}
            title={status ? `No ${DOWNLOAD_STATUS[status].label.toLowerCase()} downloads` : 'No downloads yet'}
          >
            Downloads anyone starts show up here, live.
          </EmptyState>
        }
      />
    </div>
  );
}

/**
 * The approval queue for admins and people who manage requests, oldest first: Approve, or Decline with an
 * optional reason. Live for admins (everyone's downloads, while shown); polled for the others, who may not
 * follow everyone's downloads.
 */
export function ApprovalQueue() {
  const viewer = useViewer();
  const list = useDownloadApprovals(true);
  useLiveEveryoneDownloads();
  return (
    <DownloadList
      label="Waiting for approval"
      showOwner
      downloads={list.downloads}
      status={list.status}
      error={list.error}
      onRetry={() => void list.refetch()}
      isRefetching={list.isRefetching}
      hasNextPage={list.hasNextPage}
      isFetchingNextPage={list.isFetchingNextPage}
      isFetchNextPageError={list.isFetchNextPageError}
      onLoadMore={() => void list.fetchNextPage({ cancelRefetch: false })}
      totalCount={list.totalCount}
      errorTitle="Couldn't load the approval queue"
      actions={approvalActions}
      // A playlist's videos can only be listed for admins (the server shows others' videos to admins only).
      playlistVideos={canSeeAllDownloads(viewer)}
      empty={
        <EmptyState icon={<DownloadIcon size={22} />} title="Nothing is waiting for approval">
          Downloads from people without “Download without approval” wait here until you approve them.
        </EmptyState>
      }
    />
  );
}
