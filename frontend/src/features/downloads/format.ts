import type { DownloadPhase } from '../../gql/graphql';
import type { Download } from './keys';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** "0 B", "512 B", "1.5 KB", "12 MB", "1.2 GB" (1024-based); empty when unknown. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} B`;
  // One decimal for small numbers ("1.5 MB"), none once it would only add noise ("120 MB").
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  // 1023.7 KB rounds to "1024 KB": say "1 MB" instead.
  if (rounded >= 1024 && unit < UNITS.length - 1) return `1 ${UNITS[unit + 1]}`;
  return `${rounded} ${UNITS[unit]}`;
}

/** "1.5 MB/s"; empty when unknown or stopped. */
export function formatSpeed(bytesPerSecond: number | null | undefined): string {
  if (!bytesPerSecond || bytesPerSecond <= 0) return '';
  const bytes = formatBytes(bytesPerSecond);
  return bytes ? `${bytes}/s` : '';
}

/** Time left: "45 s left", "3 min left", "1 h 5 min left"; empty when unknown. */
export function formatEta(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '';
  if (seconds < 60) return `${Math.max(1, Math.round(seconds))} s left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min left`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min left` : `${h} h left`;
}

/** A video's length the way players show it: "0:45", "3:05", "1:02:03"; empty when unknown. */
export function formatLength(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** What a running download is doing, in words. */
export const PHASE_LABEL: Record<DownloadPhase, string> = {
  WAITING: 'Waiting to start',
  EXTRACTING: 'Reading the link',
  DOWNLOADING: 'Downloading',
  PROCESSING: 'Converting',
  MOVING: 'Moving into the library',
  SCANNING: 'Adding to Plex',
  DONE: 'Done',
};

export function percentOf(progress: number): number {
  return Math.round((Number.isFinite(progress) ? Math.min(1, Math.max(0, progress)) : 0) * 100);
}

/** "3 of 10 videos" for a playlist. */
export function videosDone(download: Pick<Download, 'completedCount' | 'entryCount'>): string {
  return `${download.completedCount} of ${download.entryCount} ${download.entryCount === 1 ? 'video' : 'videos'}`;
}

/**
 * The facts under a progress bar (its percent is written next to it), in reading order: phase, bytes,
 * speed and time left, e.g. "Downloading · 12 MB of 30 MB · 1.5 MB/s · 2 min left". A playlist leads
 * with its videos ("3 of 10 videos").
 */
export function progressFacts(download: Download): string[] {
  const playlist = download.kind === 'PLAYLIST';
  const facts: string[] = [];
  if (playlist) facts.push(videosDone(download));
  facts.push(download.status === 'QUEUED' && download.phase === 'WAITING' ? 'Queued' : PHASE_LABEL[download.phase]);
  const done = formatBytes(download.downloadedBytes);
  const total = formatBytes(download.totalBytes);
  if (download.downloadedBytes > 0 && done) facts.push(total && !playlist ? `${done} of ${total}` : done);
  const speed = formatSpeed(download.speedBytesPerSecond);
  if (speed) facts.push(speed);
  const eta = formatEta(download.etaSeconds);
  if (eta && download.status === 'RUNNING') facts.push(eta);
  return facts;
}

/** What a screen reader says for the bar: "42%, Downloading, 2 min left". */
export function progressValueText(download: Download): string {
  const parts = [`${percentOf(download.progress)}%`];
  if (download.kind === 'PLAYLIST') parts.push(videosDone(download));
  parts.push(download.status === 'QUEUED' ? 'queued' : PHASE_LABEL[download.phase].toLowerCase());
  const eta = formatEta(download.etaSeconds);
  if (eta && download.status === 'RUNNING') parts.push(eta);
  return parts.join(', ');
}

/** "Tue 3:45 PM": when a 24-hour quota frees up again. */
export function formatResetTime(value: string, locale?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(date);
}
