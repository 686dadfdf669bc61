import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from '../../components/Badge';
import { BanIcon, CheckCircleIcon, ClockIcon, SpinnerIcon, XCircleIcon } from '../../components/icons';
import type { DownloadErrorCode } from '../../gql/graphql';
import type { DownloadStatus } from './keys';

interface StatusMeta {
  label: string;
  tone: BadgeTone;
  icon: ReactNode;
}

export const DOWNLOAD_STATUS_ORDER: DownloadStatus[] = [
  'PENDING_APPROVAL',
  'QUEUED',
  'RUNNING',
  'COMPLETED',
  'FAILED',
  'CANCELLED',
  'DECLINED',
];

/** Words, color and icon for each status: the color is never the only signal. */
export const DOWNLOAD_STATUS: Record<DownloadStatus, StatusMeta> = {
  PENDING_APPROVAL: { label: 'Awaiting approval', tone: 'warning', icon: <ClockIcon size={12} /> },
  QUEUED: { label: 'Queued', tone: 'neutral', icon: <ClockIcon size={12} /> },
  RUNNING: { label: 'Downloading', tone: 'info', icon: <SpinnerIcon size={12} /> },
  COMPLETED: { label: 'On Plex', tone: 'success', icon: <CheckCircleIcon size={12} /> },
  FAILED: { label: 'Failed', tone: 'danger', icon: <XCircleIcon size={12} /> },
  CANCELLED: { label: 'Cancelled', tone: 'neutral', icon: <BanIcon size={12} /> },
  DECLINED: { label: 'Declined', tone: 'danger', icon: <BanIcon size={12} /> },
};

export function DownloadStatusBadge({ status }: { status: DownloadStatus }) {
  const meta = DOWNLOAD_STATUS[status];
  return (
    <Badge tone={meta.tone} icon={meta.icon}>
      {meta.label}
    </Badge>
  );
}

/** A headline for each reason a link can't be used; the server's message then says what to try. */
export const REFUSED_TITLE: Record<DownloadErrorCode, string> = {
  UNAVAILABLE: 'This video is unavailable',
  RESTRICTED: 'This video needs a signed-in account',
  BOT_BLOCKED: 'The site is blocking downloads for now',
  NETWORK: "Couldn't reach the site",
  TOO_LARGE: 'This file is too large',
  TOO_LONG: 'This video is too long',
  SITE_NOT_ALLOWED: "This site isn't allowed",
  UNSUPPORTED: 'No video found at this link',
  STALLED: 'The download stalled',
  STORAGE: "The file couldn't be saved",
  INTERNAL: 'Something went wrong',
};
