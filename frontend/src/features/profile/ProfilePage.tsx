import { Avatar } from '../../components/Avatar';
import { RoleBadge } from '../../components/Badge';
import { useViewer } from '../auth/useMe';
import { NotificationPreferencesCard } from '../notifications/PreferencesCard';
import { ApiTokensCard } from './ApiTokensCard';
import { DevicesCard } from './DevicesCard';
import { EmailCard } from './EmailCard';

export function ProfilePage() {
  const viewer = useViewer();
  return (
    <>
      <title>Profile · MediaNest</title>
      <div className="mb-6 flex items-center gap-4">
        <Avatar person={viewer} size={56} />
        <div className="min-w-0">
          <h1 className="truncate text-2xl font-semibold tracking-tight text-fg">{viewer.displayName}</h1>
          <p className="mt-0.5 flex flex-wrap items-center gap-2 text-sm text-fg-muted">
            <span>@{viewer.username}</span>
            <RoleBadge admin={viewer.isAdmin} />
          </p>
        </div>
      </div>
      <div className="space-y-6">
        <EmailCard />
        <NotificationPreferencesCard />
        <DevicesCard />
        <ApiTokensCard isAdmin={viewer.isAdmin} />
      </div>
    </>
  );
}
