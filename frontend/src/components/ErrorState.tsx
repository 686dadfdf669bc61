import { toFriendlyError } from '../lib/errors';
import { Button } from './Button';
import { AlertIcon, RefreshIcon } from './icons';

interface ErrorStateProps {
  error: unknown;
  /** What failed, e.g. "Couldn't load jobs". Falls back to the friendly error title. */
  title?: string;
  /** Overrides the explanation (e.g. with the server's own wording). */
  detail?: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** Compact single-line banner variant, for errors shown above existing data. */
  compact?: boolean;
  className?: string;
}

/** Says what happened and what to try, with a Retry button when retrying can help. */
export function ErrorState({ error, title, detail, onRetry, retrying = false, compact = false, className = '' }: ErrorStateProps) {
  const friendly = { ...toFriendlyError(error), ...(detail ? { detail } : {}) };
  const retry =
    onRetry && friendly.retryable ? (
      <Button size="sm" onClick={onRetry} loading={retrying} icon={<RefreshIcon size={16} />}>
        Retry
      </Button>
    ) : null;

  if (compact) {
    return (
      <div
        role="alert"
        className={`flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-400/25 dark:bg-red-400/10 dark:text-red-100 ${className}`}
      >
        <AlertIcon size={18} className="shrink-0 text-red-600 dark:text-red-300" />
        <p className="min-w-0 flex-1">
          <span className="font-semibold">{title ?? friendly.title}.</span> {friendly.detail}
        </p>
        {retry}
      </div>
    );
  }

  return (
    <div role="alert" className={`flex flex-col items-center px-6 py-12 text-center ${className}`}>
      <div className="mb-4 grid size-12 place-items-center rounded-full bg-red-50 text-red-600 dark:bg-red-400/10 dark:text-red-300">
        <AlertIcon size={22} />
      </div>
      <h3 className="text-base font-semibold text-fg">{title ?? friendly.title}</h3>
      <p className="mt-1.5 max-w-md text-sm text-fg-muted">{friendly.detail}</p>
      {retry ? <div className="mt-5">{retry}</div> : null}
    </div>
  );
}
