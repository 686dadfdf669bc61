import type { MonitorFieldsFragment, MonitorStatus } from '../../gql/graphql';

export type Monitor = MonitorFieldsFragment;
export type Sample = Monitor['history'][number];
export type { MonitorStatus };

export type StatusTone = 'success' | 'danger' | 'warning' | 'info' | 'neutral';

/** Words and tone for each status: the dot's color is never the only signal. */
export const STATUS: Record<MonitorStatus, { label: string; tone: StatusTone }> = {
  UP: { label: 'Up', tone: 'success' },
  DOWN: { label: 'Down', tone: 'danger' },
  PENDING: { label: 'Pending', tone: 'warning' },
  MAINTENANCE: { label: 'Maintenance', tone: 'info' },
  UNKNOWN: { label: 'Unknown', tone: 'neutral' },
};

/** A service that is failing (down) or failing its retries (pending). */
export const isProblem = (status: MonitorStatus): boolean => status === 'DOWN' || status === 'PENDING';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export interface Headline {
  text: string;
  tone: StatusTone;
}

/**
 * One sentence for the whole page: "All services are up", "Plex is down", "2 services have problems";
 * then maintenance, then services without a recent check.
 */
export function headline(monitors: readonly Pick<Monitor, 'name' | 'status'>[]): Headline {
  if (monitors.length === 0) return { text: 'No services to show', tone: 'neutral' };
  const problems = monitors.filter((m) => isProblem(m.status));
  if (problems.length === 1) {
    const [only] = problems;
    return { text: only!.status === 'DOWN' ? `${only!.name} is down` : `${only!.name} is having problems`, tone: 'danger' };
  }
  if (problems.length > 1) return { text: `${problems.length} services have problems`, tone: 'danger' };
  const maintenance = monitors.filter((m) => m.status === 'MAINTENANCE');
  if (maintenance.length === 1) return { text: `${maintenance[0]!.name} is under maintenance`, tone: 'info' };
  if (maintenance.length > 1) return { text: `${maintenance.length} services are under maintenance`, tone: 'info' };
  const unknown = monitors.filter((m) => m.status === 'UNKNOWN');
  if (unknown.length === monitors.length) return { text: 'Waiting for the first check', tone: 'neutral' };
  if (unknown.length === 1) return { text: `${unknown[0]!.name} hasn't been checked yet`, tone: 'neutral' };
  if (unknown.length > 1) return { text: `${unknown.length} services haven't been checked yet`, tone: 'neutral' };
  return { text: monitors.length === 1 ? `${monitors[0]!.name} is up` : 'All services are up', tone: 'success' };
}

/** "Last 24 hours: 31 checks, 1 down" — the spoken version of the history strip. */
export function historySummary(history: readonly Pick<Sample, 'status'>[]): string {
  if (history.length === 0) return 'Last 24 hours: no checks yet';
  const tally = new Map<MonitorStatus, number>();
  for (const sample of history) tally.set(sample.status, (tally.get(sample.status) ?? 0) + 1);
  const parts = (['DOWN', 'PENDING', 'MAINTENANCE', 'UNKNOWN'] as const)
    .filter((s) => tally.has(s))
    .map((s) => `${tally.get(s)} ${STATUS[s].label.toLowerCase()}`);
  const checks = count(history.length, 'check', 'checks');
  return `Last 24 hours: ${checks}, ${parts.length > 0 ? parts.join(', ') : history.length === 1 ? 'up' : 'all up'}`;
}

/** Groups in the order Uptime Kuma lists them; monitors keep their order inside a group. */
export function groupMonitors<T extends Pick<Monitor, 'group'>>(monitors: readonly T[]): Array<{ name: string; monitors: T[] }> {
  const groups = new Map<string, T[]>();
  for (const monitor of monitors) {
    const list = groups.get(monitor.group);
    if (list) list.push(monitor);
    else groups.set(monitor.group, [monitor]);
  }
  return [...groups].map(([name, list]) => ({ name, monitors: list }));
}

/** Share up (0–1) as a percentage, never rounded up to 100%: 0.99987 → "99.98%", null → "—". */
export function formatUptime(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const percent = Math.floor(Math.min(1, Math.max(0, value)) * 10_000 + 1e-6) / 100;
  return `${percent}%`;
}

export function formatPing(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '—' : `${ms} ms`;
}
