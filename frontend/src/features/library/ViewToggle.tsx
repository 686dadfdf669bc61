import type { LibraryView } from './filters';

const OPTIONS: Array<{ value: LibraryView; label: string }> = [
  { value: 'titles', label: 'Titles' },
  { value: 'collections', label: 'Collections' },
];

/** Titles or Collections: two toggle buttons (aria-pressed) next to the section tabs. */
export function ViewToggle({ value, onChange }: { value: LibraryView; onChange: (view: LibraryView) => void }) {
  return (
    <div role="group" aria-label="Show" className="inline-flex shrink-0 gap-0.5 self-start rounded-full bg-surface-muted p-0.5 ring-1 ring-line ring-inset">
      {OPTIONS.map((option) => {
        const active = option.value === value;
        return (
          <button
            key={option.value}
            type="button"
            aria-pressed={active}
            onClick={() => onChange(option.value)}
            className={`inline-flex h-8 items-center rounded-full px-3.5 text-sm font-medium whitespace-nowrap transition-colors ${
              active ? 'bg-surface text-fg shadow-sm ring-1 ring-line-strong' : 'text-fg-muted hover:text-fg'
            }`}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
