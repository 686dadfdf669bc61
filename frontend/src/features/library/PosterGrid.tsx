import { Button } from '../../components/Button';
import { ErrorState } from '../../components/ErrorState';
import type { PosterItem } from './api';
import { PosterCard } from './PosterCard';
import { useInfiniteScroll } from './useInfiniteScroll';
import './poster.css';

/** 3 columns on a 375px phone, growing with the space the page gives the grid, up to 8. */
export const GRID_COLUMNS =
  'grid grid-cols-3 gap-x-3 gap-y-5 @lg:grid-cols-4 @2xl:grid-cols-5 @4xl:grid-cols-6 @6xl:grid-cols-7 @7xl:grid-cols-8 sm:gap-x-4 sm:gap-y-6';

export function PosterSkeletons({ count, testId }: { count: number; testId?: string }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} data-testid={testId} aria-hidden="true">
          <div className="poster-shimmer aspect-[2/3] rounded-lg" />
          <div className="poster-shimmer mt-2 h-3.5 w-4/5 rounded" />
          <div className="poster-shimmer mt-1.5 h-3 w-1/3 rounded" />
        </div>
      ))}
    </>
  );
}

/** Placeholder grid for the first load. */
export function PosterGridSkeleton({ count = 18 }: { count?: number }) {
  return (
    <div role="status" aria-busy="true" className="@container">
      <span className="sr-only">Loading titles…</span>
      <div className={GRID_COLUMNS}>
        <PosterSkeletons count={count} testId="poster-skeleton-card" />
      </div>
    </div>
  );
}

interface PosterGridProps {
  /** Accessible name of the list, e.g. "Movies". */
  label: string;
  /** Movies and shows together: say which titles are shows. */
  mixed?: boolean;
  items: PosterItem[];
  totalCount: number;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  onLoadMore: () => void;
}

/**
 * The poster grid as a list. The next page loads when the sentinel under the grid nears the viewport;
 * a "Load more" button does the same for keyboards, old browsers, and after a failed page.
 */
export function PosterGrid({
  label,
  mixed = false,
  items,
  totalCount,
  hasNextPage,
  isFetchingNextPage,
  isFetchNextPageError,
  error,
  onLoadMore,
}: PosterGridProps) {
  const sentinel = useInfiniteScroll<HTMLDivElement>({
    enabled: hasNextPage && !isFetchingNextPage && !isFetchNextPageError,
    onLoadMore,
  });

  return (
    <div className="@container">
      <ul role="list" aria-label={label} className={GRID_COLUMNS}>
        {items.map((item) => (
          <PosterCard key={item.id} item={item} showType={mixed} />
        ))}
      </ul>
      {isFetchingNextPage ? (
        <div className={`mt-5 sm:mt-6 ${GRID_COLUMNS}`}>
          <PosterSkeletons count={6} />
        </div>
      ) : null}
      <div ref={sentinel} aria-hidden="true" className="h-px" />
      <div className="mt-6 flex flex-col items-center gap-3">
        {isFetchNextPageError ? (
          <ErrorState compact error={error} title="Couldn't load more titles" className="w-full" />
        ) : null}
        {hasNextPage || isFetchNextPageError ? (
          <Button onClick={onLoadMore} loading={isFetchingNextPage}>
            {isFetchNextPageError ? 'Try again' : 'Load more'}
          </Button>
        ) : null}
        <p role="status" className="text-xs text-fg-subtle">
          {hasNextPage ? `Showing ${items.length} of ${totalCount}` : items.length > 0 ? `All ${items.length} shown` : ''}
        </p>
      </div>
    </div>
  );
}
