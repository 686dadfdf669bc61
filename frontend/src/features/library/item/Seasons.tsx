import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '../../../components/ErrorState';
import { CheckIcon, ChevronDownIcon } from '../../../components/icons';
import { LoadMore } from '../../../components/LoadMore';
import { Skeleton } from '../../../components/Skeleton';
import { formatRuntime, seasonLabel } from '../format';
import { Poster } from '../Poster';
import { itemPath } from '../PosterCard';
import { useItemChildren, type ChildItem, type ChildrenPage } from './api';

function Watched({ watched }: { watched: boolean | null }) {
  if (!watched) return null;
  return (
    <span className="inline-flex shrink-0 items-center gap-1 text-xs font-medium text-emerald-700 dark:text-emerald-300">
      <CheckIcon size={14} strokeWidth={2.4} />
      Watched
    </span>
  );
}

/** Episodes of a season as a numbered list of links. */
export function EpisodeList({ episodes, label }: { episodes: ChildItem[]; label: string }) {
  if (episodes.length === 0) {
    return <p className="px-4 py-4 text-sm text-fg-muted sm:px-5">No episodes of this season are on the server.</p>;
  }
  return (
    <ol aria-label={label} className="divide-y divide-line">
      {episodes.map((episode) => {
        const runtime = formatRuntime(episode.durationMs);
        return (
          <li key={episode.id} data-testid="episode-row">
            <Link
              to={itemPath(episode.id)}
              className="flex items-center gap-3 px-4 py-3 hover:bg-surface-hover focus-visible:-outline-offset-2 sm:px-5"
            >
              <span className="w-8 shrink-0 text-sm font-semibold text-fg-subtle tabular-nums">
                <span className="sr-only">Episode </span>
                {episode.index ?? '–'}
              </span>
              <span className="min-w-0 flex-1">
                <span className="block truncate text-sm font-medium text-fg">{episode.title}</span>
                {runtime ? <span className="block text-xs text-fg-subtle">{runtime}</span> : null}
              </span>
              <Watched watched={episode.watched} />
            </Link>
          </li>
        );
      })}
    </ol>
  );
}

type ChildrenQuery = ReturnType<typeof useItemChildren>;

/** "Load more …" under a list of children while the parent has more than one page of them. */
export function MoreChildren({ query, noun, className = '' }: { query: ChildrenQuery; noun: 'seasons' | 'episodes'; className?: string }) {
  return (
    <LoadMore
      className={className}
      hasNextPage={query.hasNextPage}
      isFetchingNextPage={query.isFetchingNextPage}
      isFetchNextPageError={query.isFetchNextPageError}
      error={query.error}
      onLoadMore={() => void query.fetchNextPage({ cancelRefetch: false })}
      label={`Load more ${noun}`}
      errorTitle={`Couldn't load more ${noun}`}
    />
  );
}

/** A season's episodes (from the season's own page: its first page came with it), with "Load more episodes". */
export function SeasonEpisodeList({ seasonId, firstPage, label }: { seasonId: string; firstPage: ChildrenPage; label: string }) {
  const episodes = useItemChildren(seasonId, { firstPage });
  return (
    <>
      <EpisodeList episodes={episodes.items} label={label} />
      <MoreChildren query={episodes} noun="episodes" className="border-t border-line px-4 py-3 sm:px-5" />
    </>
  );
}

function SeasonEpisodes({ season }: { season: ChildItem }) {
  const episodes = useItemChildren(season.id);
  if (episodes.status === 'pending') {
    return (
      <div role="status" aria-busy="true" className="space-y-3 px-4 py-4 sm:px-5">
        <span className="sr-only">Loading episodes…</span>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-5 w-3/4" />
        ))}
      </div>
    );
  }
  if (episodes.status === 'error' && episodes.items.length === 0) {
    return (
      <ErrorState
        compact
        className="m-4"
        error={episodes.error}
        title="Couldn't load the episodes"
        onRetry={() => void episodes.refetch()}
        retrying={episodes.isRefetching}
      />
    );
  }
  return (
    <>
      <EpisodeList episodes={episodes.items} label={`${seasonLabel(season)} episodes`} />
      <MoreChildren query={episodes} noun="episodes" className="border-t border-line px-4 py-3 sm:px-5" />
    </>
  );
}

function SeasonCard({ season }: { season: ChildItem }) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  const label = seasonLabel(season);
  const count = season.leafCount ?? season.childCount;
  return (
    <li data-testid="season-card" data-item-id={season.id} className="overflow-hidden rounded-xl border border-line bg-surface shadow-card">
      <h3>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => setOpen((o) => !o)}
          className="flex w-full items-center gap-3 p-3 text-left hover:bg-surface-hover focus-visible:-outline-offset-2 sm:gap-4 sm:px-4"
        >
          <Poster title={label} url={season.posterUrl} sizes="56px" className="w-12 shrink-0 sm:w-14" />
          <span className="min-w-0 flex-1">
            <span className="block truncate text-base font-semibold text-fg">{label}</span>
            <span className="mt-0.5 flex flex-wrap items-center gap-x-3 text-sm font-normal text-fg-muted">
              {count ? <span>{count === 1 ? '1 episode' : `${count} episodes`}</span> : null}
              {season.year ? <span>{season.year}</span> : null}
              <Watched watched={season.watched} />
            </span>
          </span>
          <ChevronDownIcon size={20} className={`shrink-0 text-fg-subtle transition-transform ${open ? 'rotate-180' : ''}`} />
        </button>
      </h3>
      <div id={regionId} hidden={!open} className="border-t border-line">
        {open ? <SeasonEpisodes season={season} /> : null}
        {open ? (
          <div className="border-t border-line px-4 py-2.5 text-right sm:px-5">
            <Link to={itemPath(season.id)} className="rounded text-sm font-medium text-accent-text hover:underline">
              Open {label}
            </Link>
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** A show's seasons as cards that expand to their episodes, with "Load more seasons" for long-running shows. */
export function SeasonList({ showId, firstPage }: { showId: string; firstPage: ChildrenPage }) {
  const headingId = useId();
  const seasons = useItemChildren(showId, { firstPage });
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-lg font-semibold text-fg">
        Seasons
      </h2>
      {seasons.items.length === 0 ? (
        <p className="text-sm text-fg-muted">No seasons of this show are on the server.</p>
      ) : (
        <>
          <ul role="list" className="space-y-3">
            {seasons.items.map((season) => (
              <SeasonCard key={season.id} season={season} />
            ))}
          </ul>
          <MoreChildren query={seasons} noun="seasons" className="mt-4" />
        </>
      )}
    </section>
  );
}
