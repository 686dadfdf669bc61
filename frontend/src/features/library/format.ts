import type { MediaType } from './keys';

export const POSTER_WIDTHS = [150, 300, 600] as const;

/** The same poster at another width: the image route takes `?w=150|300|600`. */
export function posterAt(url: string, width: number): string {
  if (/[?&]w=\d+/.test(url)) return url.replace(/([?&]w=)\d+/, `$1${width}`);
  return `${url}${url.includes('?') ? '&' : '?'}w=${width}`;
}

/** `srcset` with every width the server renders, so the browser picks by layout size and pixel density. */
export function posterSrcSet(url: string): string {
  return POSTER_WIDTHS.map((w) => `${posterAt(url, w)} ${w}w`).join(', ');
}

/** "2h 15m", "45m", "1h"; empty when unknown. */
export function formatRuntime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms <= 0) return '';
  const minutes = Math.max(1, Math.round(ms / 60_000));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h ${m}m`;
}

const TYPE_LABELS: Record<MediaType, string> = {
  MOVIE: 'Movie',
  SHOW: 'TV show',
  SEASON: 'Season',
  EPISODE: 'Episode',
};

export function typeLabel(type: MediaType): string {
  return TYPE_LABELS[type];
}

/** "Season 2" (or "Specials" for season 0), falling back to the title Plex gave it. */
export function seasonLabel(season: { index: number | null; title: string }): string {
  if (season.index === 0) return 'Specials';
  if (season.index !== null) return `Season ${season.index}`;
  return season.title;
}

/** "S2 · E5" style code for an episode, when its numbers are known. */
export function episodeCode(episode: { index: number | null; parentIndex: number | null }): string {
  const parts: string[] = [];
  if (episode.parentIndex !== null) parts.push(`S${episode.parentIndex}`);
  if (episode.index !== null) parts.push(`E${episode.index}`);
  return parts.join(' · ');
}

/** Rating out of 10 with one decimal, e.g. "7.8". */
export function formatRating(rating: number | null | undefined): string {
  if (rating === null || rating === undefined || !Number.isFinite(rating)) return '';
  return rating.toFixed(1);
}

/** A stable pair of hues for a title, so its fallback poster always looks the same. */
export function titleHues(title: string): [number, number] {
  let hash = 0;
  for (let i = 0; i < title.length; i++) hash = (hash * 31 + title.charCodeAt(i)) | 0;
  const hue = Math.abs(hash) % 360;
  return [hue, (hue + 40) % 360];
}

/** Up to two letters for a poster fallback: "The Dark Knight" → "DK", "Up" → "U". */
export function titleInitials(title: string): string {
  const words = title
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const meaningful = words.length > 1 ? words.filter((w) => !/^(the|a|an)$/i.test(w)) : words;
  const chosen = (meaningful.length > 0 ? meaningful : words).slice(0, 2);
  return chosen.map((w) => w[0]!.toUpperCase()).join('') || '?';
}
