import type { ToastVariant } from '../../components/toast/context';
import type { NotificationChannel, NotificationKind } from './keys';

/** What each kind of notification is about, as the preferences list names it. */
export const KIND_LABELS: Record<NotificationKind, string> = {
  REQUEST_APPROVED: 'A request was approved',
  REQUEST_DECLINED: 'A request was declined',
  REQUEST_AVAILABLE: 'A request is available on Plex',
  DOWNLOAD_FINISHED: 'A download finished',
  DOWNLOAD_FAILED: 'A download failed',
  SERVICE_DOWN: 'A service is down',
  SERVICE_UP: 'A service is back up',
  ANNOUNCEMENT: 'An admin posted an announcement',
};

/** The order the preferences list shows kinds in (kinds the server adds later go at the end). */
export const KIND_ORDER: NotificationKind[] = [
  'REQUEST_APPROVED',
  'REQUEST_DECLINED',
  'REQUEST_AVAILABLE',
  'DOWNLOAD_FINISHED',
  'DOWNLOAD_FAILED',
  'SERVICE_DOWN',
  'SERVICE_UP',
  'ANNOUNCEMENT',
];

export function kindLabel(kind: NotificationKind): string {
  return KIND_LABELS[kind] ?? kind;
}

export const CHANNEL_LABELS: Record<NotificationChannel, string> = {
  WEBHOOK: 'Webhook',
  DISCORD: 'Discord',
  EMAIL: 'Email',
};

export function channelLabel(channel: NotificationChannel): string {
  return CHANNEL_LABELS[channel] ?? channel;
}

/**
 * The toast a notification arriving live raises, or null for none. Finished and failed downloads are
 * already toasted by the downloads feature (from the download itself), so they stay quiet here.
 */
const TOAST_VARIANTS: Partial<Record<NotificationKind, ToastVariant>> = {
  REQUEST_APPROVED: 'success',
  REQUEST_DECLINED: 'error',
  REQUEST_AVAILABLE: 'success',
  ANNOUNCEMENT: 'info',
  SERVICE_DOWN: 'error',
  SERVICE_UP: 'success',
};

export function toastVariantFor(kind: NotificationKind): ToastVariant | null {
  return TOAST_VARIANTS[kind] ?? null;
}
