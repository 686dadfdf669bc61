import { Link } from 'react-router';
import { CheckIcon } from '../../components/icons';
import type { PosterItem } from './api';
import { Poster } from './Poster';

/** Corner badge on a poster; the text is there for screen readers, the check mark for eyes. */
export function WatchedBadge() {
  return (
    <span className="absolute top-1.5 right-1.5 grid size-6 place-items-center rounded-full bg-emerald-600 text-white shadow-md ring-2 ring-black/10">
      <CheckIcon size={14} strokeWidth={2.6} />
      <span className="sr-only">Watched</span>
    </span>
  );
}

export function itemPath(id: string): string {
  return `/library/item/${encodeURIComponent(id)}`;
}

interface PosterCardProps {
  item: Pick<PosterItem, 'id' | 'title' | 'year' | 'type' | 'posterUrl' | 'watched'>;
  sizes?: string;
  /** Second line under the title; defaults to the year. */
  subtitle?: string;
  /** Add "TV show" to the default second line (lists that mix movies and shows). */
  showType?: boolean;
  className?: string;
}

/** One poster in a grid or row: a link to the title's page with its name and year underneath. */
export function PosterCard({ item, sizes, subtitle, showType = false, className = '' }: PosterCardProps) {
  const meta = subtitle ?? [item.year, showType && item.type === 'SHOW' ? 'TV show' : null].filter(Boolean).join(' · ');
  return (
    <li className={className}>
      <Link
        to={itemPath(item.id)}
        data-testid="poster-card"
        data-item-id={item.id}
        className="group block rounded-lg focus-visible:outline-offset-4"
      >
        <Poster
          title={item.title}
          url={item.posterUrl}
          sizes={sizes}
          className="shadow-sm ring-1 ring-black/5 transition duration-200 group-hover:shadow-lg group-hover:ring-accent/40 motion-safe:group-hover:-translate-y-0.5 dark:ring-white/10"
        >
          {item.watched ? <WatchedBadge /> : null}
        </Poster>
        <p className="mt-2 line-clamp-2 text-sm leading-snug font-medium text-fg group-hover:text-accent-text">
          {item.title}
        </p>
        {meta ? <p className="mt-0.5 truncate text-xs text-fg-subtle">{meta}</p> : null}
      </Link>
    </li>
  );
}
