import type { ReactNode } from 'react';
import type { BadgeTone } from '../../components/Badge';
import { AlertIcon, InfoIcon, SettingsIcon, XCircleIcon } from '../../components/icons';
import type { AnnouncementSeverity } from './api';

interface SeverityStyle {
  label: string;
  /** What the admin form's select says about it. */
  description: string;
  /** The banner's border, background and text. */
  box: string;
  icon: ReactNode;
  badge: BadgeTone;
}

/** Colour and words per severity: information blue, maintenance amber, warnings orange, outages red. */
export const SEVERITY: Record<AnnouncementSeverity, SeverityStyle> = {
  INFO: {
    label: 'Info',
    description: 'News and tips',
    box: 'border-sky-200 bg-sky-50 text-sky-950 dark:border-sky-400/25 dark:bg-sky-400/10 dark:text-sky-100',
    icon: <InfoIcon size={18} className="text-sky-600 dark:text-sky-300" />,
    badge: 'info',
  },
  MAINTENANCE: {
    label: 'Maintenance',
    description: 'Planned work',
    box: 'border-amber-200 bg-amber-50 text-amber-950 dark:border-amber-400/25 dark:bg-amber-400/10 dark:text-amber-100',
    icon: <SettingsIcon size={18} className="text-amber-600 dark:text-amber-300" />,
    badge: 'warning',
  },
  WARNING: {
    label: 'Warning',
    description: 'Something may not work as usual',
    box: 'border-orange-300 bg-orange-50 text-orange-950 dark:border-orange-400/30 dark:bg-orange-400/10 dark:text-orange-100',
    icon: <AlertIcon size={18} className="text-orange-600 dark:text-orange-300" />,
    badge: 'warning',
  },
  OUTAGE: {
    label: 'Outage',
    description: 'Something is down',
    box: 'border-red-200 bg-red-50 text-red-950 dark:border-red-400/25 dark:bg-red-400/10 dark:text-red-100',
    icon: <XCircleIcon size={18} className="text-red-600 dark:text-red-300" />,
    badge: 'danger',
  },
};

export function severityStyle(severity: AnnouncementSeverity): SeverityStyle {
  return SEVERITY[severity] ?? SEVERITY.INFO;
}

/** "Mar 4, 2025, 5:00 PM" for an end time. */
export function formatEnd(value: string, locale?: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
