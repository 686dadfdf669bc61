import { useState } from 'react';
import { Link } from 'react-router';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { inputClasses } from '../../components/form';
import { RequestsIcon, SearchIcon } from '../../components/icons';
import { ApiError } from '../../lib/graphql';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { canManageSettings } from '../auth/access';
import { useViewer } from '../auth/useMe';
import { PosterSkeletons } from '../library/PosterGrid';
import { useMediaSearch } from './api';
import { MediaResultCard } from './MediaResultCard';

export const SEARCH_DEBOUNCE_MS = 300;
export const UNREACHABLE_MESSAGE = 'Overseerr is unreachable — requests will be queued';

const GRID = 'grid grid-cols-2 gap-x-3 gap-y-5 @md:grid-cols-3 @2xl:grid-cols-4 @4xl:grid-cols-5 @6xl:grid-cols-6 sm:gap-x-4';

/** Overseerr isn't connected yet (the server answers BAD_USER_INPUT "Requests are not set up yet…"). */
export function isNotSetUp(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'BAD_USER_INPUT' && /not set up/i.test(error.message);
}

/** Overseerr didn't answer; requests still work (they wait in a queue). */
export function isUnreachable(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'SERVICE_UNAVAILABLE';
}

/** Requests can't be made until an admin connects Overseerr; admins get a link to do it. */
export function RequestsNotSetUp() {
  const viewer = useViewer();
  return (
    <EmptyState
      icon={<RequestsIcon size={22} />}
      title="Requests aren't set up yet"
      action={
        canManageSettings(viewer) ? (
          <Link to="/admin/settings" className="rounded text-sm font-medium text-accent-text hover:underline">
            Connect Overseerr in Settings
          </Link>
        ) : null
      }
    >
      {canManageSettings(viewer)
        ? 'Connect Overseerr (or Seerr) under Settings, and everyone can ask for movies and shows here.'
        : 'Your admin hasn’t connected a request service yet. Once they do, you can ask for movies and shows here.'}
    </EmptyState>
  );
}

/** Debounced search over Overseerr, with each title's place (on Plex, requested…) and a Request button. */
export function MediaSearch() {
  const [text, setText] = useState('');
  const query = useDebouncedValue(text, SEARCH_DEBOUNCE_MS).trim();
  const search = useMediaSearch(query);
  const typed = text.trim();
  const unreachable = isUnreachable(search.error);

  let body;
  if (!query) {
    body = typed ? null : (
      <p className="py-6 text-center text-sm text-fg-muted">Start typing a title to find a movie or show to request.</p>
    );
  } else if (search.status === 'pending') {
    body = (
      <div role="status" aria-busy="true" className="@container">
        <span className="sr-only">Searching…</span>
        <div className={GRID}>
          <PosterSkeletons count={6} />
        </div>
      </div>
    );
  } else if (search.results.length === 0 && isNotSetUp(search.error)) {
    body = <RequestsNotSetUp />;
  } else if (search.results.length === 0 && search.status === 'error') {
    body = unreachable ? (
      <p className="py-6 text-center text-sm text-fg-muted">Search again in a moment to find titles to request.</p>
    ) : (
      <ErrorState
        error={search.error}
        title="Couldn't search"
        onRetry={() => void search.refetch()}
        retrying={search.isRefetching}
      />
    );
  } else if (search.results.length === 0) {
    body = (
      <EmptyState icon={<SearchIcon size={22} />} title={`No titles match “${query}”`}>
        Check the spelling, or try the original title.
      </EmptyState>
    );
  } else {
    body = (
      <div
        className={`@container ${search.isPlaceholderData ? 'opacity-60 transition-opacity' : ''}`}
        aria-busy={search.isPlaceholderData || undefined}
      >
        <ul role="list" aria-label="Search results" className={GRID}>
          {search.results.map((result) => (
            <MediaResultCard key={`${result.mediaType}:${result.tmdbId}`} result={result} />
          ))}
        </ul>
        {search.hasNextPage ? (
          <div className="mt-6 flex justify-center">
            <Button onClick={() => void search.fetchNextPage({ cancelRefetch: false })} loading={search.isFetchingNextPage}>
              More results
            </Button>
          </div>
        ) : null}
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <form role="search" onSubmit={(event) => event.preventDefault()} className="relative">
        <SearchIcon size={18} className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-fg-subtle" />
        <input
          type="search"
          aria-label="Search movies and shows"
          placeholder="Search movies and shows"
          autoComplete="off"
          enterKeyHint="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          className={inputClasses(false, 'pl-10')}
        />
      </form>
      {unreachable ? (
        <Alert tone="warning" role="status" testId="overseerr-unreachable">
          {UNREACHABLE_MESSAGE}
        </Alert>
      ) : null}
      <p role="status" className="sr-only">
        {query && search.status === 'success' ? (search.results.length === 1 ? '1 result' : `${search.results.length} results`) : ''}
      </p>
      {body}
    </div>
  );
}
