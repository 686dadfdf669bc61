import { Link } from 'react-router';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { FieldError } from '../../components/form';
import { CheckCircleIcon, ClockIcon, PlusIcon, SpinnerIcon } from '../../components/icons';
import { itemPath } from '../library/PosterCard';
import { useFeatureOutage } from '../status/features';
import { mediaPath, type MediaResult } from './api';
import { MediaPoster } from './MediaPoster';
import { RequestDialog } from './RequestDialog';
import { useRequestFlow } from './useRequestFlow';

function typeText(result: Pick<MediaResult, 'mediaType'>): string {
  return result.mediaType === 'TV' ? 'TV show' : 'Movie';
}

/** Where a title stands: a link to it on Plex, requested, processing — or nothing (then it can be requested). */
function AvailabilityBadge({ result }: { result: MediaResult }) {
  switch (result.availability) {
    case 'ON_PLEX':
      return result.plexItem ? (
        <Link
          to={itemPath(result.plexItem.id)}
          className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-600/25 ring-inset hover:underline dark:bg-emerald-400/10 dark:text-emerald-300 dark:ring-emerald-400/30"
        >
          <CheckCircleIcon size={12} />
          On Plex
        </Link>
      ) : (
        <Badge tone="success" icon={<CheckCircleIcon size={12} />}>
          On Plex
        </Badge>
      );
    case 'REQUESTED':
      return (
        <Badge tone="warning" icon={<ClockIcon size={12} />}>
          Requested
        </Badge>
      );
    case 'PROCESSING':
      return (
        <Badge tone="accent" icon={<SpinnerIcon size={12} />}>
          Processing
        </Badge>
      );
    case 'PARTIAL':
      return <Badge tone="info">Partly on Plex</Badge>;
    case 'MISSING':
      return null;
  }
}

/** One search result: poster, title, year and type, where it stands, and a Request button when it can be asked for. */
export function MediaResultCard({ result }: { result: MediaResult }) {
  const flow = useRequestFlow(result);
  const queued = useFeatureOutage('requests') !== null;
  const { mutation, dialog, errors, inlineError, send } = flow;
  const tv = result.mediaType === 'TV';
  const requestable = result.availability === 'MISSING' || result.availability === 'PARTIAL';
  const meta = [result.year, typeText(result)].filter(Boolean).join(' · ');
  const page = mediaPath(result.mediaType, result.tmdbId);

  return (
    <li data-testid="media-result" data-tmdb-id={result.tmdbId} data-availability={result.availability} className="flex flex-col">
      <Link to={page} tabIndex={-1} aria-hidden="true" className="rounded-lg">
        <MediaPoster title={result.title} url={result.posterUrl} className="shadow-sm ring-1 ring-black/5 dark:ring-white/10" />
      </Link>
      <h3 className="mt-2 line-clamp-2 text-sm leading-snug font-medium text-fg">
        <Link to={page} className="rounded hover:underline">
          {result.title}
        </Link>
      </h3>
      <p className="mt-0.5 truncate text-xs text-fg-subtle">{meta}</p>
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        <AvailabilityBadge result={result} />
        {requestable ? (
          <Button
            size="sm"
            variant="primary"
            icon={<PlusIcon size={14} />}
            loading={mutation.isPending && !dialog.open}
            aria-label={`Request ${result.title}`}
            onClick={() => {
              if (tv) {
                flow.openDialog();
              } else {
                send({ seasons: null, note: '' });
              }
            }}
          >
            Request
          </Button>
        ) : null}
      </div>
      {inlineError ? <FieldError>{inlineError}</FieldError> : null}
      {tv ? (
        <RequestDialog
          key={dialog.key}
          open={dialog.open}
          title={result.title}
          tv
          busy={mutation.isPending}
          errors={errors}
          onCancel={flow.closeDialog}
          onSubmit={send}
          queued={queued}
        />
      ) : null}
    </li>
  );
}
