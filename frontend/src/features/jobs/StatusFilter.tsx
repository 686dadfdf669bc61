import { useSearchParams } from 'react-router';
import type { JobStatus } from './keys';
import { STATUS_META, STATUS_ORDER } from './status';

const PARAM = 'status';

/** Reads `?status=running` (case-insensitive); anything unknown means "All". */
export function parseStatusParam(value: string | null): JobStatus | null {
  if (!value) return null;
  const upper = value.toUpperCase();
  return (STATUS_ORDER as string[]).includes(upper) ? (upper as JobStatus) : null;
}

/** The status filter, kept in the URL so it survives reloads and can be shared. */
export function useStatusFilter(): [JobStatus | null, (status: JobStatus | null) => void] {
  const [params, setParams] = useSearchParams();
  const status = parseStatusParam(params.get(PARAM));
  const setStatus = (next: JobStatus | null): void => {
    setParams((prev) => {
      const copy = new URLSearchParams(prev);
      if (next) copy.set(PARAM, next.toLowerCase());
      else copy.delete(PARAM);
      return copy;
    });
  };
  return [status, setStatus];
}

const CHIP =
  'inline-flex h-8 items-center rounded-full px-3 text-sm font-medium ring-1 ring-inset transition-colors aria-pressed:bg-accent aria-pressed:text-accent-fg aria-pressed:ring-accent';
const CHIP_IDLE = 'bg-surface text-fg-muted ring-line-strong hover:bg-surface-hover hover:text-fg';

export function StatusFilter({ value, onChange }: { value: JobStatus | null; onChange: (s: JobStatus | null) => void }) {
  const options: Array<{ value: JobStatus | null; label: string }> = [
    { value: null, label: 'All' },
    ...STATUS_ORDER.map((s) => ({ value: s, label: STATUS_META[s].label })),
  ];
  return (
    <div role="group" aria-label="Filter jobs by status" className="flex flex-wrap gap-2">
      {options.map((option) => {
        const pressed = option.value === value;
        return (
          <button
            key={option.label}
            type="button"
            aria-pressed={pressed}
            onClick={() => onChange(option.value)}
            className={`${CHIP} ${pressed ? '' : CHIP_IDLE}`}
          >
            {option.label}
          </button>
        );
      })}
    </div>
  );
}
