import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Card } from '../../../components/Card';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadMore } from '../../../components/LoadMore';
import { SearchIcon, SpinnerIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/PageHeader';
import { Skeleton } from '../../../components/Skeleton';
import { FeatureBanner } from '../../status/FeatureBanner';
import { LibraryStatusBanner } from '../LibraryStatusBanner';
import { itemPath } from '../PosterCard';
import { SearchResultBody } from './SearchResult';
import { useSearch } from './useSearch';

const PAGE_RESULTS = 50; // the API's pages hold at most 100

/** ↑/↓ between result links (and back up to the search box). */
function moveFocus(event: KeyboardEvent<HTMLElement>, list: HTMLElement | null, input: HTMLInputElement | null): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = Array.from(list?.querySelectorAll<HTMLAnchorElement>('a[data-testid="search-result"]') ?? []);
  if (links.length === 0) return;
  event.preventDefault();
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown') links[Math.min(index + 1, links.length - 1)]?.focus();
  else if (index <= 0) input?.focus();
  else links[index - 1]?.focus();
}

/** `/search`: the full-screen search for phones (and anyone who follows "See all results"). */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const search = useSearch(PAGE_RESULTS, params.get('q') ?? '');
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const id = useId();
  const { debounced } = search;

  // Keep ?q= in step with what was searched, so Back and reloads keep the results.
  useEffect(() => {
    setParams(
      (prev) => {
        if ((prev.get('q') ?? '') === debounced) return prev;
        const next = new URLSearchParams(prev);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced, setParams]);

  // After the shell moves focus to the page on navigation, put it in the search box.
  useEffect(() => {
    const frame = requestAnimationFrame(() => inputRef.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);

  let body;
  if (search.status === 'idle') {
    body = <p className="px-1 text-sm text-fg-muted">Start typing a title: results appear as you type.</p>;
  } else if (search.status === 'pending') {
    body = (
      <div role="status" aria-busy="true" className="space-y-3">
        <span className="sr-only">Searching…</span>
        {[0, 1, 2, 3].map((i) => (
          <div key={i} aria-hidden="true" className="flex items-center gap-3">
            <Skeleton className="h-15 w-10" />
            <Skeleton className="h-4 w-1/2" />
          </div>
        ))}
      </div>
    );
  } else if (search.status === 'error' && search.results.length === 0) {
    body = (
      <Card>
        <ErrorState error={search.error} title="Couldn't search the library" onRetry={search.retry} />
      </Card>
    );
  } else if (search.results.length === 0) {
    body = (
      <EmptyState icon={<SearchIcon size={22} />} title={search.current ? `No titles match “${search.trimmed}”` : 'Searching…'}>
        {search.current ? 'Check the spelling, or try fewer words.' : null}
      </EmptyState>
    );
  } else {
    body = (
      <ul ref={listRef} role="list" aria-label="Search results" onKeyDown={(e) => moveFocus(e, listRef.current, inputRef.current)} className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface shadow-card">
        {search.results.map((item) => (
          <li key={item.id}>
            <Link
              to={itemPath(item.id)}
              data-testid="search-result"
              data-item-id={item.id}
              className="flex items-center gap-3 px-3 py-2.5 hover:bg-surface-hover focus-visible:-outline-offset-2 sm:px-4"
            >
              <SearchResultBody item={item} />
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  const more = search.results.length > 0 ? (
    <LoadMore
      className="mt-5"
      hasNextPage={search.hasNextPage}
      isFetchingNextPage={search.isFetchingNextPage}
      isFetchNextPageError={search.isFetchNextPageError}
      error={search.error}
      onLoadMore={search.loadMore}
      label="Load more results"
      errorTitle="Couldn't load more results"
    />
  ) : null;

  return (
    <>
      <title>{search.debounced ? `${search.debounced} · Search · MediaNest` : 'Search · MediaNest'}</title>
      <PageHeader title="Search" description="Find a movie or show in the library." />
      <FeatureBanner name="library" />
      <LibraryStatusBanner />
      <form
        role="search"
        className="relative mb-5"
        onSubmit={(event) => {
          event.preventDefault();
          void search.openBest();
        }}
      >
        <SearchIcon size={20} className="pointer-events-none absolute top-1/2 left-3.5 -translate-y-1/2 text-fg-subtle" />
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="search"
          aria-label="Search the library"
          aria-describedby={`${id}-count`}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="Search movies and shows"
          value={search.text}
          onChange={(event) => search.setText(event.target.value)}
          onKeyDown={(e) => moveFocus(e, listRef.current, inputRef.current)}
          className="h-12 w-full rounded-xl border border-line-strong bg-surface pr-11 pl-11 text-base text-fg shadow-sm placeholder:text-fg-subtle focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-offset-0"
        />
        {search.searching ? (
          <SpinnerIcon size={18} className="pointer-events-none absolute top-1/2 right-4 -translate-y-1/2 text-fg-subtle" />
        ) : null}
      </form>
      <p id={`${id}-count`} role="status" className="sr-only">
        {search.current
          ? `${search.results.length === 1 ? '1 result' : `${search.results.length} results`}${search.hasNextPage ? ', more to load' : ''}`
          : ''}
      </p>
      {body}
      {more}
    </>
  );
}
