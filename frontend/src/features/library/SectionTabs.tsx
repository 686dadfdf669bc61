import type { KeyboardEvent } from 'react';
import type { LibrarySectionsQuery } from '../../gql/graphql';

export type LibrarySection = LibrarySectionsQuery['librarySections'][number];

export function sectionTabId(baseId: string, sectionId: string | null): string {
  return `${baseId}-tab-${sectionId ?? 'all'}`;
}

interface SectionTabsProps {
  baseId: string;
  panelId: string;
  sections: LibrarySection[];
  value: string | null;
  onChange: (sectionId: string | null) => void;
}

const TAB =
  'inline-flex h-9 shrink-0 items-center rounded-full px-3.5 text-sm font-medium whitespace-nowrap ring-1 ring-inset transition-colors';
const TAB_IDLE = 'bg-surface text-fg-muted ring-line-strong hover:bg-surface-hover hover:text-fg';
const TAB_ACTIVE = 'bg-accent text-accent-fg ring-accent';

/** "All" plus one tab per Plex library section; arrow keys move between tabs (ARIA tabs pattern). */
export function SectionTabs({ baseId, panelId, sections, value, onChange }: SectionTabsProps) {
  // No counts on the tabs: a section's itemCount includes seasons and episodes, not just the titles shown.
  const tabs: Array<{ id: string | null; label: string }> = [
    { id: null, label: 'All' },
    ...sections.map((s) => ({ id: s.id, label: s.title })),
  ];
  const selected = tabs.some((t) => t.id === value) ? value : null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = tabs.findIndex((t) => t.id === selected);
    let next = -1;
    if (event.key === 'ArrowRight') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next === -1) return;
    event.preventDefault();
    const tab = tabs[next]!;
    onChange(tab.id);
    document.getElementById(sectionTabId(baseId, tab.id))?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label="Library sections"
      onKeyDown={onKeyDown}
      className="-mx-4 flex gap-2 overflow-x-auto px-4 py-1 [scrollbar-width:none] sm:mx-0 sm:flex-wrap sm:px-0"
    >
      {tabs.map((tab) => {
        const active = tab.id === selected;
        return (
          <button
            key={tab.id ?? 'all'}
            id={sectionTabId(baseId, tab.id)}
            type="button"
            role="tab"
            aria-selected={active}
            aria-controls={panelId}
            tabIndex={active ? 0 : -1}
            onClick={() => onChange(tab.id)}
            className={`${TAB} ${active ? TAB_ACTIVE : TAB_IDLE}`}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
