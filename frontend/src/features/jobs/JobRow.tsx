import { ProgressBar } from '../../components/ProgressBar';
import { RelativeTime } from '../../components/RelativeTime';
import { formatDuration } from '../../lib/time';
import { CancelJobButton } from './CancelJobButton';
import type { Job } from './keys';
import { kindLabel, StatusBadge } from './status';

function Timing({ job }: { job: Job }) {
  if (job.finishedAt) {
    const took = job.startedAt ? formatDuration(Date.parse(job.finishedAt) - Date.parse(job.startedAt)) : '';
    const verb = job.status === 'CANCELLED' ? 'Cancelled' : job.status === 'FAILED' ? 'Failed' : 'Finished';
    return (
      <>
        <RelativeTime value={job.finishedAt} prefix={`${verb} `} />
        {took ? (
          <>
            <span aria-hidden="true">·</span>
            <span>took {took}</span>
          </>
        ) : null}
      </>
    );
  }
  if (job.startedAt) return <RelativeTime value={job.startedAt} prefix="Started " />;
  return <RelativeTime value={job.createdAt} prefix="Queued " />;
}

interface JobRowProps {
  job: Job;
  /** Show the Cancel button for queued/running jobs. */
  cancellable?: boolean;
  /** Denser layout for dashboard cards. */
  compact?: boolean;
}

export function JobRow({ job, cancellable = false, compact = false }: JobRowProps) {
  const running = job.status === 'RUNNING';
  const active = running || job.status === 'QUEUED';
  const percent = Math.round(Math.min(1, Math.max(0, job.progress)) * 100);
  const owner = job.owner?.displayName ?? 'System';

  return (
    <li
      data-testid="job-row"
      data-job-id={job.id}
      data-status={job.status}
      className={compact ? 'px-4 py-3 sm:px-5' : 'px-4 py-4 sm:px-5'}
    >
      <div className="flex items-start gap-3">
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-2.5 gap-y-1">
            <h3 className="min-w-0 truncate text-sm font-semibold text-fg">{job.title}</h3>
            <StatusBadge status={job.status} />
          </div>
          <p className="mt-1 flex flex-wrap gap-x-1.5 gap-y-0.5 text-xs text-fg-subtle">
            <span>{kindLabel(job.kind)}</span>
            <span aria-hidden="true">·</span>
            <span>
              <span className="sr-only">Owner: </span>
              {owner}
            </span>
            {/* On phones the timing gets its own line instead of wrapping mid-sentence. */}
            <span className="flex basis-full flex-wrap gap-x-1.5 sm:basis-auto">
              <span aria-hidden="true" className="hidden sm:inline">
                ·
              </span>
              <Timing job={job} />
              {job.attempts > 1 ? (
                <>
                  <span aria-hidden="true">·</span>
                  <span>attempt {job.attempts}</span>
                </>
              ) : null}
            </span>
          </p>
        </div>
        {cancellable && active ? <CancelJobButton job={job} /> : null}
      </div>

      {running ? (
        <div className="mt-3 flex items-center gap-3">
          <ProgressBar value={job.progress} label={`${job.title} progress`} />
          <span className="w-10 shrink-0 text-right text-xs font-medium text-fg-muted tabular-nums" aria-hidden="true">
            {percent}%
          </span>
        </div>
      ) : null}

      {job.message && (!compact || running) ? (
        <p className="mt-2 text-sm break-words text-fg-muted">{job.message}</p>
      ) : null}
      {job.status === 'FAILED' && job.error ? (
        <p className="mt-2 rounded-md bg-red-50 px-2.5 py-1.5 text-xs break-words text-red-800 dark:bg-red-400/10 dark:text-red-200">
          {job.error}
        </p>
      ) : null}
    </li>
  );
}
