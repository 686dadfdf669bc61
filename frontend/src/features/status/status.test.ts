import { describe, expect, it } from 'vitest';
import { formatUptime, groupMonitors, headline, historySummary, type MonitorStatus } from './status';

const m = (name: string, status: MonitorStatus) => ({ name, status });
const samples = (...statuses: MonitorStatus[]) => statuses.map((status) => ({ status }));

describe('headline', () => {
  it.each([
    [[m('Plex', 'UP'), m('Overseerr', 'UP')], 'All services are up', 'success'],
    [[m('Plex', 'DOWN'), m('Overseerr', 'UP')], 'Plex is down', 'danger'],
    [[m('Plex', 'PENDING'), m('Overseerr', 'UP')], 'Plex is having problems', 'danger'],
    [[m('Plex', 'DOWN'), m('Overseerr', 'PENDING'), m('NAS', 'UP')], '2 services have problems', 'danger'],
    [[m('Plex', 'DOWN'), m('NAS', 'MAINTENANCE')], 'Plex is down', 'danger'],
    [[m('NAS', 'MAINTENANCE'), m('Plex', 'UP')], 'NAS is under maintenance', 'info'],
    [[m('NAS', 'MAINTENANCE'), m('Plex', 'MAINTENANCE')], '2 services are under maintenance', 'info'],
    [[m('NAS', 'UNKNOWN'), m('Plex', 'UP')], "NAS hasn't been checked yet", 'neutral'],
    [[m('NAS', 'UNKNOWN'), m('Plex', 'UNKNOWN')], 'Waiting for the first check', 'neutral'],
    [[m('Plex', 'UP')], 'Plex is up', 'success'],
    [[], 'No services to show', 'neutral'],
  ])('%j → %s', (monitors, text, tone) => {
    expect(headline(monitors)).toEqual({ text, tone });
  });
});

describe('historySummary', () => {
  it('counts checks and anything that was not up', () => {
    const history = [...samples(...Array<MonitorStatus>(30).fill('UP')), ...samples('DOWN')];
    expect(historySummary(history)).toBe('Last 24 hours: 31 checks, 1 down');
    expect(historySummary(samples('UP', 'DOWN', 'PENDING', 'DOWN', 'MAINTENANCE'))).toBe(
      'Last 24 hours: 5 checks, 2 down, 1 pending, 1 maintenance',
    );
  });

  it('says when everything was up, or nothing was checked', () => {
    expect(historySummary(samples('UP', 'UP'))).toBe('Last 24 hours: 2 checks, all up');
    expect(historySummary(samples('UP'))).toBe('Last 24 hours: 1 check, up');
    expect(historySummary([])).toBe('Last 24 hours: no checks yet');
  });
});

describe('formatting and grouping', () => {
  it('shows uptime without rounding up to 100%', () => {
    expect(formatUptime(1)).toBe('100%');
    expect(formatUptime(0.9987)).toBe('99.87%');
    expect(formatUptime(0.99999)).toBe('99.99%');
    expect(formatUptime(0.5)).toBe('50%');
    expect(formatUptime(null)).toBe('—');
  });

  it('groups in first-seen order', () => {
    const groups = groupMonitors([
      { id: '1', group: 'Media' },
      { id: '2', group: 'Network' },
      { id: '3', group: 'Media' },
    ]);
    expect(groups.map((g) => [g.name, g.monitors.map((x) => x.id)])).toEqual([
      ['Media', ['1', '3']],
      ['Network', ['2']],
    ]);
  });
});
