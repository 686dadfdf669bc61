import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Badge } from '../../components/Badge';
import { Button, buttonClasses } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { FieldError } from '../../components/form';
import { CheckCircleIcon, CompassIcon, LibraryIcon, PlusIcon, RequestsIcon } from '../../components/icons';
import { Skeleton } from '../../components/Skeleton';
import type { RequestableType } from '../../gql/graphql';
import { ApiError } from '../../lib/graphql';
import { itemPath } from '../library/PosterCard';
import { FeatureBanner } from '../status/FeatureBanner';
import { useMediaDetails, type MediaDetails } from './api';
import { AvailabilityBadge, isRequestable } from './availability';
import { MediaPoster } from './MediaPoster';
import { isNotSetUp, RequestsNotSetUp } from './MediaSearch';
import { SeasonChecklist } from './SeasonChecklist';
import { seasonsLabel } from './seasons';
import { REQUEST_STATUS } from './status';
import { useRequestFlow } from './useRequestFlow';

/** `movie` / `tv` and a positive number from the URL, or null when the link is malformed. */
function parseParams(mediaType: string | undefined, tmdbId: string | undefined): { type: RequestableType; id: number } | null {
  const type = mediaType === 'movie' ? 'MOVIE' : mediaType === 'tv' ? 'TV' : null;
  if (!type || !tmdbId || !/^\d{1,10}$/.test(tmdbId)) return null;
  const id = Number(tmdbId);
  return id > 0 ? { type, id } : null;
}

function DetailsSkeleton() {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">Loading title…</span>
      <div aria-hidden="true" className="grid grid-cols-[7rem_minmax(0,1fr)] gap-4 sm:grid-cols-[11rem_minmax(0,1fr)] sm:gap-8 lg:grid-cols-[13rem_minmax(0,1fr)]">
        <div className="poster-shimmer aspect-[2/3] rounded-lg" />
        <div className="space-y-3 self-center">
          <Skeleton className="h-3 w-20" />
          <Skeleton className="h-8 w-3/4" />
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="mt-6 hidden h-20 w-full sm:block" />
        </div>
      </div>
    </div>
  );
}

function NotFound() {
  return (
    <>
      <title>Title not found · MediaNest</title>
      <h1 className="sr-only">Title not found</h1>
      <EmptyState
        className="py-20"
        icon={<CompassIcon size={22} />}
        title="This title couldn't be found"
        action={
          <Link to="/requests" className={buttonClasses('primary')}>
            <RequestsIcon size={16} />
            Back to requests
          </Link>
        }
      >
        The link may be mistyped, or the title is no longer listed.
      </EmptyState>
    </>
  );
}

/** "Requested by Alice · Pending approval", one line per open request. */
function OpenRequests({ details }: { details: MediaDetails }) {
  if (details.requests.length === 0) return null;
  return (
    <section aria-labelledby="open-requests-heading" className="mt-8">
      <h2 id="open-requests-heading" className="mb-3 text-lg font-semibold text-fg">
        Open requests
      </h2>
      <ul role="list" className="space-y-1.5 text-sm text-fg-muted">
        {details.requests.map((r) => (
          <li key={r.id} data-testid="open-request" data-request-id={r.id}>
            {`Requested by ${r.requestedBy?.displayName ?? 'a former user'} · ${REQUEST_STATUS[r.status].label}`}
            {details.mediaType === 'TV' ? <span className="text-fg-subtle">{` (${seasonsLabel(r.seasons)})`}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Details({ details }: { details: MediaDetails }) {
  const flow = useRequestFlow(details);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const tv = details.mediaType === 'TV';
  const busy = flow.mutation.isPending;

  const toggle = (number: number, checked: boolean): void =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (checked) next.add(number);
      else next.delete(number);
      return next;
    });

  return (
    <>
      <title>{`${details.title} · MediaNest`}</title>
      <div className="relative isolate -mx-4 -mt-6 mb-8 px-4 pt-6 sm:-mx-6 sm:px-6 lg:-mx-8 lg:-mt-8 lg:px-8 lg:pt-8">
        {details.backdropUrl ? (
          <div aria-hidden="true" className="absolute inset-0 -z-10 overflow-hidden">
            <img src={details.backdropUrl} alt="" decoding="async" referrerPolicy="no-referrer" className="size-full object-cover opacity-30 dark:opacity-25" />
            <div className="absolute inset-0 bg-gradient-to-b from-bg/40 via-bg/75 to-bg" />
          </div>
        ) : null}
        <FeatureBanner name="requests" />
        <nav aria-label="Breadcrumb" className="mb-5 text-sm">
          <Link to="/requests" className="rounded font-medium text-fg-muted hover:text-fg hover:underline">
            Requests
          </Link>
        </nav>
        <div className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-4 gap-y-5 sm:grid-cols-[11rem_minmax(0,1fr)] sm:gap-x-8 lg:grid-cols-[13rem_minmax(0,1fr)]">
          <MediaPoster
            title={details.title}
            url={details.posterUrl}
            className="self-start shadow-xl ring-1 ring-black/10 sm:row-span-2 dark:ring-white/10"
          />
          <div className="min-w-0 self-center sm:self-end">
            <p className="text-xs font-semibold tracking-wider text-fg-subtle uppercase">{tv ? 'TV show' : 'Movie'}</p>
            <h1 className="mt-1 text-2xl font-semibold tracking-tight text-balance text-fg sm:text-3xl lg:text-4xl">{details.title}</h1>
            <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1.5 text-sm text-fg-muted">
              {details.year ? <span>{details.year}</span> : null}
              {details.plexItem ? (
                <Badge tone="success" icon={<CheckCircleIcon size={12} />}>
                  On Plex
                </Badge>
              ) : (
                <AvailabilityBadge status={details.status} />
              )}
            </div>
          </div>
          <div className="col-span-2 min-w-0 sm:col-span-1 sm:col-start-2">
            {details.overview ? <p className="max-w-prose text-sm leading-relaxed text-fg sm:text-base">{details.overview}</p> : null}
            <div className="mt-5 flex flex-wrap items-center gap-3">
              {details.plexItem ? (
                <Link to={itemPath(details.plexItem.id)} className={buttonClasses(tv || !isRequestable(details.status) ? 'primary' : 'secondary')}>
                  <LibraryIcon size={16} />
                  View in library
                </Link>
              ) : null}
              {!tv && isRequestable(details.status) ? (
                <Button
                  variant="primary"
                  icon={<PlusIcon size={16} />}
                  loading={busy}
                  aria-label={`Request ${details.title}`}
                  onClick={() => flow.send({ seasons: null, note: '' })}
                >
                  Request
                </Button>
              ) : null}
            </div>
            {!tv && flow.inlineError ? <FieldError>{flow.inlineError}</FieldError> : null}
          </div>
        </div>
      </div>
      {tv ? (
        <SeasonChecklist
          seasons={details.seasons}
          selected={selected}
          onToggle={toggle}
          busy={busy}
          error={flow.inlineError}
          onRequest={() => flow.send({ seasons: [...selected].sort((a, b) => a - b), note: '' }, () => setSelected(new Set()))}
        />
      ) : null}
      <OpenRequests details={details} />
    </>
  );
}

/** `/requests/:mediaType/:tmdbId`: a movie or show from Overseerr, whether or not it is on Plex, and requesting it. */
export function MediaDetailsPage() {
  const params = useParams();
  const parsed = parseParams(params.mediaType, params.tmdbId);
  const query = useMediaDetails(parsed?.type ?? 'MOVIE', parsed?.id ?? 0, parsed !== null);

  if (!parsed) return <NotFound />;
  if (query.status === 'pending') return <DetailsSkeleton />;
  if (query.status === 'error') {
    if (isNotSetUp(query.error)) {
      return (
        <>
          <title>Requests · MediaNest</title>
          <h1 className="sr-only">Title</h1>
          <RequestsNotSetUp />
        </>
      );
    }
    if (query.error instanceof ApiError && query.error.code === 'BAD_USER_INPUT') return <NotFound />;
    return (
      <>
        <title>Requests · MediaNest</title>
        <h1 className="sr-only">Title</h1>
        <Card>
          <ErrorState error={query.error} title="Couldn't load this title" onRetry={() => void query.refetch()} retrying={query.isRefetching} />
        </Card>
      </>
    );
  }
  return <Details key={`${query.data.mediaType}:${query.data.tmdbId}`} details={query.data} />;
}
