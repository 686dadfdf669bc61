import { Link, useParams } from 'react-router';
import { buttonClasses } from '../../../components/Button';
import { Card } from '../../../components/Card';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { CompassIcon, LibraryIcon } from '../../../components/icons';
import { Skeleton } from '../../../components/Skeleton';
import { FeatureBanner } from '../../status/FeatureBanner';
import { LibraryStatusBanner } from '../LibraryStatusBanner';
import { seasonLabel } from '../format';
import { useLibraryItem } from './api';
import { Breadcrumbs } from './Breadcrumbs';
import { ItemHero } from './ItemHero';
import { SeasonEpisodeList, SeasonList } from './Seasons';

function ItemSkeleton() {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">Loading title…</span>
      <div aria-hidden="true">
        <Skeleton className="mb-5 h-4 w-48" />
        <div className="grid grid-cols-[7rem_minmax(0,1fr)] gap-4 sm:grid-cols-[11rem_minmax(0,1fr)] sm:gap-8 lg:grid-cols-[13rem_minmax(0,1fr)]">
          <div className="poster-shimmer aspect-[2/3] rounded-lg" />
          <div className="space-y-3 self-center">
            <Skeleton className="h-3 w-20" />
            <Skeleton className="h-8 w-3/4" />
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="mt-6 hidden h-20 w-full sm:block" />
          </div>
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
        title="This title isn't in the library"
        action={
          <Link to="/library" className={buttonClasses('primary')}>
            <LibraryIcon size={16} />
            Back to the library
          </Link>
        }
      >
        It may have been removed from Plex, or the link is mistyped.
      </EmptyState>
    </>
  );
}

/** `/library/item/:id`: a movie, show, season or episode. */
export function ItemPage() {
  const { id = '' } = useParams();
  const query = useLibraryItem(id);

  if (query.status === 'pending') return <ItemSkeleton />;
  if (query.status === 'error') {
    return (
      <>
        <title>Library · MediaNest</title>
        <h1 className="sr-only">Title</h1>
        <Card>
          <ErrorState error={query.error} title="Couldn't load this title" onRetry={() => void query.refetch()} retrying={query.isRefetching} />
        </Card>
      </>
    );
  }
  const item = query.data;
  if (!item) return <NotFound />;

  const name = item.type === 'SEASON' ? `${seasonLabel(item)} · ${item.parent?.title ?? ''}` : item.title;
  return (
    <>
      <title>{`${name} · MediaNest`}</title>
      <ItemHero
        item={item}
        top={
          <>
            <FeatureBanner name="library" />
            <LibraryStatusBanner />
            <Breadcrumbs item={item} />
          </>
        }
      />
      {item.type === 'SHOW' ? <SeasonList key={item.id} showId={item.id} firstPage={item.children} /> : null}
      {item.type === 'SEASON' ? (
        <section aria-labelledby="episodes-heading">
          <h2 id="episodes-heading" className="mb-3 text-lg font-semibold text-fg">
            Episodes
          </h2>
          <div className="overflow-hidden rounded-xl border border-line bg-surface shadow-card">
            <SeasonEpisodeList key={item.id} seasonId={item.id} firstPage={item.children} label={`${seasonLabel(item)} episodes`} />
          </div>
        </section>
      ) : null}
    </>
  );
}
