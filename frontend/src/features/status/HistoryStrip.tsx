import { formatExactTime } from '../../lib/time';
import { formatPing, historySummary, STATUS, type MonitorStatus, type Sample } from './status';

const FILL: Record<MonitorStatus, string> = {
  UP: 'fill-emerald-500 dark:fill-emerald-400',
  DOWN: 'fill-red-500 dark:fill-red-400',
  PENDING: 'fill-amber-500 dark:fill-amber-400',
  MAINTENANCE: 'fill-sky-500 dark:fill-sky-400',
  UNKNOWN: 'fill-fg-subtle',
};

/** The server sends up to 48 checks; fewer leave empty slots on the left, so strips line up. */
const SLOTS = 48;
const BAR = 2;
const GAP = 1;
const HEIGHT = 12;

interface HistoryStripProps {
  history: readonly Sample[];
  className?: string;
}

/**
 * One bar per check of the last 24 hours, oldest first, colored by status. Screen readers get the summary
 * ("Last 24 hours: 31 checks, 1 down"); each bar has a tooltip with its time, status and response time.
 */
export function HistoryStrip({ history, className = 'h-3 w-36' }: HistoryStripProps) {
  const slots = Math.max(SLOTS, history.length);
  const offset = slots - history.length;
  const step = BAR + GAP;
  const summary = historySummary(history);
  return (
    <svg
      role="img"
      aria-label={summary}
      viewBox={`0 0 ${slots * step - GAP} ${HEIGHT}`}
      preserveAspectRatio="none"
      className={`shrink-0 ${className}`}
      data-testid="history-strip"
    >
      <title>{summary}</title>
      {Array.from({ length: offset }, (_, i) => (
        <rect key={`empty-${i}`} x={i * step} y={HEIGHT - 2} width={BAR} height={2} className="fill-line-strong" />
      ))}
      {history.map((sample, i) => (
        <rect
          key={sample.at}
          x={(offset + i) * step}
          y={0}
          width={BAR}
          height={HEIGHT}
          rx={0.5}
          className={FILL[sample.status]}
          data-status={sample.status}
        >
          <title>{`${formatExactTime(sample.at)} · ${STATUS[sample.status].label}${sample.pingMs !== null ? ` · ${formatPing(sample.pingMs)}` : ''}`}</title>
        </rect>
      ))}
    </svg>
  );
}
