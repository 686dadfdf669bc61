import type { DownloadContainer, DownloadQuality } from '../../gql/graphql';

export interface FormatChoice {
  quality: DownloadQuality;
  container: DownloadContainer;
}

export const DEFAULT_FORMAT: FormatChoice = { quality: 'BEST', container: 'MP4' };

export const QUALITY_OPTIONS: Array<{ value: DownloadQuality; label: string }> = [
  { value: 'BEST', label: 'Best available' },
  { value: 'P1080', label: '1080p' },
  { value: 'P720', label: '720p' },
  { value: 'P480', label: '480p' },
  { value: 'AUDIO', label: 'Audio only' },
];

export const CONTAINER_LABEL: Record<DownloadContainer, string> = {
  MP4: 'MP4',
  MKV: 'MKV',
  WEBM: 'WebM',
  MP3: 'MP3',
  M4A: 'M4A',
};

export const VIDEO_CONTAINERS: DownloadContainer[] = ['MP4', 'MKV', 'WEBM'];
export const AUDIO_CONTAINERS: DownloadContainer[] = ['MP3', 'M4A'];

/** The server's rule: audio only is saved as MP3 or M4A, videos as MP4, MKV or WebM. */
export function containersFor(quality: DownloadQuality): DownloadContainer[] {
  return quality === 'AUDIO' ? AUDIO_CONTAINERS : VIDEO_CONTAINERS;
}

export function isValidFormat({ quality, container }: FormatChoice): boolean {
  return containersFor(quality).includes(container);
}

/**
 * A new quality, keeping the container when it still fits: switching to audio picks MP3,
 * switching back to a video quality picks MP4.
 */
export function withQuality(choice: FormatChoice, quality: DownloadQuality): FormatChoice {
  const allowed = containersFor(quality);
  if (allowed.includes(choice.container)) return { quality, container: choice.container };
  return { quality, container: quality === 'AUDIO' ? 'MP3' : 'MP4' };
}

/** A new container; a container of the other kind also moves the quality (audio ↔ best video). */
export function withContainer(choice: FormatChoice, container: DownloadContainer): FormatChoice {
  if (containersFor(choice.quality).includes(container)) return { ...choice, container };
  return { quality: AUDIO_CONTAINERS.includes(container) ? 'AUDIO' : 'BEST', container };
}

/** "1080p MP4", "Audio only MP3", "Best MKV". */
export function formatLabel({ quality, container }: FormatChoice): string {
  const q = quality === 'BEST' ? 'Best' : (QUALITY_OPTIONS.find((o) => o.value === quality)?.label ?? quality);
  return `${q} ${CONTAINER_LABEL[container]}`;
}
