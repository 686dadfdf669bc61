import { useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { FieldError } from '../../components/form';
import { CheckCircleIcon, ClockIcon, PlusIcon, SpinnerIcon } from '../../components/icons';
import { useToast } from '../../components/toast/context';
import { errorSentence } from '../../lib/errors';
import { itemPath } from '../library/PosterCard';
import { useRequestMedia, type MediaResult } from './api';
import { MediaPoster } from './MediaPoster';
import { describeOutcome } from './outcome';
import { RequestDialog, type RequestChoice, type RequestErrors } from './RequestDialog';

const DIALOG_FIELDS = new Set(['seasons', 'note']);

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
  const toast = useToast();
  const mutation = useRequestMedia();
  const [dialog, setDialog] = useState({ open: false, key: 0 });
  const [errors, setErrors] = useState<RequestErrors>({});
  const [inlineError, setInlineError] = useState<string | null>(null);
  const tv = result.mediaType === 'TV';
  const requestable = result.availability === 'MISSING' || result.availability === 'PARTIAL';
  const meta = [result.year, typeText(result)].filter(Boolean).join(' · ');

  const send = (choice: RequestChoice): void => {
    setErrors({});
    setInlineError(null);
    mutation.mutate(
      {
        mediaType: tv ? 'tv' : 'movie',
        tmdbId: result.tmdbId,
        title: result.title,
        year: result.year ?? null,
        seasons: tv ? choice.seasons : null,
        note: choice.note,
      },
      {
        onSuccess: (answer) => {
          const outcome = describeOutcome(answer, result.title);
          if (outcome.field !== undefined) {
            const field = outcome.field;
            if (dialog.open && field && DIALOG_FIELDS.has(field)) {
              setErrors({ [field]: outcome.description });
            } else if (dialog.open) {
              setErrors({ form: outcome.description });
            } else {
              setInlineError(outcome.description ?? outcome.title);
            }
            return;
          }
          setDialog((d) => ({ ...d, open: false }));
          toast.show({
            id: `request-${result.mediaType}-${result.tmdbId}`,
            variant: outcome.variant,
            title: outcome.title,
            description: outcome.description,
          });
        },
        onError: (error) => {
          const message = errorSentence(error);
          if (dialog.open) setErrors({ form: message });
          else toast.show({ variant: 'error', title: `Couldn't request ${result.title}`, description: message });
        },
      },
    );
  };

  return (
    <li data-testid="media-result" data-tmdb-id={result.tmdbId} data-availability={result.availability} className="flex flex-col">
      <MediaPoster title={result.title} url={result.posterUrl} className="shadow-sm ring-1 ring-black/5 dark:ring-white/10" />
      <h3 className="mt-2 line-clamp-2 text-sm leading-snug font-medium text-fg">{result.title}</h3>
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
                setErrors({});
                setDialog((d) => ({ open: true, key: d.key + 1 }));
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
          onCancel={() => setDialog((d) => ({ ...d, open: false }))}
          onSubmit={send}
        />
      ) : null}
    </li>
  );
}
