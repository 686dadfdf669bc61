import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { LockIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { FeatureBanner } from '../status/FeatureBanner';
import { useViewer } from '../auth/useMe';
import { canApproveDownloads, canDownload, canSeeAllDownloads } from './access';
import { AllDownloads, ApprovalQueue } from './AllDownloads';
import { useDownloadApprovals } from './api';
import { MyDownloads } from './MyDownloads';
import { NewDownload } from './NewDownload';

type View = 'mine' | 'all' | 'approvals';
const ADMIN_VIEWS: View[] = ['mine', 'all', 'approvals'];
const APPROVER_VIEWS: View[] = ['mine', 'approvals'];

function parseView(value: string | null, views: View[]): View {
  return views.find((v) => v !== 'mine' && v === value) ?? 'mine';
}

/**
 * "My downloads", "All downloads" (admins) and "Approvals" as tabs for admins and people who manage
 * requests (arrow keys, Home and End move between them); `?view=all` / `?view=approvals` in the URL.
 */
function DownloadTabs({
  views,
  approvals,
  children,
}: {
  views: View[];
  approvals: number;
  children: (view: View) => ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  const view = parseView(params.get('view'), views);
  const baseId = useId();
  const labels: Record<View, ReactNode> = {
    mine: 'My downloads',
    all: 'All downloads',
    approvals: (
      <>
        Approvals
        {approvals > 0 ? (
          <span className="ml-1.5 inline-grid min-w-5 place-items-center rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-900 dark:bg-amber-400/15 dark:text-amber-200">
            {approvals}
          </span>
        ) : null}
      </>
    ),
  };
  const select = (next: View): void =>
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (next === 'mine') copy.delete('view');
        else copy.set('view', next);
        return copy;
      },
      { replace: true },
    );
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const index = views.indexOf(view);
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % views.length,
      ArrowLeft: (index + views.length - 1) % views.length,
      Home: 0,
      End: views.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = views[target]!;
    select(next);
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };
  return (
    <div>
      <div role="tablist" aria-label="Downloads" className="mb-6 flex overflow-x-auto border-b border-line sm:gap-1">
        {views.map((id) => {
          const selected = id === view;
          return (
            <button
              key={id}
              id={`${baseId}-tab-${id}`}
              type="button"
              role="tab"
              aria-selected={selected}
              aria-controls={`${baseId}-panel`}
              aria-label={id === 'approvals' && approvals > 0 ? `Approvals (${approvals} waiting)` : undefined}
              tabIndex={selected ? 0 : -1}
              onClick={() => select(id)}
              onKeyDown={onKeyDown}
              className={`-mb-px inline-flex shrink-0 items-center border-b-2 px-2 py-3 text-sm sm:px-3 font-semibold whitespace-nowrap transition-colors ${
                selected ? 'border-accent text-fg' : 'border-transparent text-fg-muted hover:text-fg'
              }`}
            >
              {labels[id]}
            </button>
          );
        })}
      </div>
      <div id={`${baseId}-panel`} role="tabpanel" aria-labelledby={`${baseId}-tab-${view}`}>
        {children(view)}
      </div>
    </div>
  );
}

/** The tabs for approvers: "All downloads" only for admins (the server shows everyone's to them alone). */
function ManagerViews({ admin }: { admin: boolean }) {
  const approvals = useDownloadApprovals(true);
  return (
    <DownloadTabs views={admin ? ADMIN_VIEWS : APPROVER_VIEWS} approvals={approvals.totalCount}>
      {(view) =>
        view === 'all' && admin ? (
          <Card>
            <AllDownloads />
          </Card>
        ) : view === 'approvals' ? (
          <Card>
            <ApprovalQueue />
          </Card>
        ) : (
          <MyDownloads />
        )
      }
    </DownloadTabs>
  );
}

export function DownloadsPage() {
  const viewer = useViewer();
  const allowed = canDownload(viewer);
  return (
    <>
      <title>Downloads · MediaNest</title>
      <PageHeader title="Downloads" description="Save YouTube videos and playlists straight into Plex. Progress updates live." />
      <FeatureBanner name="downloads" />
      <div className="space-y-6">
        <Card title="New download" headingId="new-download-heading">
          <div className="p-4 sm:p-5">
            {allowed ? (
              <NewDownload />
            ) : (
              <EmptyState icon={<LockIcon size={22} />} title="Your account can't download videos" className="py-6">
                Ask your admin for the “Download videos” permission. Anything you downloaded before is still listed below.
              </EmptyState>
            )}
          </div>
        </Card>
        {canApproveDownloads(viewer) ? <ManagerViews admin={canSeeAllDownloads(viewer)} /> : <MyDownloads />}
      </div>
    </>
  );
}
