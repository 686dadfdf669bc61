import { describe, expect, it } from 'vitest';
import { formatDuration, formatExactTime, formatRelativeTime } from './time';

const NOW = Date.UTC(2025, 2, 4, 12, 0, 0);
const ago = (ms: number): number => NOW - ms;
const SEC = 1000;
const MIN = 60 * SEC;
const HR = 60 * MIN;
const DAY = 24 * HR;

describe('formatRelativeTime', () => {
  it.each([
    [0, 'just now'],
    [30 * SEC, 'just now'],
    [59 * SEC, 'just now'],
    [60 * SEC, '1 min ago'],
    [2 * MIN + 30 * SEC, '2 min ago'],
    [59 * MIN, '59 min ago'],
    [HR, '1 hr ago'],
    [5 * HR + 59 * MIN, '5 hr ago'],
    [23 * HR, '23 hr ago'],
    [DAY + HR, 'yesterday'],
    [3 * DAY, '3 days ago'],
    [6 * DAY, '6 days ago'],
  ])('%i ms ago → %s', (diff, expected) => {
    expect(formatRelativeTime(ago(diff), NOW, 'en-US')).toBe(expected);
  });

  it('accepts ISO strings and Date objects', () => {
    expect(formatRelativeTime(new Date(ago(5 * MIN)).toISOString(), NOW)).toBe('5 min ago');
    expect(formatRelativeTime(new Date(ago(5 * MIN)), new Date(NOW))).toBe('5 min ago');
  });

  it('falls back to a calendar date after a week', () => {
    expect(formatRelativeTime(Date.UTC(2025, 1, 10, 12), NOW, 'en-US')).toBe('Feb 10');
    expect(formatRelativeTime(Date.UTC(2024, 1, 10, 12), NOW, 'en-US')).toBe('Feb 10, 2024');
  });

  it('handles small clock skew and future times', () => {
    expect(formatRelativeTime(NOW + 20 * SEC, NOW)).toBe('just now');
    expect(formatRelativeTime(NOW + 5 * MIN, NOW)).toBe('in 5 min');
    expect(formatRelativeTime(NOW + 3 * HR, NOW)).toBe('in 3 hr');
  });

  it('returns an empty string for invalid input', () => {
    expect(formatRelativeTime('not a date', NOW)).toBe('');
  });
});

describe('formatExactTime', () => {
  it('includes date and time', () => {
    const text = formatExactTime(NOW, 'en-US');
    expect(text).toContain('2025');
    expect(text).toMatch(/\d{1,2}:\d{2}:\d{2}/);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [12_400, '12s'],
    [65_000, '1m 05s'],
    [3_725_000, '1h 02m'],
    [-1, ''],
  ])('%i ms → %s', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
