import { useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import { Field, inputClasses } from '../../components/form';
import { DownloadIcon } from '../../components/icons';
import { useToast } from '../../components/toast/context';
import { errorSentence } from '../../lib/errors';
import { canManageSettings } from '../auth/access';
import { useViewer } from '../auth/useMe';
import { useDownloadPreview, useDownloadQuota, useEnqueueDownload, type DownloadQuota, type Preview } from './api';
import { formatBytes } from './format';
import { CONTAINER_LABEL, containersFor, DEFAULT_FORMAT, isValidFormat, QUALITY_OPTIONS, withQuality, type FormatChoice } from './options';
import { describeEnqueueOutcome } from './outcome';
import { PreviewDetails, PreviewSkeleton, tooLongSelected } from './PreviewDetails';
import { QuotaNote } from './QuotaNote';
import { REFUSED_TITLE } from './status';

/** Caps the server puts on every download, in words: "Videos up to 60 min and 2 GB." */
export function limitsText(quota: Pick<DownloadQuota, 'maxDurationMinutes' | 'maxFileSizeMb'> | undefined): string {
  if (!quota) return '';
  const parts: string[] = [];
  if (quota.maxDurationMinutes) parts.push(`${quota.maxDurationMinutes} min`);
  if (quota.maxFileSizeMb) parts.push(formatBytes(quota.maxFileSizeMb * 1024 * 1024));
  return parts.length ? `Videos up to ${parts.join(' and ')}.` : '';
}

/** Parses the "first N videos" box: a whole number from 1 to the playlist's size, else null. */
export function parseVideoCount(text: string, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text.trim());
  return n >= 1 && n <= max ? n : null;
}

interface OptionsProps {
  preview: Preview;
  format: FormatChoice;
  onFormat: (format: FormatChoice) => void;
  quota: DownloadQuota | undefined;
  /** Whether the URL box still holds the previewed link. */
  current: boolean;
  onQueued: () => void;
}

/** Preview, then quality, format and (for playlists) how many videos; the Download button. */
function DownloadOptions({ preview, format, onFormat, quota, current, onQueued }: OptionsProps) {
  const toast = useToast();
  const enqueue = useEnqueueDownload();
  const [count, setCount] = useState(String(preview.entryCount));
  const videos = preview.isPlaylist ? parseVideoCount(count, preview.entryCount) : 1;
  const countError = preview.isPlaylist && videos === null ? `Enter a number from 1 to ${preview.entryCount}.` : null;
  // Playlist videos over the length limit are skipped: they neither download nor count.
  const skipped = preview.isPlaylist && videos !== null ? tooLongSelected(preview, videos) : 0;
  const counted = videos === null ? null : videos - skipped;
  const overQuota = quota && !quota.unlimited && counted !== null && quota.limit > 0 && counted > quota.remaining;
  const blocked =
    (!preview.isPlaylist && preview.tooLong) || counted === 0 || !current || videos === null || !isValidFormat(format);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (blocked) return;
    enqueue.mutate(
      {
        url: preview.url,
        quality: format.quality,
        container: format.container,
        maxVideos: preview.isPlaylist ? videos : null,
      },
      {
        onSuccess: (result) => {
          const outcome = describeEnqueueOutcome(result);
          toast.show({ variant: outcome.variant, title: outcome.title, description: outcome.description });
          if (outcome.done) onQueued();
        },
        onError: (error) => toast.show({ variant: 'error', title: "Couldn't start the download", description: errorSentence(error) }),
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label="Download options" className="space-y-5">
      <PreviewDetails preview={preview} selected={videos ?? preview.entryCount} maxDurationMinutes={quota?.maxDurationMinutes} />
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="Quality">
          {(control) => (
            <select
              {...control}
              value={format.quality}
              onChange={(e) => onFormat(withQuality(format, e.target.value as FormatChoice['quality']))}
              className={inputClasses()}
            >
              {QUALITY_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Format" hint={format.quality === 'AUDIO' ? 'Audio is saved as MP3 or M4A.' : undefined}>
          {(control) => (
            <select
              {...control}
              value={format.container}
              onChange={(e) => onFormat({ ...format, container: e.target.value as FormatChoice['container'] })}
              className={inputClasses()}
            >
              {containersFor(format.quality).map((c) => (
                <option key={c} value={c}>
                  {CONTAINER_LABEL[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {preview.isPlaylist ? (
          <Field
            label="Videos to download"
            error={countError}
            hint={
              overQuota
                ? skipped
                  ? `You have ${quota.remaining} left today (videos that are too long don't count): choose fewer videos.`
                  : `You have ${quota.remaining} left today: choose ${quota.remaining} or fewer.`
                : `The first videos of the playlist, up to ${preview.entryCount}.`
            }
          >
            {(control) => (
              <input
                {...control}
                type="number"
                inputMode="numeric"
                min={1}
                max={preview.entryCount}
                value={count}
                onChange={(e) => setCount(e.target.value)}
                className={inputClasses(Boolean(countError))}
              />
            )}
          </Field>
        ) : null}
      </div>
      <div className="flex flex-col-reverse gap-3 border-t border-line pt-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-xs text-fg-subtle">{limitsText(quota)}</p>
        <Button type="submit" variant="primary" icon={<DownloadIcon size={16} />} loading={enqueue.isPending} disabled={blocked}>
          Download
        </Button>
      </div>
    </form>
  );
}

/** Admins who can fix a refusal (allow the site, upload cookies) get a link to the settings. */
function SettingsHint({ code }: { code: string }) {
  const viewer = useViewer();
  if (!canManageSettings(viewer) || !['SITE_NOT_ALLOWED', 'RESTRICTED', 'BOT_BLOCKED'].includes(code)) return null;
  return (
    <Link to="/admin/settings" className="mt-1 inline-block rounded font-medium underline">
      Open the download settings
    </Link>
  );
}

/**
 * The URL box (paste a link, press Enter or Preview), what the link holds, the format and the Download
 * button, with the viewer's allowance.
 */
export function NewDownload() {
  const quota = useDownloadQuota();
  const [text, setText] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [format, setFormat] = useState<FormatChoice>(DEFAULT_FORMAT);
  const preview = useDownloadPreview(submitted);
  const input = useRef<HTMLInputElement>(null);

  const look = (value: string): void => {
    const url = value.trim();
    if (!url) {
      setUrlError('Paste a link to a video or playlist first.');
      return;
    }
    setUrlError(null);
    if (url === submitted && preview.isError) void preview.refetch();
    setSubmitted(url);
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>): void => {
    // Pasting a link into the empty box previews it right away.
    const pasted = event.clipboardData.getData('text').trim();
    if (text.trim() || !/^https?:\/\/\S+$/i.test(pasted)) return;
    event.preventDefault();
    setText(pasted);
    look(pasted);
  };

  const reset = (): void => {
    setText('');
    setSubmitted(null);
    input.current?.focus();
  };

  const result = preview.data;
  let body = null;
  if (submitted === null) {
    body = null;
  } else if (preview.isPending) {
    body = <PreviewSkeleton />;
  } else if (preview.isError) {
    body = (
      <ErrorState
        compact
        error={preview.error}
        title="Couldn't look up the link"
        onRetry={() => void preview.refetch()}
        retrying={preview.isFetching}
      />
    );
  } else if (result?.__typename === 'DownloadRefused') {
    body = (
      <Alert tone="danger" role="alert" title={REFUSED_TITLE[result.code]} testId="preview-refused">
        <p>{result.message}</p>
        <SettingsHint code={result.code} />
      </Alert>
    );
  } else if (result?.__typename === 'ValidationError') {
    body = (
      <Alert tone="warning" role="alert" title="Check the link" testId="preview-invalid">
        {result.message} Copy the address from your browser's address bar or the site's Share button.
      </Alert>
    );
  } else if (result?.__typename === 'DownloadPreview') {
    const current = text.trim() === submitted;
    body = (
      <div className={current ? '' : 'opacity-60'}>
        {current ? null : (
          <Alert tone="info" className="mb-4">
            You changed the link: press Preview to check the new one.
          </Alert>
        )}
        <DownloadOptions
          key={result.url}
          preview={result}
          format={format}
          onFormat={setFormat}
          quota={quota.data}
          current={current}
          onQueued={reset}
        />
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          look(text);
        }}
      >
        <Field
          label="Video or playlist URL"
          error={urlError}
          hint="A link to a YouTube video or playlist, e.g. https://www.youtube.com/watch?v=…"
        >
          {(control) => (
            <div className="flex flex-col gap-2 sm:flex-row">
              <input
                {...control}
                ref={input}
                type="url"
                inputMode="url"
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                enterKeyHint="go"
                placeholder="https://www.youtube.com/watch?v=…"
                value={text}
                onChange={(e) => {
                  setText(e.target.value);
                  setUrlError(null);
                }}
                onPaste={onPaste}
                className={inputClasses(Boolean(urlError), 'sm:flex-1')}
              />
              <Button type="submit" loading={submitted !== null && text.trim() === submitted && preview.isFetching}>
                Preview
              </Button>
            </div>
          )}
        </Field>
      </form>
      <QuotaNote quota={quota.data} pending={quota.isPending} />
      <p role="status" className="sr-only">
        {result?.__typename === 'DownloadPreview' && !preview.isFetching ? `Found: ${result.title}` : ''}
      </p>
      {body}
    </div>
  );
}
