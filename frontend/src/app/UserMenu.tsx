import { useNavigate } from 'react-router';
import { Avatar } from '../components/Avatar';
import { RoleBadge } from '../components/Badge';
import { ChevronDownIcon, SignOutIcon, UserIcon } from '../components/icons';
import { Menu, MenuHeader, MenuItem, MenuSeparator } from '../components/Menu';
import { useViewer } from '../features/auth/useMe';
import { useSignOut } from '../features/auth/useSignOut';

export function UserMenu() {
  const viewer = useViewer();
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Menu
      label={`Account: ${viewer.displayName}`}
      buttonClassName="flex items-center gap-2 rounded-full p-1 text-sm font-medium text-fg hover:bg-surface-hover sm:rounded-lg sm:py-1 sm:pr-2 sm:pl-1"
      buttonContent={
        <>
          <Avatar person={viewer} />
          <span className="hidden max-w-40 truncate sm:inline">{viewer.displayName}</span>
          <ChevronDownIcon size={16} className="hidden text-fg-subtle sm:block" />
        </>
      }
      menuClassName="w-64"
    >
      <MenuHeader>
        <div className="flex items-center gap-3">
          <Avatar person={viewer} size={40} />
          <div className="min-w-0">
            <p className="truncate text-sm font-semibold text-fg">{viewer.displayName}</p>
            <p className="truncate text-xs text-fg-subtle">@{viewer.username}</p>
          </div>
        </div>
        <div className="mt-2.5">
          <RoleBadge admin={viewer.isAdmin} />
        </div>
      </MenuHeader>
      <MenuSeparator />
      <MenuItem icon={<UserIcon size={18} />} onSelect={() => navigate('/profile')}>
        Profile, devices and tokens
      </MenuItem>
      <MenuItem icon={<SignOutIcon size={18} />} onSelect={() => signOut.mutate()}>
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </MenuItem>
    </Menu>
  );
}
