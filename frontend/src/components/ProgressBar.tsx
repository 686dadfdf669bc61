interface ProgressBarProps {
  /** 0..1 */
  value: number;
  /** Accessible name, e.g. "Housekeeping progress". */
  label: string;
  /** What a screen reader announces for the value (e.g. "42%, downloading, 2 min left"); the percent by default. */
  valueText?: string;
  className?: string;
}

export function ProgressBar({ value, label, valueText, className = '' }: ProgressBarProps) {
  const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  const percent = Math.round(clamped * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={valueText ?? `${percent}%`}
      className={`h-2 w-full overflow-hidden rounded-full bg-surface-muted ${className}`}
    >
      <div
        className="progress-stripes h-full rounded-full bg-sky-600 transition-[width] duration-500 ease-out dark:bg-sky-500"
        style={{ width: `${Math.max(percent, 2)}%` }}
      />
    </div>
  );
}
