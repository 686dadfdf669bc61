import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { buttonClasses } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LockIcon } from '../../components/icons';
import { useViewer } from './useMe';

/** Renders children for admins; everyone else gets a friendly explanation instead of a broken page. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  if (viewer.isAdmin) return <>{children}</>;
  return (
    <EmptyState
      icon={<LockIcon size={22} />}
      title="Admins only"
      action={
        <Link to="/" className={buttonClasses('secondary')}>
          Go to the dashboard
        </Link>
      }
    >
      This page is for server admins. Ask your admin if you need something here.
    </EmptyState>
  );
}
