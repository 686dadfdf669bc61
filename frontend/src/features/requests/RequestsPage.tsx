import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Card } from '../../components/Card';
import { PageHeader } from '../../components/PageHeader';
import { FeatureBanner } from '../status/FeatureBanner';
import { useViewer } from '../auth/useMe';
import { canManageRequests } from './access';
import { AllRequests } from './AllRequests';
import { MediaSearch } from './MediaSearch';
import { MyRequests } from './MyRequests';
import { useLiveRequests } from './useLiveRequests';

type View = 'mine' | 'all';
const VIEWS: Array<{ id: View; label: string }> = [
  { id: 'mine', label: 'My requests' },
  { id: 'all', label: 'All requests' },
];

/** "My requests" and, for managers, "All requests" as tabs (arrow keys move between them); `?view=all` in the URL. */
function RequestTabs({ children }: { children: (view: View) => ReactNode }) {
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'all' ? 'all' : 'mine';
  const baseId = useId();
  const select = (next: View): void =>
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (next === 'all') copy.set('view', 'all');
        else copy.delete('view');
        return copy;
      },
      { replace: true },
    );
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const next = view === 'all' ? 'mine' : 'all';
    select(next);
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };
  return (
    <section className="rounded-xl border border-line bg-surface shadow-card">
      <div role="tablist" aria-label="Requests" className="flex gap-1 border-b border-line px-2 sm:px-3">
        {VIEWS.map((tab) => {
          const selected = tab.id === view;
          return (
            <button
              key={tab.id}
              id={`${baseId}-tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={`${baseId}-panel`}
              tabIndex={selected ? 0 : -1}
              onClick={() => select(tab.id)}
              onKeyDown={onKeyDown}
              className={`-mb-px border-b-2 px-3 py-3 text-sm font-semibold transition-colors ${
                selected ? 'border-accent text-fg' : 'border-transparent text-fg-muted hover:text-fg'
              }`}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${view}`}>
        {children(view)}
      </div>
    </section>
  );
}

export function RequestsPage() {
  const viewer = useViewer();
  const manager = canManageRequests(viewer);
  useLiveRequests(manager);

  return (
    <>
      <title>Requests · MediaNest</title>
      <PageHeader
        title="Requests"
        description={
          <>
            Ask for movies and shows you'd like on the server. Already there?{' '}
            <Link to="/library" className="rounded font-medium text-accent-text hover:underline">
              Browse the library
            </Link>
            .
          </>
        }
      />
      <FeatureBanner name="requests" />
      <div className="space-y-6">
        <Card title="Find a title" headingId="request-search-heading">
          <div className="p-4 sm:p-5">
            <MediaSearch />
          </div>
        </Card>
        {manager ? (
          <RequestTabs>{(view) => (view === 'all' ? <AllRequests /> : <MyRequests />)}</RequestTabs>
        ) : (
          <Card title="My requests" headingId="my-requests-heading">
            <MyRequests />
          </Card>
        )}
      </div>
    </>
  );
}
