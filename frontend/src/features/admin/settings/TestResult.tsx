import { CheckCircleIcon, XCircleIcon } from '../../../components/icons';

export interface TestOutcome {
  ok: boolean;
  message: string;
}

/** The outcome of "Test connection", in the server's exact words; announced when it arrives. */
export function TestResult({ testId, outcome }: { testId: string; outcome: TestOutcome | null }) {
  return (
    <div aria-live="polite" className={outcome ? '' : 'sr-only'}>
      {outcome ? (
        <div
          data-testid={testId}
          data-ok={outcome.ok ? 'true' : 'false'}
          className={`flex items-start gap-2.5 rounded-lg border px-3.5 py-2.5 text-sm ${
            outcome.ok
              ? 'border-emerald-200 bg-emerald-50 text-emerald-950 dark:border-emerald-400/25 dark:bg-emerald-400/10 dark:text-emerald-100'
              : 'border-red-200 bg-red-50 text-red-950 dark:border-red-400/25 dark:bg-red-400/10 dark:text-red-100'
          }`}
        >
          {outcome.ok ? (
            <CheckCircleIcon size={18} className="mt-0.5 shrink-0 text-emerald-600 dark:text-emerald-300" />
          ) : (
            <XCircleIcon size={18} className="mt-0.5 shrink-0 text-red-600 dark:text-red-300" />
          )}
          <p className="min-w-0 break-words">
            <span className="font-semibold">{outcome.ok ? 'Connected. ' : 'Connection failed. '}</span>
            {outcome.message}
          </p>
        </div>
      ) : null}
    </div>
  );
}
