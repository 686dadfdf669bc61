import { Button } from './Button';
import { ErrorState } from './ErrorState';

interface LoadMoreProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  onLoadMore: () => void;
  /** The button's text, e.g. "Load more episodes". */
  label?: string;
  /** What failed, e.g. "Couldn't load more episodes". */
  errorTitle: string;
  /** A polite line under the button ("Showing 50 of 120"); nothing when empty. */
  status?: string;
  className?: string;
}

/**
 * The "Load more" row under a cursor-paged list: the button while there is a next page, and after a failed
 * page what went wrong with "Try again".
 */
export function LoadMore({
  hasNextPage,
  isFetchingNextPage,
  isFetchNextPageError,
  error,
  onLoadMore,
  label = 'Load more',
  errorTitle,
  status,
  className = '',
}: LoadMoreProps) {
  if (!hasNextPage && !isFetchNextPageError && !status) return null;
  return (
    <div className={`flex flex-col items-center gap-3 ${className}`}>
      {isFetchNextPageError ? <ErrorState compact error={error} title={errorTitle} className="w-full" /> : null}
      {hasNextPage || isFetchNextPageError ? (
        <Button size="sm" onClick={onLoadMore} loading={isFetchingNextPage}>
          {isFetchNextPageError ? 'Try again' : label}
        </Button>
      ) : null}
      {status ? (
        <p role="status" className="text-xs text-fg-subtle">
          {status}
        </p>
      ) : null}
    </div>
  );
}
