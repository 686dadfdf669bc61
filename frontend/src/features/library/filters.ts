import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_FILTER, type LibraryFilter, type LibrarySort } from './keys';

export const SORT_OPTIONS: Array<{ value: LibrarySort; label: string }> = [
  { value: 'TITLE', label: 'Title (A–Z)' },
  { value: 'ADDED', label: 'Recently added' },
  { value: 'YEAR', label: 'Newest first' },
  { value: 'RATING', label: 'Highest rated' },
];

const SORTS = new Set<string>(SORT_OPTIONS.map((o) => o.value));
const MIN_YEAR = 1870;
const MAX_YEAR = 2100;

export function parseYear(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value.trim())) return null;
  const year = Number(value.trim());
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/**
 * Reads the grid's filter from the address: `?section=2&type=movie&year=1999&genre=Drama&unwatched=1&sort=added`.
 * Anything malformed is ignored rather than failing the page.
 */
export function parseLibraryParams(params: URLSearchParams): LibraryFilter {
  const type = params.get('type')?.toUpperCase();
  const sort = params.get('sort')?.toUpperCase();
  const genre = params.get('genre')?.trim();
  return {
    sectionId: params.get('section') || null,
    type: type === 'MOVIE' || type === 'SHOW' ? type : null,
    year: parseYear(params.get('year')),
    genre: genre ? genre : null,
    unwatched: params.get('unwatched') === '1' || params.get('unwatched') === 'true',
    sort: sort && SORTS.has(sort) ? (sort as LibrarySort) : DEFAULT_FILTER.sort,
  };
}

/** Writes the filter back, leaving defaults out so plain /library stays plain; other params are kept. */
export function applyLibraryParams(base: URLSearchParams, filter: LibraryFilter): URLSearchParams {
  const next = new URLSearchParams(base);
  const set = (key: string, value: string | null): void => {
    if (value === null) next.delete(key);
    else next.set(key, value);
  };
  set('section', filter.sectionId);
  set('type', filter.type ? filter.type.toLowerCase() : null);
  set('year', filter.year !== null ? String(filter.year) : null);
  set('genre', filter.genre);
  set('unwatched', filter.unwatched ? '1' : null);
  set('sort', filter.sort !== DEFAULT_FILTER.sort ? filter.sort.toLowerCase() : null);
  return next;
}

/** Filters that narrow the grid (the section and the sort order don't count). */
export function hasNarrowingFilters(filter: LibraryFilter): boolean {
  return filter.type !== null || filter.year !== null || filter.genre !== null || filter.unwatched;
}

/** The grid's filter, kept in the URL so it survives reloads, Back and sharing. */
export function useLibraryFilter(): [LibraryFilter, (change: Partial<LibraryFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseLibraryParams(params), [params]);
  const update = useCallback(
    (change: Partial<LibraryFilter>) => {
      setParams((prev) => applyLibraryParams(prev, { ...parseLibraryParams(prev), ...change }), { replace: true });
    },
    [setParams],
  );
  return [filter, update];
}

/** What the library page lists: titles (the poster grid) or Plex collections. */
export type LibraryView = 'titles' | 'collections';

export function parseLibraryView(params: URLSearchParams): LibraryView {
  return params.get('view') === 'collections' ? 'collections' : 'titles';
}

/** The view, kept in the URL (`?view=collections`) next to the section, so it survives reloads and Back. */
export function useLibraryView(): [LibraryView, (view: LibraryView) => void] {
  const [params, setParams] = useSearchParams();
  const view = parseLibraryView(params);
  const update = useCallback(
    (next: LibraryView) => {
      setParams(
        (prev) => {
          const out = new URLSearchParams(prev);
          if (next === 'collections') out.set('view', 'collections');
          else out.delete('view');
          return out;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [view, update];
}
