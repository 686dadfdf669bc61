const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value);
}

/**
 * Short, friendly relative time: "just now", "2 min ago", "3 hr ago", "yesterday", "4 days ago",
 * then a calendar date ("Mar 4", or "Mar 4, 2024" in another year). Future times (clock skew) read as "just now"
 * when within a minute, else "in 5 min".
 */
export function formatRelativeTime(value: Date | string | number, now: Date | number = Date.now(), locale?: string): string {
  const date = toDate(value);
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const time = date.getTime();
  if (Number.isNaN(time)) return '';
  const diff = nowMs - time;
  const abs = Math.abs(diff);

  if (abs < MINUTE) return 'just now';
  if (diff < 0) {
    if (abs < HOUR) return `in ${Math.round(abs / MINUTE)} min`;
    if (abs < DAY) return `in ${Math.round(abs / HOUR)} hr`;
    return formatCalendarDate(date, nowMs, locale);
  }
  if (diff < HOUR) return `${Math.floor(diff / MINUTE)} min ago`;
  if (diff < DAY) return `${Math.floor(diff / HOUR)} hr ago`;
  if (diff < 2 * DAY) return 'yesterday';
  if (diff < 7 * DAY) return `${Math.floor(diff / DAY)} days ago`;
  return formatCalendarDate(date, nowMs, locale);
}

function formatCalendarDate(date: Date, nowMs: number, locale?: string): string {
  const sameYear = date.getFullYear() === new Date(nowMs).getFullYear();
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** Full date and time for tooltips and screen readers, e.g. "Mar 4, 2025, 2:07:31 PM". */
export function formatExactTime(value: Date | string | number, locale?: string): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** "1m 05s" style durations for finished jobs. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '';
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 60) return `${totalSeconds}s`;
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes < 60) return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
  const hours = Math.floor(minutes / 60);
  return `${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** Calendar date without time, e.g. "Mar 4, 2026". */
export function formatDate(value: Date | string | number, locale?: string): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}
