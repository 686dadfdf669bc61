import { describe, expect, it } from 'vitest';
import { episodeCode, formatRating, formatRuntime, seasonLabel } from './format';

describe('library formatting', () => {
  it.each([
    [null, ''],
    [0, ''],
    [45 * 60_000, '45m'],
    [60 * 60_000, '1h'],
    [(2 * 60 + 15) * 60_000, '2h 15m'],
    [20_000, '1m'],
  ])('runtime %j → %j', (ms, expected) => {
    expect(formatRuntime(ms)).toBe(expected);
  });

  it('labels seasons and episodes', () => {
    expect(seasonLabel({ index: 2, title: 'Season 2' })).toBe('Season 2');
    expect(seasonLabel({ index: 0, title: 'Specials' })).toBe('Specials');
    expect(seasonLabel({ index: null, title: 'Extras' })).toBe('Extras');
    expect(episodeCode({ index: 5, parentIndex: 2 })).toBe('S2 · E5');
    expect(episodeCode({ index: null, parentIndex: null })).toBe('');
    expect(formatRating(7.84)).toBe('7.8');
    expect(formatRating(null)).toBe('');
  });
});
