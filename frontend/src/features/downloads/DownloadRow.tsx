import { useId, useState, type ReactNode } from 'react';
import { ErrorState } from '../../components/ErrorState';
import { ChevronDownIcon } from '../../components/icons';
import { LoadMore } from '../../components/LoadMore';
import { ProgressBar } from '../../components/ProgressBar';
import { RelativeTime } from '../../components/RelativeTime';
import { Skeleton } from '../../components/Skeleton';
import { useDownloadDetail } from './api';
import { DownloadActions } from './DownloadActions';
import { DownloadThumb } from './DownloadThumb';
import { formatBytes, formatLength, percentOf, progressFacts, progressValueText, videosDone } from './format';
import type { Download } from './keys';
import { formatLabel } from './options';
import { DownloadStatusBadge } from './status';

const ERROR_BOX =
  'rounded-md bg-red-50 px-2.5 py-1.5 text-xs break-words text-red-800 dark:bg-red-400/10 dark:text-red-200';

/** The bar with its percent, and phase · bytes · speed · time left under it (queued and running downloads). */
function Progress({ download }: { download: Download }) {
  return (
    <div className="mt-2.5">
      <div className="flex items-center gap-3">
        <ProgressBar value={download.progress} label={`${download.title} progress`} valueText={progressValueText(download)} />
        <span className="w-10 shrink-0 text-right text-xs font-medium text-fg-muted tabular-nums" aria-hidden="true">
          {percentOf(download.progress)}%
        </span>
      </div>
      <p className="mt-1.5 flex flex-wrap gap-x-1.5 text-xs text-fg-muted tabular-nums">
        {progressFacts(download).map((fact, i) => (
          <span key={i}>
            {i > 0 ? (
              <span aria-hidden="true" className="mr-1.5">
                ·
              </span>
            ) : null}
            {fact}
          </span>
        ))}
      </p>
    </div>
  );
}

/** Where it stands once it is no longer moving: saved file, what went wrong, why declined. */
function Outcome({ download }: { download: Download }) {
  const playlist = download.kind === 'PLAYLIST';
  switch (download.status) {
    case 'PENDING_APPROVAL':
      return <p className="mt-2 text-xs text-fg-muted">Waiting for approval.</p>;
    case 'COMPLETED': {
      const size = formatBytes(download.fileSize);
      return (
        <p className="mt-2 flex flex-wrap gap-x-1.5 text-xs text-fg-muted">
          {playlist ? <span>{videosDone(download)} saved</span> : null}
          {!playlist && download.fileName ? (
            <span className="min-w-0 break-all">
              Saved as <span className="font-mono text-fg">{download.fileName}</span>
            </span>
          ) : null}
          {size ? (
            <>
              <span aria-hidden="true">·</span>
              <span>{size}</span>
            </>
          ) : null}
        </p>
      );
    }
    case 'FAILED':
      return (
        <p className={`mt-2 ${ERROR_BOX}`}>
          {download.errorMessage ?? 'The download failed.'}
          {download.attempts > 1 ? ` (after ${download.attempts} attempts)` : ''}
        </p>
      );
    case 'DECLINED':
      return (
        <p data-testid="decline-reason" className="mt-2 text-xs text-red-700 dark:text-red-300">
          {download.declineReason ? `Declined: ${download.declineReason}` : 'Declined without a reason.'}
        </p>
      );
    case 'CANCELLED':
      return playlist && download.completedCount > 0 ? (
        <p className="mt-2 text-xs text-fg-muted">{videosDone(download)} were saved before it was cancelled.</p>
      ) : null;
    default:
      return null;
  }
}

/** One video of an expanded playlist: its own status, bar, error and Cancel / Retry. */
function ChildRow({ download, index }: { download: Download; index: number }) {
  const moving = download.status === 'RUNNING' || download.status === 'QUEUED';
  return (
    <li data-testid="download-child" data-download-id={download.id} data-status={download.status} className="py-2.5">
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1.5">
        <div className="min-w-0 flex-1 basis-48">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-fg">
            <span className="min-w-0 break-words">
              <span className="text-fg-subtle tabular-nums">{index}.</span> {download.title}
            </span>
            <DownloadStatusBadge status={download.status} />
          </p>
        </div>
        {download.canCancel || download.canRetry ? (
          <div className="flex shrink-0 gap-2">
            <DownloadActions download={download} />
          </div>
        ) : null}
      </div>
      {moving ? <Progress download={download} /> : <Outcome download={download} />}
    </li>
  );
}

/** A playlist's videos, loaded when the row is expanded and kept live. */
function PlaylistVideos({ download, id }: { download: Download; id: string }) {
  const detail = useDownloadDetail(download.id, true);
  let body: ReactNode;
  if (detail.status === 'pending') {
    body = (
      <div role="status" aria-busy="true" className="space-y-3 py-2">
        <span className="sr-only">Loading the videos…</span>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-4 w-64 max-w-[80%]" />
        ))}
      </div>
    );
  } else if (detail.status === 'error' && detail.videos.length === 0) {
    body = (
      <ErrorState
        compact
        error={detail.error}
        title="Couldn't load the videos"
        onRetry={() => void detail.refetch()}
        retrying={detail.isRefetching}
      />
    );
  } else if (detail.videos.length === 0) {
    body = <p className="py-2 text-xs text-fg-muted">No videos to show.</p>;
  } else {
    body = (
      <>
        <ol aria-label={`Videos in ${download.title}`} className="divide-y divide-line">
          {detail.videos.map((child, i) => (
            <ChildRow key={child.id} download={child} index={i + 1} />
          ))}
        </ol>
        <LoadMore
          className="border-t border-line py-3"
          hasNextPage={detail.hasNextPage}
          isFetchingNextPage={detail.isFetchingNextPage}
          isFetchNextPageError={detail.isFetchNextPageError}
          error={detail.error}
          onLoadMore={() => void detail.fetchNextPage({ cancelRefetch: false })}
          label="Load more videos"
          errorTitle="Couldn't load more videos"
          status={detail.hasNextPage ? `Showing ${detail.videos.length} of ${detail.totalCount} videos` : ''}
        />
      </>
    );
  }
  return (
    <div id={id} className="mt-3 rounded-lg border border-line bg-surface-muted/50 px-3 sm:px-4">
      {body}
    </div>
  );
}

export interface DownloadRowProps {
  download: Download;
  /** `download-row` everywhere; tests and e2e find rows by it. */
  testId?: string;
  /** Name who asked (everyone's downloads, the approval queue). */
  showOwner?: boolean;
  /** Extra controls (Approve / Decline for approvers). */
  actions?: ReactNode;
  /** Denser, read-only layout for the dashboard card. */
  compact?: boolean;
  /** Whether a playlist can be expanded to its videos. */
  expandable?: boolean;
}

/**
 * One download or playlist: thumbnail, title, facts, status in words and color; a live bar while it
 * moves; the saved file, the error (with Retry) or the decline reason once it ended. Playlists show
 * "3 of 10 videos" and expand to list their videos with their own bars.
 */
export function DownloadRow({
  download,
  testId = 'download-row',
  showOwner = false,
  actions,
  compact = false,
  expandable = true,
}: DownloadRowProps) {
  const [expanded, setExpanded] = useState(false);
  const childrenId = useId();
  const playlist = download.kind === 'PLAYLIST';
  const moving = download.status === 'RUNNING' || download.status === 'QUEUED';
  const facts = [
    playlist ? `Playlist · ${download.entryCount === 1 ? '1 video' : `${download.entryCount} videos`}` : formatLength(download.durationSeconds),
    download.channel,
    compact ? null : formatLabel(download),
  ].filter(Boolean);
  const controls = compact ? null : (
    <>
      {actions}
      <DownloadActions download={download} />
    </>
  );
  const hasControls = !compact && (actions || download.canCancel || download.canRetry);

  return (
    <li
      data-testid={testId}
      data-download-id={download.id}
      data-status={download.status}
      data-kind={download.kind}
      className={compact ? 'px-4 py-3 sm:px-5' : 'px-4 py-4 sm:px-5'}
    >
      <div className="flex gap-3">
        <DownloadThumb
          title={download.title}
          url={download.thumbnailUrl}
          className={`shrink-0 self-start ${compact ? 'w-16 sm:w-20' : 'w-20 sm:w-32'}`}
        />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
            <div className="min-w-0 flex-1 basis-56">
              <div className="flex flex-wrap items-center gap-x-2.5 gap-y-1">
                <h3 className="min-w-0 text-sm font-semibold break-words text-fg">{download.title}</h3>
                <DownloadStatusBadge status={download.status} />
              </div>
              <p className="mt-1 flex flex-wrap gap-x-1.5 gap-y-0.5 text-xs text-fg-subtle">
                {facts.map((fact, i) => (
                  <span key={i}>
                    {i > 0 ? (
                      <span aria-hidden="true" className="mr-1.5">
                        ·
                      </span>
                    ) : null}
                    {fact}
                  </span>
                ))}
                {showOwner && download.owner ? (
                  <span>
                    {facts.length > 0 ? (
                      <span aria-hidden="true" className="mr-1.5">
                        ·
                      </span>
                    ) : null}
                    <span className="sr-only">Asked by </span>
                    {download.owner.displayName}
                  </span>
                ) : null}
                <span>
                  <span aria-hidden="true" className="mr-1.5">
                    ·
                  </span>
                  <RelativeTime value={download.createdAt} prefix="Added " />
                </span>
              </p>
            </div>
            {hasControls ? <div className="flex shrink-0 flex-wrap gap-2">{controls}</div> : null}
          </div>
          {moving ? <Progress download={download} /> : <Outcome download={download} />}
          {playlist && !compact && expandable ? (
            <button
              type="button"
              aria-expanded={expanded}
              aria-controls={expanded ? childrenId : undefined}
              aria-label={`${expanded ? 'Hide' : 'Show'} videos in ${download.title}`}
              onClick={() => setExpanded((e) => !e)}
              className="mt-2 inline-flex items-center gap-1 rounded text-xs font-medium text-accent-text hover:underline"
            >
              <ChevronDownIcon size={14} className={`transition-transform ${expanded ? 'rotate-180' : ''}`} />
              {expanded ? 'Hide videos' : 'Show videos'}
            </button>
          ) : null}
        </div>
      </div>
      {expanded ? <PlaylistVideos download={download} id={childrenId} /> : null}
    </li>
  );
}
