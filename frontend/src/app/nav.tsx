import type { ReactNode } from 'react';
import { ActivityIcon, DownloadIcon, HomeIcon, LibraryIcon, RequestsIcon } from '../components/icons';

export interface NavItem {
  to: string;
  label: string;
  icon: ReactNode;
  adminOnly?: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'Dashboard', icon: <HomeIcon /> },
  { to: '/library', label: 'Library', icon: <LibraryIcon /> },
  { to: '/requests', label: 'Requests', icon: <RequestsIcon /> },
  { to: '/downloads', label: 'Downloads', icon: <DownloadIcon /> },
  { to: '/jobs', label: 'Jobs', icon: <ActivityIcon />, adminOnly: true },
];
