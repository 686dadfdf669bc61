import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { buttonClasses } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { LockIcon } from '../../components/icons';
import { useViewer, type Viewer } from './useMe';

interface RequireAccessProps {
  allow: (viewer: Viewer) => boolean;
  children: ReactNode;
  /** Who the page is for, e.g. "people who manage users". */
  audience?: string;
}

/** Renders children when `allow` says so; everyone else gets a friendly explanation instead of a broken page. */
export function RequireAccess({ allow, children, audience = 'server admins' }: RequireAccessProps) {
  const viewer = useViewer();
  if (allow(viewer)) return <>{children}</>;
  return (
    <>
      <title>Not allowed · MediaNest</title>
      <h1 className="sr-only">Not allowed</h1>
      <EmptyState
        icon={<LockIcon size={22} />}
        title="You can't open this page"
        action={
          <Link to="/" className={buttonClasses('secondary')}>
            Go to the dashboard
          </Link>
        }
      >
        This page is for {audience}. Ask your admin if you need something here.
      </EmptyState>
    </>
  );
}

export function RequireAdmin({ children }: { children: ReactNode }) {
  return <RequireAccess allow={(viewer) => viewer.isAdmin}>{children}</RequireAccess>;
}
