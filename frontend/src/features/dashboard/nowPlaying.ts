import type { NowPlayingFieldsFragment } from '../../gql/graphql';

export type NowPlaying = NowPlayingFieldsFragment;

function same(a: NowPlaying, b: NowPlaying): boolean {
  return (
    a.title === b.title &&
    a.grandparentTitle === b.grandparentTitle &&
    a.type === b.type &&
    a.progress === b.progress &&
    a.state === b.state &&
    a.player === b.player &&
    a.userTitle === b.userTitle &&
    a.transcoding === b.transcoding &&
    a.itemId === b.itemId &&
    a.posterUrl === b.posterUrl
  );
}

/**
 * Applies a pushed "now playing" list (always the whole list) to the one on screen without reshuffling it:
 * sessions already shown keep their place (with fresh data), ended ones go, new ones join at the end.
 * Unchanged sessions keep their object, and when nothing changed at all the previous list comes back as is.
 */
export function mergeNowPlaying(previous: readonly NowPlaying[] | undefined, pushed: readonly NowPlaying[]): NowPlaying[] {
  if (!previous) return [...pushed];
  const incoming = new Map(pushed.map((s) => [s.sessionKey, s]));
  const kept: NowPlaying[] = [];
  for (const old of previous) {
    const next = incoming.get(old.sessionKey);
    if (!next) continue;
    kept.push(same(old, next) ? old : next);
    incoming.delete(old.sessionKey);
  }
  const merged = [...kept, ...incoming.values()];
  const unchanged = merged.length === previous.length && merged.every((s, i) => s === previous[i]);
  return unchanged ? (previous as NowPlaying[]) : merged;
}
