import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LibraryIcon } from '../../components/icons';
import { episodeCode } from '../library/format';
import { PosterCard } from '../library/PosterCard';
import { PosterSkeletons } from '../library/PosterGrid';
import type { RecentItem } from './api';

const ROW = 'flex snap-x snap-mandatory scroll-px-4 gap-3 overflow-x-auto px-4 pt-4 pb-5 sm:grid sm:grid-cols-4 sm:gap-4 sm:overflow-visible sm:px-5 lg:grid-cols-6';
const CELL = 'w-28 shrink-0 snap-start sm:w-auto';
const SIZES = '(min-width: 1024px) 150px, (min-width: 640px) 22vw, 112px';

export const RECENT_CARDS = 12;

export interface RecentCard {
  key: string;
  card: Pick<RecentItem, 'id' | 'title' | 'year' | 'type' | 'posterUrl' | 'watched'>;
  subtitle?: string;
}

/**
 * Newest first, one card per show: a lone new episode reads "S1 · E3 · Title" and opens the episode;
 * several new episodes of a show become "4 new episodes" on the show's card, which opens the show.
 */
export function groupRecent(items: RecentItem[], limit = RECENT_CARDS): RecentCard[] {
  const cards: RecentCard[] = [];
  const byShow = new Map<string, { index: number; episodes: number }>();
  for (const item of items) {
    const show = item.type === 'EPISODE' ? item.parent?.parent : null;
    const showId = show?.id ?? (item.type === 'SHOW' ? item.id : null);
    const seen = showId ? byShow.get(showId) : undefined;
    if (showId && seen) {
      // Another new episode of a show that already has a card (or the show itself): count it there.
      if (item.type !== 'EPISODE') continue;
      seen.episodes += 1;
      const current = cards[seen.index]!;
      cards[seen.index] = {
        key: showId,
        card: {
          ...current.card,
          id: showId,
          type: 'SHOW',
          title: show?.title ?? current.card.title,
          posterUrl: show?.posterUrl ?? current.card.posterUrl,
        },
        subtitle: seen.episodes === 1 ? '1 new episode' : `${seen.episodes} new episodes`,
      };
      continue;
    }
    if (showId) byShow.set(showId, { index: cards.length, episodes: show ? 1 : 0 });
    if (!show) {
      cards.push({ key: item.id, card: item });
      continue;
    }
    const code = episodeCode(item);
    cards.push({
      key: show.id,
      card: { ...item, title: show.title, posterUrl: show.posterUrl ?? item.posterUrl },
      subtitle: code ? `${code} · ${item.title}` : item.title,
    });
  }
  return cards.slice(0, limit);
}

interface RecentlyAddedProps {
  items: RecentItem[] | undefined;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
}

/** Newest titles: a swipeable row on phones, a grid on wider screens. */
export function RecentlyAdded({ items, status, error, onRetry, retrying }: RecentlyAddedProps) {
  let body;
  if (status === 'pending') {
    body = (
      <div role="status" aria-busy="true" className={ROW}>
        <span className="sr-only">Loading recently added titles…</span>
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className={CELL}>
            <PosterSkeletons count={1} />
          </div>
        ))}
      </div>
    );
  } else if (status === 'error' && !items) {
    body = <ErrorState error={error} title="Couldn't load recently added titles" onRetry={onRetry} retrying={retrying} />;
  } else if (!items || items.length === 0) {
    body = (
      <EmptyState icon={<LibraryIcon size={22} />} title="Nothing new yet">
        New movies and episodes appear here once the library has been synced.
      </EmptyState>
    );
  } else {
    body = (
      <ul role="list" aria-label="Recently added" className={ROW}>
        {groupRecent(items).map(({ key, card, subtitle }) => (
          <PosterCard key={key} item={card} subtitle={subtitle} sizes={SIZES} className={CELL} showType />
        ))}
      </ul>
    );
  }
  return (
    <Card
      title="Recently added"
      headingId="recently-added-heading"
      action={
        <Link to="/library?sort=added" className="rounded text-sm font-medium text-accent-text hover:underline">
          Browse the library
        </Link>
      }
    >
      {body}
    </Card>
  );
}
