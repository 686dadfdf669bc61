import { lazy, Suspense } from 'react';
import { Skeleton } from '../../components/Skeleton';

// The requests page loads on first visit; the dashboard card ships with the dashboard.
const RequestsPage = lazy(() => import('./RequestsPage').then((m) => ({ default: m.RequestsPage })));
const MediaDetailsPage = lazy(() => import('./MediaDetailsPage').then((m) => ({ default: m.MediaDetailsPage })));

function PageLoading() {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="mt-3 h-4 w-72 max-w-full" />
        <Skeleton className="mt-8 h-64 w-full rounded-xl" />
      </div>
    </div>
  );
}

/** `/requests` */
export function RequestsRoute() {
  return (
    <Suspense fallback={<PageLoading />}>
      <RequestsPage />
    </Suspense>
  );
}

/** `/requests/:mediaType/:tmdbId` */
export function MediaDetailsRoute() {
  return (
    <Suspense fallback={<PageLoading />}>
      <MediaDetailsPage />
    </Suspense>
  );
}
