import { useId } from 'react';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badge';
import { Skeleton } from '../../components/Skeleton';
import type { Preview } from './api';
import { DownloadThumb } from './DownloadThumb';
import { formatLength } from './format';

/** What the preview area shows while yt-dlp reads the link (1–5 s). */
export function PreviewSkeleton() {
  return (
    <div role="status" aria-busy="true" data-testid="preview-loading" className="rounded-lg border border-line p-3 sm:p-4">
      <span className="sr-only">Looking up the link…</span>
      <div aria-hidden="true" className="flex flex-col gap-4 sm:flex-row">
        <Skeleton className="aspect-video w-full shrink-0 sm:w-56" />
        <div className="flex-1 space-y-2.5 pt-1">
          <Skeleton className="h-5 w-3/4" />
          <Skeleton className="h-4 w-1/3" />
          <Skeleton className="h-4 w-1/4" />
        </div>
      </div>
    </div>
  );
}

/** How many of the first `selected` listed playlist videos are over the length limit (the server skips them). */
export function tooLongSelected(preview: Pick<Preview, 'entries'>, selected: number): number {
  return preview.entries.slice(0, selected).filter((e) => e.tooLong).length;
}

/** "1 video is over the length limit and will be skipped", "3 videos are …". */
export function skippedText(count: number): string {
  return `${count === 1 ? '1 video is' : `${count} videos are`} over the length limit and will be skipped`;
}

interface PreviewDetailsProps {
  preview: Preview;
  /** For a playlist: how many of its first videos will be downloaded (the rest are dimmed; too long ones are skipped). */
  selected: number;
  /** For the words only: which videos are too long comes from the server. */
  maxDurationMinutes: number | null | undefined;
}

/** The poster, title, channel and length of what the link holds; a playlist's first videos; warnings. */
export function PreviewDetails({ preview, selected, maxDurationMinutes }: PreviewDetailsProps) {
  const length = formatLength(preview.durationSeconds);
  const longSelected = preview.isPlaylist ? tooLongSelected(preview, selected) : 0;
  // The preview lists a playlist's first videos only: those after it are checked when queued.
  const unchecked = preview.isPlaylist && selected > preview.entries.length;
  const more = preview.entryCount - preview.entries.length;
  const entriesHeading = useId();
  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-4 sm:flex-row">
        <DownloadThumb title={preview.title} url={preview.thumbnailUrl} className="w-full shrink-0 sm:w-56" />
        <div className="min-w-0 flex-1">
          <h3 data-testid="preview-title" className="text-base font-semibold break-words text-fg">
            {preview.title}
          </h3>
          <dl className="mt-1.5 space-y-1 text-sm text-fg-muted">
            {preview.channel ? (
              <div>
                <dt className="sr-only">Channel</dt>
                <dd>{preview.channel}</dd>
              </div>
            ) : null}
            {preview.isPlaylist ? (
              <div>
                <dt className="sr-only">Kind</dt>
                <dd>Playlist · {preview.entryCount === 1 ? '1 video' : `${preview.entryCount} videos`}</dd>
              </div>
            ) : length ? (
              <div>
                <dt className="sr-only">Length</dt>
                <dd className="tabular-nums">{length}</dd>
              </div>
            ) : null}
            <div>
              <dt className="sr-only">Site</dt>
              <dd>
                <Badge>{preview.site}</Badge>
              </dd>
            </div>
          </dl>
        </div>
      </div>

      {preview.tooLong ? (
        <Alert tone="warning" title={maxDurationMinutes ? `Longer than the ${maxDurationMinutes}-minute limit` : 'Longer than allowed'}>
          {length ? `This video runs ${length}. ` : ''}Videos this long can't be downloaded here. Ask an admin if you need it.
        </Alert>
      ) : null}
      {preview.alreadyDownloaded ? (
        <Alert tone="info" title="Already in the library">
          You've downloaded this video before and the file is still there. Downloading it again in the same format points to that
          file instead of fetching it twice.
        </Alert>
      ) : null}
      {longSelected > 0 ? (
        <Alert tone="warning" title={skippedText(longSelected)} testId="preview-skipped">
          {longSelected === selected
            ? 'Every video you chose is too long: choose more videos, or ask an admin about the limit.'
            : `${maxDurationMinutes ? `Videos longer than ${maxDurationMinutes} minutes` : 'Videos over the limit'} aren't downloaded; the others are.`}
          {unchecked ? ` Videos after the first ${preview.entries.length} are checked when the playlist is queued.` : ''}
        </Alert>
      ) : null}

      {preview.isPlaylist && preview.entries.length > 0 ? (
        <div>
          <p id={entriesHeading} className="mb-1.5 text-sm font-medium text-fg">
            {preview.entries.length < preview.entryCount ? `First ${preview.entries.length} videos` : 'Videos'}
          </p>
          <ol
            aria-labelledby={entriesHeading}
            tabIndex={0}
            className="max-h-64 divide-y divide-line overflow-y-auto rounded-lg border border-line"
          >
            {preview.entries.map((entry, i) => {
              const included = i < selected;
              return (
                <li
                  key={`${entry.videoId}-${i}`}
                  data-testid="preview-entry"
                  className={`flex items-baseline gap-2 px-3 py-2 text-sm ${included ? 'text-fg' : 'text-fg-subtle opacity-60'}`}
                >
                  <span className="w-7 shrink-0 text-right text-xs text-fg-subtle tabular-nums">{i + 1}.</span>
                  <span className="min-w-0 flex-1 break-words">
                    {entry.title}
                    {included ? null : <span className="sr-only"> (not included)</span>}
                  </span>
                  {entry.tooLong ? (
                    <Badge tone="warning">
                      Too long<span className="sr-only">, will be skipped</span>
                    </Badge>
                  ) : null}
                  {entry.durationSeconds ? (
                    <span className="shrink-0 text-xs text-fg-subtle tabular-nums">{formatLength(entry.durationSeconds)}</span>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {more > 0 ? <p className="mt-1.5 text-xs text-fg-subtle">…and {more} more.</p> : null}
        </div>
      ) : null}
    </div>
  );
}
