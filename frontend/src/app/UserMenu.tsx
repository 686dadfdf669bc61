import { useState } from 'react';
import { ChevronDownIcon, SignOutIcon } from '../components/icons';
import { Menu, MenuHeader, MenuItem, MenuSeparator } from '../components/Menu';
import { useViewer, type Viewer } from '../features/auth/useMe';
import { useSignOut } from '../features/auth/useSignOut';

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [parts[0]?.[0], parts[0]?.[1]];
  return letters.filter(Boolean).join('').toUpperCase() || '?';
}

export function Avatar({ viewer, size = 32 }: { viewer: Viewer; size?: number }) {
  const [broken, setBroken] = useState(false);
  const style = { width: size, height: size };
  if (viewer.avatarUrl && !broken) {
    return (
      <img
        src={viewer.avatarUrl}
        alt=""
        style={style}
        className="shrink-0 rounded-full object-cover ring-1 ring-line"
        onError={() => setBroken(true)}
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      style={style}
      className="grid shrink-0 place-items-center rounded-full bg-gradient-to-br from-indigo-500 to-violet-600 text-xs font-semibold text-white"
    >
      {initials(viewer.displayName)}
    </span>
  );
}

export function RoleBadge({ admin }: { admin: boolean }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-[11px] font-semibold tracking-wide uppercase ring-1 ring-inset ${
        admin
          ? 'bg-accent-soft text-accent-text ring-accent/25'
          : 'bg-surface-muted text-fg-muted ring-line-strong'
      }`}
    >
      {admin ? 'Admin' : 'User'}
    </span>
  );
}

export function UserMenu() {
  const viewer = useViewer();
  const signOut = useSignOut();
  return (
    <Menu
      label={`Account: ${viewer.displayName}`}
      buttonClassName="flex items-center gap-2 rounded-full p-1 text-sm font-medium text-fg hover:bg-surface-hover sm:rounded-lg sm:py-1 sm:pr-2 sm:pl-1"
      buttonContent={
        <>
          <Avatar viewer={viewer} />
          <span className="hidden max-w-40 truncate sm:inline">{viewer.displayName}</span>
          <ChevronDownIcon size={16} className="hidden text-fg-subtle sm:block" />
        </>
      }
      menuClassName="w-64"
    >
      <MenuHeader>
        <div className="flex items-center gap-3">
          <Avatar viewer={viewer} size={40} />
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
      <MenuItem icon={<SignOutIcon size={18} />} onSelect={() => signOut.mutate()}>
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </MenuItem>
    </Menu>
  );
}
