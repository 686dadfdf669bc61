import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { flattenPages, searchQueryOptions, useLibrarySearch, type PosterItem } from '../api';
import { itemPath } from '../PosterCard';

export const SEARCH_DEBOUNCE_MS = 200;

/**
 * Search-as-you-type state shared by the top-bar box and the /search page: the text, results for the
 * debounced text (a page at a time), and "open" helpers. Enter doesn't wait for the debounce: it asks for the typed text now.
 */
export function useSearch(first: number, initial = '') {
  const client = useQueryClient();
  const navigate = useNavigate();
  const [text, setText] = useState(initial);
  const trimmed = text.trim();
  const debounced = useDebouncedValue(trimmed, SEARCH_DEBOUNCE_MS);
  const query = useLibrarySearch(debounced, first);
  const current = trimmed !== '' && debounced === trimmed && !query.isPlaceholderData;
  const results: PosterItem[] = trimmed === '' ? [] : (query.items ?? []);

  const open = useCallback((item: Pick<PosterItem, 'id'>) => navigate(itemPath(item.id)), [navigate]);

  /** Enter: the highlighted result, else the best match for exactly what was typed. */
  const openBest = useCallback(
    async (highlighted?: PosterItem): Promise<boolean> => {
      if (highlighted) {
        open(highlighted);
        return true;
      }
      if (trimmed === '') return false;
      let list = current ? results : undefined;
      if (!list) {
        try {
          list = flattenPages((await client.fetchInfiniteQuery(searchQueryOptions(trimmed, first))).pages);
        } catch {
          return false;
        }
      }
      const best = list[0];
      if (!best) return false;
      open(best);
      return true;
    },
    [client, current, first, open, results, trimmed],
  );

  return {
    text,
    setText,
    trimmed,
    /** The text the results are for, after the debounce. */
    debounced,
    results,
    /** Results answer what is typed now (not an earlier, shorter text). */
    current,
    searching: trimmed !== '' && (!current || (query.isFetching && !query.isFetchingNextPage)),
    status: trimmed === '' ? ('idle' as const) : query.status,
    error: query.error,
    retry: () => void query.refetch(),
    /** More results than this page: "Load more" on the search page. */
    hasNextPage: trimmed !== '' && current && query.hasNextPage,
    isFetchingNextPage: query.isFetchingNextPage,
    isFetchNextPageError: query.isFetchNextPageError,
    loadMore: () => void query.fetchNextPage({ cancelRefetch: false }),
    open,
    openBest,
  };
}
