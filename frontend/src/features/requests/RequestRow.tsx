import type { ReactNode } from 'react';
import { RelativeTime } from '../../components/RelativeTime';
import type { MediaRequest } from './keys';
import { MediaPoster } from './MediaPoster';
import { seasonsLabel } from './seasons';
import { RequestStatusBadge } from './status';

interface RequestRowProps {
  request: MediaRequest;
  /** `my-request` for the viewer's own list, `request-row` for everyone's. */
  testId: string;
  /** Show the requester's note (for people approving). */
  showNote?: boolean;
  actions?: ReactNode;
  compact?: boolean;
}

/** One request: poster, title, what was asked for, status in words and color, and why it was declined or failed. */
export function RequestRow({ request, testId, showNote = false, actions, compact = false }: RequestRowProps) {
  const tv = request.mediaType === 'tv';
  const facts = [request.year, tv ? 'TV show' : 'Movie', tv ? seasonsLabel(request.seasons) : null, request.is4k ? '4K' : null]
    .filter(Boolean)
    .join(' · ');
  return (
    <li
      data-testid={testId}
      data-request-id={request.id}
      data-status={request.status}
      className={`flex gap-3 ${compact ? 'px-4 py-3 sm:px-5' : 'px-4 py-4 sm:px-5'}`}
    >
      <MediaPoster title={request.title} url={request.posterUrl} className="w-10 shrink-0 self-start" />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-x-2.5 gap-y-1">
          <h3 className="min-w-0 truncate text-sm font-semibold text-fg">{request.title}</h3>
          <RequestStatusBadge status={request.status} />
        </div>
        <p className="mt-1 flex flex-wrap gap-x-1.5 gap-y-0.5 text-xs text-fg-subtle">
          <span>{facts}</span>
          <span aria-hidden="true">·</span>
          <RelativeTime value={request.createdAt} prefix="Requested " />
        </p>
        {request.status === 'DECLINED' ? (
          <p data-testid="decline-reason" className="mt-1.5 text-sm text-red-700 dark:text-red-300">
            {request.declineReason ? `Declined: ${request.declineReason}` : 'Declined without a reason.'}
          </p>
        ) : null}
        {request.status === 'FAILED' && request.error ? (
          <p className="mt-1.5 text-sm text-red-700 dark:text-red-300">{request.error}</p>
        ) : null}
        {request.status === 'QUEUED' ? (
          <p className="mt-1.5 text-xs text-fg-muted">Waiting for Overseerr to answer; it is sent automatically.</p>
        ) : null}
        {showNote && request.note ? (
          <p className="mt-1.5 text-sm text-fg-muted">
            <span className="font-medium text-fg">Note:</span> {request.note}
          </p>
        ) : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap items-start justify-end gap-2">{actions}</div> : null}
    </li>
  );
}
