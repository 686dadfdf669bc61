import { describe, expect, it } from 'vitest';
import { actionLabel, diffValues, formatValue, humanizeKey, targetLabel } from './format';

describe('diffValues', () => {
  it('lists only changed keys and counts the rest', () => {
    const before = { role: 'user', active: true, permissions: ['request'], requests_per_week: null };
    const after = { role: 'admin', active: true, permissions: ['request', 'download'], requests_per_week: null };
    expect(diffValues(before, after)).toEqual({
      rows: [
        { key: 'role', before: 'user', after: 'admin', kind: 'changed' },
        { key: 'permissions', before: ['request'], after: ['request', 'download'], kind: 'changed' },
      ],
      unchanged: 2,
    });
  });

  it('treats a missing side as added or removed', () => {
    expect(diffValues(null, { name: 'CI' }).rows).toEqual([{ key: 'name', before: undefined, after: 'CI', kind: 'added' }]);
    expect(diffValues({ name: 'CI' }, null).rows).toEqual([{ key: 'name', before: 'CI', after: undefined, kind: 'removed' }]);
    expect(diffValues(null, null)).toEqual({ rows: [], unchanged: 0 });
  });

  it('compares plain values as one row', () => {
    expect(diffValues(1, 2).rows).toEqual([{ key: 'value', before: 1, after: 2, kind: 'changed' }]);
  });
});

describe('labels', () => {
  it('humanizes keys with acronyms', () => {
    expect(humanizeKey('requests_per_week')).toBe('Requests per week');
    expect(humanizeKey('apiKeySet')).toBe('API key set');
    expect(humanizeKey('url')).toBe('URL');
  });

  it('formats values readably', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(true)).toBe('Yes');
    expect(formatValue(['read', 'request'])).toBe('read, request');
    expect(formatValue([])).toBe('(none)');
    expect(formatValue({ a: 1 })).toBe('{\n  "a": 1\n}');
  });

  it('names actions and targets', () => {
    expect(actionLabel('user.update')).toBe('Changed a user');
    expect(actionLabel('custom.thing')).toBe('custom.thing');
    expect(targetLabel('user', '12')).toBe('User #12');
    expect(targetLabel('settings', 'uptime_kuma')).toBe('Settings: Uptime kuma');
    expect(targetLabel('user', null)).toBe('User');
  });
});
