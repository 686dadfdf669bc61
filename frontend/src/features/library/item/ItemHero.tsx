import type { ReactNode } from 'react';
import { Badge } from '../../../components/Badge';
import { buttonClasses } from '../../../components/Button';
import { CheckCircleIcon, ExternalIcon, StarIcon } from '../../../components/icons';
import { episodeCode, formatRating, formatRuntime, seasonLabel, typeLabel } from '../format';
import { Poster } from '../Poster';
import type { MediaDetail } from './api';

function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

/** The facts line under the title, as separate pieces so they wrap cleanly. */
function facts(item: MediaDetail): ReactNode[] {
  const out: ReactNode[] = [];
  if (item.type === 'EPISODE') {
    const code = episodeCode(item);
    if (code) out.push(code);
  }
  if (item.year) out.push(item.year);
  if (item.contentRating) {
    out.push(
      <span className="rounded border border-current/40 px-1.5 py-px text-xs font-semibold tracking-wide">
        <span className="sr-only">Rated </span>
        {item.contentRating}
      </span>,
    );
  }
  const runtime = formatRuntime(item.durationMs);
  if (runtime && (item.type === 'MOVIE' || item.type === 'EPISODE')) out.push(runtime);
  if (item.type === 'SHOW' && item.childCount) out.push(plural(item.childCount, 'season', 'seasons'));
  if ((item.type === 'SHOW' || item.type === 'SEASON') && item.leafCount) out.push(plural(item.leafCount, 'episode', 'episodes'));
  const rating = formatRating(item.rating);
  if (rating) {
    out.push(
      <span className="inline-flex items-center gap-1">
        <StarIcon size={15} className="text-amber-500" />
        <span className="sr-only">Rating </span>
        {rating}
        <span className="sr-only"> out of 10</span>
      </span>,
    );
  }
  return out;
}

/** Backdrop, poster, title, facts, genres, summary and the "Open in Plex" button of one title. */
export function ItemHero({ item, top }: { item: MediaDetail; /** Shown above, over the backdrop (breadcrumbs). */ top?: ReactNode }) {
  const heading = item.type === 'SEASON' ? seasonLabel(item) : item.title;
  const eyebrow =
    item.type === 'SEASON' || item.type === 'EPISODE' ? (item.parent?.parent?.title ?? item.parent?.title ?? typeLabel(item.type)) : typeLabel(item.type);
  const pieces = facts(item);

  return (
    <div className="relative isolate -mx-4 -mt-6 mb-8 px-4 pt-6 sm:-mx-6 sm:px-6 lg:-mx-8 lg:-mt-8 lg:px-8 lg:pt-8">
      {item.artUrl ? (
        <div aria-hidden="true" className="absolute inset-0 -z-10 overflow-hidden">
          <img src={item.artUrl} alt="" decoding="async" className="size-full object-cover opacity-30 dark:opacity-25" />
          <div className="absolute inset-0 bg-gradient-to-b from-bg/40 via-bg/75 to-bg" />
        </div>
      ) : null}
      {top}
      <div className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-4 gap-y-5 sm:grid-cols-[11rem_minmax(0,1fr)] sm:gap-x-8 lg:grid-cols-[13rem_minmax(0,1fr)]">
        <Poster
          title={item.title}
          url={item.posterUrl}
          eager
          sizes="(min-width: 1024px) 208px, (min-width: 640px) 176px, 112px"
          className="self-start shadow-xl ring-1 ring-black/10 sm:row-span-2 dark:ring-white/10"
        />
        <div className="min-w-0 self-center sm:self-end">
          <p className="text-xs font-semibold tracking-wider text-fg-subtle uppercase">{eyebrow}</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-balance text-fg sm:text-3xl lg:text-4xl">{heading}</h1>
          {pieces.length > 0 ? (
            <ul role="list" aria-label="Details" className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1.5 text-sm text-fg-muted">
              {pieces.map((piece, i) => (
                <li key={i} className="flex items-center">
                  {piece}
                </li>
              ))}
            </ul>
          ) : null}
        </div>

        <div className="col-span-2 min-w-0 sm:col-span-1 sm:col-start-2">
          {item.genres.length > 0 ? (
            <ul role="list" aria-label="Genres" className="flex flex-wrap gap-1.5">
              {item.genres.map((genre) => (
                <li key={genre}>
                  <Badge>{genre}</Badge>
                </li>
              ))}
            </ul>
          ) : null}
          {item.summary ? <p className="mt-4 max-w-prose text-sm leading-relaxed text-fg sm:text-base">{item.summary}</p> : null}
          <div className="mt-5 flex flex-wrap items-center gap-3">
            {item.plexUrl ? (
              <a href={item.plexUrl} target="_blank" rel="noopener noreferrer" className={buttonClasses('primary')}>
                <ExternalIcon size={16} />
                Open in Plex
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : null}
            {item.watched ? (
              <Badge tone="success" icon={<CheckCircleIcon size={14} />}>
                Watched
              </Badge>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}
