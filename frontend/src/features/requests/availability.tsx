import type { ReactNode } from 'react';
import { Badge, type BadgeTone } from '../../components/Badge';
import { BanIcon, CheckCircleIcon, CheckIcon, ClockIcon, SpinnerIcon, XCircleIcon } from '../../components/icons';
import type { MediaAvailability } from '../../gql/graphql';

interface AvailabilityMeta {
  label: string;
  tone: BadgeTone;
  icon: ReactNode;
}

/** Words, color and icon for Overseerr's availability of a title or season (never color alone). */
export const AVAILABILITY: Record<MediaAvailability, AvailabilityMeta> = {
  UNKNOWN: { label: 'Not on Plex', tone: 'neutral', icon: null },
  PENDING: { label: 'Pending', tone: 'warning', icon: <ClockIcon size={12} /> },
  PROCESSING: { label: 'Processing', tone: 'accent', icon: <SpinnerIcon size={12} /> },
  PARTIALLY_AVAILABLE: { label: 'Partly on Plex', tone: 'info', icon: <CheckIcon size={12} /> },
  AVAILABLE: { label: 'On Plex', tone: 'success', icon: <CheckCircleIcon size={12} /> },
  BLOCKLISTED: { label: 'Blocklisted', tone: 'danger', icon: <BanIcon size={12} /> },
  DELETED: { label: 'Deleted', tone: 'danger', icon: <XCircleIcon size={12} /> },
};

/** Already on Plex, on its way, or refused: asking again makes no sense. */
const SETTLED = new Set<MediaAvailability>(['AVAILABLE', 'PENDING', 'PROCESSING', 'BLOCKLISTED']);

/** A title or season can be requested when it is neither available (or on its way) nor already requested. */
export function isRequestable(status: MediaAvailability, requested = false): boolean {
  return !requested && !SETTLED.has(status);
}

export function AvailabilityBadge({ status }: { status: MediaAvailability }) {
  const meta = AVAILABILITY[status];
  return (
    <Badge tone={meta.tone} icon={meta.icon}>
      {meta.label}
    </Badge>
  );
}
