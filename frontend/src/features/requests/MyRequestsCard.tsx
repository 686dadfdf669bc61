import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { useViewer } from '../auth/useMe';
import { canManageRequests } from './access';
import { MyRequests } from './MyRequests';
import { useLiveRequests } from './useLiveRequests';

export const DASHBOARD_REQUESTS = 5;

/** Dashboard card: the viewer's five latest requests, with live status. */
export function MyRequestsCard() {
  const viewer = useViewer();
  useLiveRequests(canManageRequests(viewer));
  return (
    <Card
      title="My requests"
      headingId="my-requests-card-heading"
      action={
        <Link to="/requests" className="rounded text-sm font-medium text-accent-text hover:underline">
          Request something
        </Link>
      }
    >
      <MyRequests limit={DASHBOARD_REQUESTS} compact />
    </Card>
  );
}
