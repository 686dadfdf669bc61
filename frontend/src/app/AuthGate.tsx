import { BrowserRouter } from 'react-router';
import { ErrorState } from '../components/ErrorState';
import { Skeleton } from '../components/Skeleton';
import { SignedOutScreen } from '../features/auth/SignedOutScreen';
import { useMe } from '../features/auth/useMe';
import { isUnauthenticated } from '../lib/errors';
import { AppRoutes } from './router';


/** A quiet skeleton of the shell while we find out who is signed in. */
function ShellSkeleton() {
  return (
    <div className="min-h-dvh bg-bg" role="status" aria-busy="true">
      <span className="sr-only">Loading MediaNest…</span>
      <div aria-hidden="true" className="fixed inset-y-0 left-0 hidden w-64 border-r border-line bg-surface p-6 lg:block">
        <Skeleton className="h-7 w-32" />
        <div className="mt-10 space-y-4">
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} className="h-5 w-36" />
          ))}
        </div>
      </div>
      <div aria-hidden="true" className="lg:pl-64">
        <div className="flex h-16 items-center justify-end gap-3 border-b border-line bg-surface px-4">
          <Skeleton className="size-8 rounded-full" />
        </div>
        <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 lg:px-8">
          <Skeleton className="h-8 w-64" />
          <Skeleton className="mt-3 h-4 w-80 max-w-full" />
          <Skeleton className="mt-8 h-64 w-full rounded-xl" />
        </div>
      </div>
    </div>
  );
}

/** One router for both sides, so the signed-out screen knows where the visitor was going (and /signin works). */
export function AuthGate() {
  return (
    <BrowserRouter>
      <Gate />
    </BrowserRouter>
  );
}

function Gate() {
  const me = useMe();
  if (me.isPending) return <ShellSkeleton />;
  if (me.isError && me.data === undefined) {
    if (isUnauthenticated(me.error)) return <SignedOutScreen />;
    return (
      <main className="grid min-h-dvh place-items-center bg-bg px-4">
        <title>Can't reach MediaNest</title>
        <h1 className="sr-only">MediaNest</h1>
        <div className="w-full max-w-md rounded-2xl border border-line bg-surface shadow-card">
          <ErrorState error={me.error} onRetry={() => void me.refetch()} retrying={me.isFetching} />
        </div>
      </main>
    );
  }
  if (!me.data) return <SignedOutScreen />;
  return <AppRoutes />;
}
