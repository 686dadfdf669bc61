import { lazy, Suspense } from 'react';
import { Skeleton } from '../../components/Skeleton';

// The downloads page loads on first visit; the dashboard card and the live subscription ship with the shell.
const DownloadsPage = lazy(() => import('./DownloadsPage').then((m) => ({ default: m.DownloadsPage })));

function PageLoading() {
  return (
    <div role="status" aria-busy="true">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true">
        <Skeleton className="h-8 w-48" />
        <Skeleton className="mt-3 h-4 w-72 max-w-full" />
        <Skeleton className="mt-8 h-40 w-full rounded-xl" />
        <Skeleton className="mt-6 h-64 w-full rounded-xl" />
      </div>
    </div>
  );
}

/** `/downloads` */
export function DownloadsRoute() {
  return (
    <Suspense fallback={<PageLoading />}>
      <DownloadsPage />
    </Suspense>
  );
}
