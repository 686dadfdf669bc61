import { Avatar } from '../../../components/Avatar';
import { ChevronRightIcon } from '../../../components/icons';
import { RelativeTime } from '../../../components/RelativeTime';
import type { AdminUser } from './api';
import { UserBadges } from './UserBadges';

/** One person in the list; the whole row opens their details. */
export function UserRow({ user, onOpen }: { user: AdminUser; onOpen: (user: AdminUser) => void }) {
  return (
    <li data-testid="user-row" data-user-id={user.id}>
      <button
        type="button"
        onClick={() => onOpen(user)}
        className="flex w-full items-center gap-3 px-4 py-3.5 text-left hover:bg-surface-hover focus-visible:-outline-offset-2 sm:px-5"
      >
        <Avatar person={user} size={40} />
        <span className="min-w-0 flex-1">
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className={`truncate text-sm font-semibold ${user.active ? 'text-fg' : 'text-fg-muted line-through'}`}>
              {user.displayName}
            </span>
            <UserBadges user={user} />
          </span>
          <span className="mt-0.5 flex flex-wrap gap-x-1.5 text-xs text-fg-subtle">
            <span>@{user.username}</span>
            {user.email ? (
              <>
                <span aria-hidden="true">·</span>
                <span className="max-w-full truncate">{user.email}</span>
              </>
            ) : null}
            <span aria-hidden="true" className="hidden sm:inline">
              ·
            </span>
            <span className="basis-full sm:basis-auto">
              {user.lastSeenAt ? <RelativeTime value={user.lastSeenAt} prefix="Last seen " /> : 'Never signed in'}
            </span>
          </span>
        </span>
        <ChevronRightIcon size={18} className="shrink-0 text-fg-subtle" />
      </button>
    </li>
  );
}
