/** Highest season number accepted (a typo guard: "1-1000" is not a request anyone means). */
export const MAX_SEASON = 100;

export type SeasonsParse = { ok: true; seasons: number[] } | { ok: false; error: string };

/**
 * Reads season numbers typed by a person: "1, 3", "2-4", "1 2 5–7" → sorted, without repeats.
 * Season 0 is specials.
 */
export function parseSeasons(text: string): SeasonsParse {
  const parts = text
    .replace(/\s*[-–]\s*/g, '-')
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return { ok: false, error: 'Enter at least one season number, like 1 or 2-4.' };
  const seasons = new Set<number>();
  for (const part of parts) {
    const range = /^(\d{1,3})-(\d{1,3})$/.exec(part);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (from > to) return { ok: false, error: `“${part}” runs backwards; write it as ${to}-${from}.` };
      if (to > MAX_SEASON) return { ok: false, error: `Season numbers go up to ${MAX_SEASON}.` };
      for (let n = from; n <= to; n++) seasons.add(n);
      continue;
    }
    if (!/^\d{1,3}$/.test(part)) return { ok: false, error: `“${part}” isn't a season number. Use numbers like 1, 3 or 2-4.` };
    const n = Number(part);
    if (n > MAX_SEASON) return { ok: false, error: `Season numbers go up to ${MAX_SEASON}.` };
    seasons.add(n);
  }
  return { ok: true, seasons: [...seasons].sort((a, b) => a - b) };
}

/** "All seasons", "Season 2", "Seasons 1, 3, 4" */
export function seasonsLabel(seasons: readonly number[]): string {
  if (seasons.length === 0) return 'All seasons';
  if (seasons.length === 1) return seasons[0] === 0 ? 'Specials' : `Season ${seasons[0]}`;
  return `Seasons ${seasons.join(', ')}`;
}
