import { Avatar } from '../../../components/Avatar';
import { Dialog } from '../../../components/Dialog';
import { RelativeTime } from '../../../components/RelativeTime';
import { canManageSettings } from '../../auth/access';
import { useViewer } from '../../auth/useMe';
import { useServiceSettings } from '../settings/api';
import type { AdminUser } from './api';
import { UserBadges } from './UserBadges';
import { UserForm } from './UserForm';
import { UserSessions } from './UserSessions';

/** Slide-over with everything about one user (full screen on phones). */
export function UserDetailSheet({ user, onClose }: { user: AdminUser | null; onClose: () => void }) {
  const viewer = useViewer();
  const settings = useServiceSettings(Boolean(user) && canManageSettings(viewer));
  const defaults = settings.data?.userDefaults ?? null;

  return (
    <Dialog
      open={user !== null}
      onClose={onClose}
      variant="sheet"
      testId="user-detail"
      title={user?.displayName ?? ''}
      header={
        user ? (
          <div className="mt-2 flex items-center gap-3">
            <Avatar person={user} size={44} />
            <div className="min-w-0 text-sm">
              <p className="truncate text-fg-muted">
                @{user.username}
                {user.email ? <span className="text-fg-subtle"> · {user.email}</span> : null}
              </p>
              <div className="mt-1">
                <UserBadges user={user} />
              </div>
            </div>
          </div>
        ) : null
      }
    >
      {user ? (
        <div className="space-y-6">
          <p className="text-xs text-fg-subtle">
            Joined <RelativeTime value={user.createdAt} />
            {user.lastSeenAt ? (
              <>
                {' · '}last seen <RelativeTime value={user.lastSeenAt} />
              </>
            ) : (
              ' · never signed in'
            )}
          </p>
          <UserForm key={JSON.stringify(user)} user={user} viewer={viewer} defaults={defaults} />
          <UserSessions user={user} />
        </div>
      ) : null}
    </Dialog>
  );
}
