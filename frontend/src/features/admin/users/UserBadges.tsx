import { Badge, RoleBadge } from '../../../components/Badge';
import { BanIcon, ShieldIcon } from '../../../components/icons';
import type { AdminUser } from './api';

export function UserBadges({ user }: { user: AdminUser }) {
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <RoleBadge admin={user.isAdmin} />
      {user.isOwner ? (
        <Badge tone="warning" icon={<ShieldIcon size={12} />}>
          Owner
        </Badge>
      ) : null}
      {user.active ? null : (
        <Badge tone="danger" icon={<BanIcon size={12} />}>
          Disabled
        </Badge>
      )}
    </span>
  );
}
