import { STATUS, type MonitorStatus, type StatusTone } from './status';

const DOT: Record<StatusTone, string> = {
  success: 'bg-emerald-500 dark:bg-emerald-400',
  danger: 'bg-red-500 dark:bg-red-400',
  warning: 'bg-amber-500 dark:bg-amber-400',
  info: 'bg-sky-500 dark:bg-sky-400',
  neutral: 'bg-fg-subtle',
};

/** A colored dot; decorative, always shown next to words. */
export function StatusDot({ tone, className = '' }: { tone: StatusTone; className?: string }) {
  return (
    <span aria-hidden="true" className={`relative inline-flex size-2.5 shrink-0 rounded-full ${DOT[tone]} ${className}`}>
      {tone === 'danger' ? (
        <span className="absolute inset-0 animate-ping rounded-full bg-red-500/60 motion-reduce:animate-none" />
      ) : null}
    </span>
  );
}

/** Dot plus the status in words ("Up", "Down", …). */
export function StatusIndicator({ status, className = '' }: { status: MonitorStatus; className?: string }) {
  const { label, tone } = STATUS[status];
  return (
    <span className={`inline-flex items-center gap-1.5 text-xs font-medium text-fg-muted ${className}`}>
      <StatusDot tone={tone} />
      {label}
    </span>
  );
}
