import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'accent' | 'success' | 'warning' | 'danger' | 'info';

const TONES: Record<BadgeTone, string> = {
  neutral: 'bg-surface-muted text-fg-muted ring-line-strong',
  accent: 'bg-accent-soft text-accent-text ring-accent/25',
  success:
    'bg-emerald-50 text-emerald-800 ring-emerald-600/25 dark:bg-emerald-400/10 dark:text-emerald-300 dark:ring-emerald-400/30',
  warning: 'bg-amber-50 text-amber-800 ring-amber-600/25 dark:bg-amber-400/10 dark:text-amber-300 dark:ring-amber-400/30',
  danger: 'bg-red-50 text-red-800 ring-red-600/25 dark:bg-red-400/10 dark:text-red-300 dark:ring-red-400/30',
  info: 'bg-sky-50 text-sky-800 ring-sky-600/25 dark:bg-sky-400/10 dark:text-sky-300 dark:ring-sky-400/30',
};

/** Small pill label. Pair color with text (and an icon where useful): never color alone. */
export function Badge({
  tone = 'neutral',
  icon,
  children,
  className = '',
  upper = false,
}: {
  tone?: BadgeTone;
  icon?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Small caps style, for roles. */
  upper?: boolean;
}) {
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded-full px-2 py-0.5 font-medium whitespace-nowrap ring-1 ring-inset ${
        upper ? 'text-[11px] font-semibold tracking-wide uppercase' : 'text-xs'
      } ${TONES[tone]} ${className}`}
    >
      {icon}
      {children}
    </span>
  );
}

export function RoleBadge({ admin }: { admin: boolean }) {
  return (
    <Badge tone={admin ? 'accent' : 'neutral'} upper>
      {admin ? 'Admin' : 'User'}
    </Badge>
  );
}
