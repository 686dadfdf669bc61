import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ActivityIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { useViewer } from '../auth/useMe';
import { useJobList } from './api';
import { JobList } from './JobList';
import { RunHousekeepingButton } from './RunHousekeepingButton';
import { STATUS_META } from './status';
import { StatusFilter, useStatusFilter } from './StatusFilter';

export function JobsPage() {
  const viewer = useViewer();
  const [status, setStatus] = useStatusFilter();
  const list = useJobList({ status, kind: null });

  const empty =
    status === null ? (
      <EmptyState icon={<ActivityIcon size={22} />} title="No jobs yet">
        Housekeeping runs every hour; admins can start it now.
      </EmptyState>
    ) : (
      <EmptyState
        icon={<ActivityIcon size={22} />}
        title={`No ${STATUS_META[status].label.toLowerCase()} jobs`}
        action={<Button onClick={() => setStatus(null)}>Show all jobs</Button>}
      >
        Nothing matches this filter right now. New jobs appear here live.
      </EmptyState>
    );

  return (
    <>
      <title>Jobs · MediaNest</title>
      <PageHeader
        title="Jobs"
        description="Background work on this server. The list updates live as jobs run."
        actions={viewer.isAdmin ? <RunHousekeepingButton /> : null}
      />
      <Card>
        <div className="flex flex-col gap-3 border-b border-line px-4 py-3 sm:flex-row sm:items-center sm:justify-between sm:px-5">
          <StatusFilter value={status} onChange={setStatus} />
          {list.status === 'success' ? (
            <p className="shrink-0 text-xs text-fg-subtle">
              {list.totalCount === 1 ? '1 job' : `${list.totalCount} jobs`}
            </p>
          ) : null}
        </div>
        <JobList
          label="Jobs"
          jobs={list.jobs}
          status={list.status}
          error={list.error}
          onRetry={() => void list.refetch()}
          isRefetching={list.isRefetching}
          hasNextPage={list.hasNextPage}
          isFetchingNextPage={list.isFetchingNextPage}
          isFetchNextPageError={list.isFetchNextPageError}
          onLoadMore={() => void list.fetchNextPage()}
          totalCount={list.totalCount}
          empty={empty}
          cancellable
        />
      </Card>
    </>
  );
}
