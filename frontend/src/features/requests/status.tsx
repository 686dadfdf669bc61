import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from '../../components/Badge';
import { BanIcon, CheckCircleIcon, CheckIcon, ClockIcon, SpinnerIcon, XCircleIcon } from '../../components/icons';
import type { RequestStatus } from './api';

interface StatusMeta {
  label: string;
  tone: BadgeTone;
  icon: ReactNode;
}

export const REQUEST_STATUS_ORDER: RequestStatus[] = [
  'PENDING',
  'QUEUED',
  'APPROVED',
  'PROCESSING',
  'PARTIALLY_AVAILABLE',
  'AVAILABLE',
  'DECLINED',
  'FAILED',
];

/** Words, color and icon for each status: the color is never the only signal. */
export const REQUEST_STATUS: Record<RequestStatus, StatusMeta> = {
  QUEUED: { label: 'Queued', tone: 'neutral', icon: <ClockIcon size={12} /> },
  PENDING: { label: 'Pending approval', tone: 'warning', icon: <ClockIcon size={12} /> },
  APPROVED: { label: 'Approved', tone: 'info', icon: <CheckIcon size={12} /> },
  DECLINED: { label: 'Declined', tone: 'danger', icon: <BanIcon size={12} /> },
  PROCESSING: { label: 'Processing', tone: 'accent', icon: <SpinnerIcon size={12} /> },
  PARTIALLY_AVAILABLE: { label: 'Partly on Plex', tone: 'success', icon: <CheckIcon size={12} /> },
  AVAILABLE: { label: 'On Plex', tone: 'success', icon: <CheckCircleIcon size={12} /> },
  FAILED: { label: 'Failed', tone: 'danger', icon: <XCircleIcon size={12} /> },
};

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const meta = REQUEST_STATUS[status];
  return (
    <Badge tone={meta.tone} icon={meta.icon}>
      {meta.label}
    </Badge>
  );
}
