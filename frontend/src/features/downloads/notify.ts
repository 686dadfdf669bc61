import type { ToastApi } from '../../components/toast/context';
import { isActive } from './cache';
import type { Download, DownloadStatus } from './keys';

/**
 * Toasts the outcome of one of the viewer's downloads, once, and only for a change seen live: it was
 * known to be queued or running (`previous`) and has now completed or failed. A playlist's videos don't
 * toast one by one; the playlist does when it ends. Cancellations are confirmed by the Cancel button.
 */
export function announceDownload(
  toast: ToastApi,
  download: Download,
  previous: DownloadStatus | undefined,
  announced: Set<string>,
): void {
  if (download.parentId) return;
  if (download.status !== 'COMPLETED' && download.status !== 'FAILED') return;
  if (previous === undefined || !isActive(previous)) return;
  const key = `${download.id}:${download.status}`;
  if (announced.has(key)) return;
  announced.add(key);
  if (download.status === 'COMPLETED') {
    toast.show({ id: `download-${download.id}`, variant: 'success', title: `Saved to Plex: ${download.title}` });
  } else {
    toast.show({
      id: `download-${download.id}`,
      variant: 'error',
      title: `Download failed: ${download.title}`,
      description: download.errorMessage ?? 'Open Downloads to retry it.',
    });
  }
}
