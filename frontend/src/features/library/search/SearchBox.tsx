import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { SearchIcon, SpinnerIcon } from '../../../components/icons';
import { SearchResultBody } from './SearchResult';
import { useSearch } from './useSearch';

const POPOVER_RESULTS = 8;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The top bar's library search (tablets and desktops): a combobox whose results open in a popover as
 * you type. ↑/↓ pick a result, Enter opens it (or the best match), Escape closes, "/" or Ctrl+K focuses.
 * Phones get a search button leading to the full-screen /search page instead.
 */
export function SearchBox() {
  const search = useSearch(POPOVER_RESULTS);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [focused, setFocused] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const optionId = (index: number): string => `${listId}-${index}`;
  const onSearchPage = pathname === '/search';

  const { results, trimmed } = search;
  const open = focused && trimmed !== '';
  const highlighted = active >= 0 ? results[active] : undefined;

  useEffect(() => setActive(-1), [results]);
  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // optionId only depends on listId, which never changes.
  }, [active]);

  // "/" and Ctrl/⌘+K jump to search from anywhere (the phone layout goes to the search page).
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent): void => {
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
      const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !k) return;
      event.preventDefault();
      const input = inputRef.current;
      if (input && input.offsetParent !== null) input.focus();
      else navigate('/search');
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [navigate]);

  const finish = (): void => {
    search.setText('');
    setFocused(false);
    inputRef.current?.blur();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (results.length === 0) return;
      event.preventDefault();
      const last = results.length - 1;
      if (event.key === 'ArrowDown') setActive((i) => (i >= last ? 0 : i + 1));
      else setActive((i) => (i <= 0 ? last : i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void search.openBest(highlighted).then((opened) => {
        if (opened) finish();
      });
    } else if (event.key === 'Escape') {
      if (trimmed) search.setText('');
      else inputRef.current?.blur();
    }
  };

  if (onSearchPage) return <div className="ml-auto md:ml-0 md:flex-1" />;

  return (
    <>
      <Link
        to="/search"
        aria-label="Search"
        className="ml-auto grid size-10 place-items-center rounded-lg text-fg-muted hover:bg-surface-hover hover:text-fg md:hidden"
      >
        <SearchIcon />
      </Link>
      <div
        ref={rootRef}
        className="relative hidden max-w-md flex-1 md:block"
        onFocus={() => setFocused(true)}
        onBlur={(event) => {
          if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setFocused(false);
        }}
      >
        <SearchIcon size={18} className="pointer-events-none absolute top-1/2 left-3 -translate-y-1/2 text-fg-subtle" />
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-label="Search the library"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open && highlighted ? optionId(active) : undefined}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="Search movies and shows"
          value={search.text}
          onChange={(event) => search.setText(event.target.value)}
          onKeyDown={onKeyDown}
          className="h-10 w-full rounded-lg border border-line bg-surface-muted pr-10 pl-9 text-sm text-fg placeholder:text-fg-subtle focus-visible:border-ring focus-visible:bg-surface focus-visible:outline-2 focus-visible:outline-offset-0"
        />
        <span className="pointer-events-none absolute top-1/2 right-3 -translate-y-1/2 text-fg-subtle">
          {search.searching ? (
            <SpinnerIcon size={16} />
          ) : focused ? null : (
            <kbd aria-hidden="true" className="rounded border border-line-strong px-1.5 font-sans text-[11px]">
              /
            </kbd>
          )}
        </span>

        {open ? (
          <div className="absolute top-full right-0 left-0 z-40 mt-2 overflow-hidden rounded-xl border border-line bg-surface shadow-lg ring-1 ring-black/5 dark:ring-white/5">
            {results.length > 0 ? (
              <ul id={listId} role="listbox" aria-label="Search results" className="max-h-[min(28rem,70vh)] overflow-y-auto p-1.5">
                {results.map((item, index) => (
                  <li
                    key={item.id}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    data-testid="search-result"
                    data-item-id={item.id}
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => setActive(index)}
                    onClick={() => {
                      search.open(item);
                      finish();
                    }}
                    className="flex cursor-pointer items-center gap-3 rounded-lg px-2 py-1.5 aria-selected:bg-surface-hover"
                  >
                    <SearchResultBody item={item} />
                  </li>
                ))}
              </ul>
            ) : (
              <p id={listId} role="status" className="px-4 py-5 text-center text-sm text-fg-muted">
                {search.status === 'error'
                  ? "Search isn't available right now. Try again in a moment."
                  : search.current && !search.searching
                    ? `No titles match “${trimmed}”.`
                    : 'Searching…'}
              </p>
            )}
            <div className="flex items-center justify-between gap-3 border-t border-line px-3 py-2 text-xs text-fg-subtle">
              <span aria-hidden="true">↑↓ to choose · Enter to open</span>
              <Link
                to={`/search?q=${encodeURIComponent(trimmed)}`}
                onMouseDown={(event) => event.preventDefault()}
                onClick={finish}
                className="rounded font-medium text-accent-text hover:underline"
              >
                See all results
              </Link>
            </div>
          </div>
        ) : null}
      </div>
    </>
  );
}
