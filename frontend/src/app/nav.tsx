import type { ReactNode } from 'react';
import {
  ActivityIcon,
  DownloadIcon,
  HomeIcon,
  LibraryIcon,
  MegaphoneIcon,
  RequestsIcon,
  ScrollIcon,
  SearchIcon,
  ServerIcon,
  SettingsIcon,
  UsersIcon,
} from '../components/icons';
import { canManageSettings, canManageUsers } from '../features/auth/access';
import type { Viewer } from '../features/auth/useMe';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  /** Who sees the link; everyone when absent. */
  visible?: (viewer: Viewer) => boolean;
}

export interface NavSection {
  /** Heading above the links; the first section has none. */
  label: string | null;
  items: NavItem[];
}

const admin = (viewer: Viewer): boolean => viewer.isAdmin;

export const NAV_SECTIONS: NavSection[] = [
  {
    label: null,
    items: [
      { to: '/', label: 'Dashboard', icon: <HomeIcon /> },
      { to: '/library', label: 'Library', icon: <LibraryIcon /> },
      { to: '/search', label: 'Search', icon: <SearchIcon /> },
      { to: '/requests', label: 'Requests', icon: <RequestsIcon /> },
      { to: '/downloads', label: 'Downloads', icon: <DownloadIcon /> },
      { to: '/status', label: 'Status', icon: <ServerIcon /> },
    ],
  },
  {
    label: 'Admin',
    items: [
      { to: '/admin/users', label: 'Users', icon: <UsersIcon />, visible: canManageUsers },
      { to: '/admin/settings', label: 'Settings', icon: <SettingsIcon />, visible: canManageSettings },
      { to: '/admin/announcements', label: 'Announcements', icon: <MegaphoneIcon />, visible: admin },
      { to: '/admin/audit', label: 'Audit log', icon: <ScrollIcon />, visible: admin },
      { to: '/jobs', label: 'Jobs', icon: <ActivityIcon />, visible: admin },
    ],
  },
];

/** The sections and links this viewer may use (empty sections dropped). */
export function navFor(viewer: Viewer): NavSection[] {
  return NAV_SECTIONS.map((section) => ({
    ...section,
    items: section.items.filter((item) => !item.visible || item.visible(viewer)),
  })).filter((section) => section.items.length > 0);
}
