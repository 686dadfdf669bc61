import { useEffect, useId, useState, type ReactNode } from 'react';
import { Button } from '../../components/Button';
import { inputClasses } from '../../components/form';
import { CloseIcon } from '../../components/icons';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { hasNarrowingFilters, parseYear, SORT_OPTIONS } from './filters';
import type { LibraryFilter, LibrarySort } from './keys';

interface LibraryFiltersProps {
  filter: LibraryFilter;
  onChange: (change: Partial<LibraryFilter>) => void;
  /** Offer Movies / TV shows (for "All" and mixed sections). */
  showType: boolean;
  /** Genres seen in the library so far, for the genre picker. */
  genres: string[];
}

function LabelledControl({ label, id, children, className = '' }: { label: string; id: string; children: ReactNode; className?: string }) {
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-xs font-medium text-fg-muted">
        {label}
      </label>
      {children}
    </div>
  );
}

/** Year box: applies what was typed once it is a plausible year (or empty), after a short pause. */
function YearInput({ id, value, onChange }: { id: string; value: number | null; onChange: (year: number | null) => void }) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const debounced = useDebouncedValue(text, 400);

  useEffect(() => {
    setText((current) => (parseYear(current) === value ? current : value === null ? '' : String(value)));
  }, [value]);

  useEffect(() => {
    const trimmed = debounced.trim();
    const year = trimmed === '' ? null : parseYear(trimmed);
    if (trimmed !== '' && year === null) return;
    if (year !== value) onChange(year);
    // Runs only when the typed text settles; onChange and value are read as they are then.
  }, [debounced]);

  return (
    <input
      id={id}
      type="text"
      inputMode="numeric"
      pattern="[0-9]{4}"
      maxLength={4}
      autoComplete="off"
      placeholder="Any"
      value={text}
      onChange={(event) => setText(event.target.value.replace(/[^0-9]/g, ''))}
      className={inputClasses(false, 'tabular-nums')}
    />
  );
}

/** Type, year, genre, unwatched and sort controls for the poster grid. */
export function LibraryFilters({ filter, onChange, showType, genres }: LibraryFiltersProps) {
  const id = useId();
  const genreOptions = filter.genre && !genres.includes(filter.genre) ? [...genres, filter.genre].sort() : genres;

  return (
    <div role="group" aria-label="Filter and sort" className="grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap">
      {showType ? (
        <LabelledControl label="Type" id={`${id}-type`} className="sm:w-44">
          <select
            id={`${id}-type`}
            value={filter.type ?? ''}
            onChange={(e) => onChange({ type: e.target.value === 'MOVIE' || e.target.value === 'SHOW' ? e.target.value : null })}
            className={inputClasses()}
          >
            <option value="">Movies &amp; shows</option>
            <option value="MOVIE">Movies</option>
            <option value="SHOW">TV shows</option>
          </select>
        </LabelledControl>
      ) : null}
      <LabelledControl label="Genre" id={`${id}-genre`} className="sm:w-44">
        <select
          id={`${id}-genre`}
          value={filter.genre ?? ''}
          onChange={(e) => onChange({ genre: e.target.value || null })}
          className={inputClasses()}
        >
          <option value="">Any genre</option>
          {genreOptions.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </LabelledControl>
      <LabelledControl label="Year" id={`${id}-year`} className="sm:w-24">
        <YearInput id={`${id}-year`} value={filter.year} onChange={(year) => onChange({ year })} />
      </LabelledControl>
      <LabelledControl label="Sort by" id={`${id}-sort`} className="sm:w-44">
        <select
          id={`${id}-sort`}
          value={filter.sort}
          onChange={(e) => onChange({ sort: e.target.value as LibrarySort })}
          className={inputClasses()}
        >
          {SORT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </LabelledControl>
      <label className="flex h-10 cursor-pointer items-center gap-2 rounded-lg px-3 text-sm font-medium text-fg ring-1 ring-line-strong ring-inset select-none hover:bg-surface-hover has-[:checked]:bg-accent-soft has-[:checked]:text-accent-text has-[:checked]:ring-accent/40 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring">
        <input
          type="checkbox"
          checked={filter.unwatched}
          onChange={(e) => onChange({ unwatched: e.target.checked })}
          className="size-4 accent-[var(--accent)] focus-visible:outline-none"
        />
        Unwatched only
      </label>
      {hasNarrowingFilters(filter) ? (
        <Button
          variant="ghost"
          icon={<CloseIcon size={16} />}
          onClick={() => onChange({ type: null, year: null, genre: null, unwatched: false })}
        >
          Clear filters
        </Button>
      ) : null}
    </div>
  );
}
