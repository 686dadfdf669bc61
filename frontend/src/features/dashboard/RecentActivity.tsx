import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { EmptyState } from '../../components/EmptyState';
import { ActivityIcon } from '../../components/icons';
import { useViewer } from '../auth/useMe';
import { useJobList } from '../jobs/api';
import { JobList } from '../jobs/JobList';

const LIMIT = 5;

/** The five latest jobs, kept live by the session-wide job subscription. */
export function RecentActivity() {
  const viewer = useViewer();
  const list = useJobList({ status: null, kind: null }, LIMIT);

  return (
    <Card
      title="Recent activity"
      headingId="recent-activity-heading"
      action={
        viewer.isAdmin ? (
          <Link to="/jobs" className="rounded text-sm font-medium text-accent-text hover:underline">
            View all jobs
          </Link>
        ) : null
      }
    >
      <JobList
        label="Recent activity"
        compact
        jobs={list.jobs.slice(0, LIMIT)}
        status={list.status}
        error={list.error}
        onRetry={() => void list.refetch()}
        isRefetching={list.isRefetching}
        skeletonRows={3}
        errorTitle="Couldn't load recent activity"
        empty={
          <EmptyState icon={<ActivityIcon size={22} />} title="Nothing has happened yet">
            {viewer.isAdmin
              ? 'Background jobs like housekeeping show up here as they run. Start one from the Jobs page.'
              : 'Your downloads and requests will show up here as they run.'}
          </EmptyState>
        }
      />
    </Card>
  );
}
