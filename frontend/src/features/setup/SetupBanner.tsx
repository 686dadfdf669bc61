import { Link, useLocation } from 'react-router';
import { buttonClasses } from '../../components/Button';
import { ServerIcon } from '../../components/icons';
import { useViewer } from '../auth/useMe';
import { useSetupStatus } from './api';

/** On every page until setup is done: tells admins MediaNest isn't connected to a Plex server yet. */
export function SetupBanner() {
  const viewer = useViewer();
  const { pathname } = useLocation();
  const status = useSetupStatus(viewer.isAdmin);
  if (!viewer.isAdmin || pathname === '/setup' || status.data?.configured !== false) return null;
  return (
    <div
      role="region"
      aria-label="Setup"
      className="mb-6 flex flex-col gap-3 rounded-xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-950 sm:flex-row sm:items-center dark:border-amber-400/25 dark:bg-amber-400/10 dark:text-amber-100"
    >
      <ServerIcon size={20} className="hidden shrink-0 text-amber-600 sm:block dark:text-amber-300" />
      <p className="min-w-0 flex-1">
        <span className="font-semibold">Finish setting up MediaNest.</span>{' '}
        {viewer.isOwner
          ? 'Pick the Plex server it fronts so friends and family can sign in.'
          : "It isn't connected to a Plex server yet: the server's owner finishes setup by signing in with Plex."}
      </p>
      {viewer.isOwner ? (
        <Link to="/setup" className={buttonClasses('primary', 'sm', 'self-start sm:self-auto')}>
          Finish setup
        </Link>
      ) : null}
    </div>
  );
}
