import { lazy, Suspense, type ReactNode } from 'react';
import { Skeleton } from '../../components/Skeleton';

// The library pages load on first visit, keeping the first download (dashboard, sign-in) small.
const LibraryPage = lazy(() => import('./LibraryPage').then((m) => ({ default: m.LibraryPage })));
const ItemPage = lazy(() => import('./item/ItemPage').then((m) => ({ default: m.ItemPage })));
const SearchPage = lazy(() => import('./search/SearchPage').then((m) => ({ default: m.SearchPage })));

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

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

/** `/library` */
export function LibraryRoute() {
  return (
    <Page>
      <LibraryPage />
    </Page>
  );
}

/** `/library/item/:id` */
export function ItemRoute() {
  return (
    <Page>
      <ItemPage />
    </Page>
  );
}

/** `/search` */
export function SearchRoute() {
  return (
    <Page>
      <SearchPage />
    </Page>
  );
}
