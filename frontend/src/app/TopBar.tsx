import { MenuIcon } from '../components/icons';
import { SearchBox } from '../features/library/search/SearchBox';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LiveStatus } from './LiveStatus';
import { Brand } from './SidebarContent';
import { ThemeMenu } from './ThemeMenu';
import { UserMenu } from './UserMenu';

interface TopBarProps {
  onOpenMenu: () => void;
  menuOpen: boolean;
}

export function TopBar({ onOpenMenu, menuOpen }: TopBarProps) {
  return (
    <header className="group/top sticky top-0 z-30 flex h-16 items-center gap-2 border-b border-line bg-surface/85 px-3 backdrop-blur supports-[backdrop-filter]:bg-surface/75 sm:px-6 lg:px-8">
      <button
        type="button"
        onClick={onOpenMenu}
        aria-label="Open navigation"
        aria-haspopup="dialog"
        aria-expanded={menuOpen}
        className="grid size-10 place-items-center rounded-lg text-fg-muted hover:bg-surface-hover hover:text-fg lg:hidden"
      >
        <MenuIcon />
      </button>
      <div className="min-w-0 lg:hidden">
        {/* On small phones, and on phones showing the "reconnecting" notice, only the logo fits. */}
        <Brand wordmarkClassName="max-[28rem]:hidden group-has-[[data-warn]]/top:max-sm:hidden" />
      </div>
      <SearchBox />
      <div className="ml-auto flex items-center gap-1 sm:gap-2">
        <LiveStatus />
        <ThemeMenu />
        <NotificationBell />
        <UserMenu />
      </div>
    </header>
  );
}
