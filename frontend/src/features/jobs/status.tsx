import type { ReactNode } from 'react';
import { BanIcon, CheckCircleIcon, ClockIcon, SpinnerIcon, XCircleIcon } from '../../components/icons';
import type { JobStatus } from './keys';

interface StatusMeta {
  label: string;
  icon: ReactNode;
  badge: string;
}

export const STATUS_ORDER: JobStatus[] = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'];

export const STATUS_META: Record<JobStatus, StatusMeta> = {
  QUEUED: {
    label: 'Queued',
    icon: <ClockIcon size={14} />,
    badge: 'bg-slate-100 text-slate-700 ring-slate-500/25 dark:bg-slate-400/10 dark:text-slate-300 dark:ring-slate-400/25',
  },
  RUNNING: {
    label: 'Running',
    icon: <SpinnerIcon size={14} />,
    badge: 'bg-sky-50 text-sky-800 ring-sky-600/25 dark:bg-sky-400/10 dark:text-sky-300 dark:ring-sky-400/30',
  },
  SUCCEEDED: {
    label: 'Succeeded',
    icon: <CheckCircleIcon size={14} />,
    badge:
      'bg-emerald-50 text-emerald-800 ring-emerald-600/25 dark:bg-emerald-400/10 dark:text-emerald-300 dark:ring-emerald-400/30',
  },
  FAILED: {
    label: 'Failed',
    icon: <XCircleIcon size={14} />,
    badge: 'bg-red-50 text-red-800 ring-red-600/25 dark:bg-red-400/10 dark:text-red-300 dark:ring-red-400/30',
  },
  CANCELLED: {
    label: 'Cancelled',
    icon: <BanIcon size={14} />,
    badge: 'bg-amber-50 text-amber-800 ring-amber-600/25 dark:bg-amber-400/10 dark:text-amber-300 dark:ring-amber-400/30',
  },
};

/** Color plus icon plus text, so status never depends on color alone. */
export function StatusBadge({ status }: { status: JobStatus }) {
  const meta = STATUS_META[status];
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${meta.badge}`}
    >
      {meta.icon}
      {meta.label}
    </span>
  );
}

/** Human label for a job kind: "housekeeping" → "Housekeeping", "youtube_download" → "Youtube download". */
export function kindLabel(kind: string): string {
  const words = kind.replace(/[_.-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : kind;
}
