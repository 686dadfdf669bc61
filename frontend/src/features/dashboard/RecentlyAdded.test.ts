import { describe, expect, it } from 'vitest';
import { recentItems, type DashboardData, type RecentItem } from './api';
import { groupRecent } from './RecentlyAdded';

const show = { id: 's1', title: 'Frontier Diaries', posterUrl: '/images/s1/poster?w=300' };

function item(id: string, type: RecentItem['type'], extra: Partial<RecentItem> = {}): RecentItem {
  return {
    id,
    type,
    title: `Title ${id}`,
    year: 2020,
    posterUrl: `/images/${id}/poster?w=300`,
    genres: [],
    watched: null,
    rating: null,
    index: null,
    parentIndex: null,
    parent: null,
    ...extra,
  };
}

const episode = (id: string, index: number): RecentItem =>
  item(id, 'EPISODE', { index, parentIndex: 2, parent: { id: 'season', title: 'Season 2', index: 2, parent: show } });

describe('groupRecent', () => {
  it('gives a lone episode its show poster and an "S2 · E5 · title" line, linking to the episode', () => {
    const [card] = groupRecent([episode('e5', 5)]);
    expect(card).toMatchObject({ key: 's1', subtitle: 'S2 · E5 · Title e5' });
    expect(card!.card).toMatchObject({ id: 'e5', title: 'Frontier Diaries', posterUrl: show.posterUrl });
  });

  it('folds several new episodes (and the show itself) into one show card, keeping the newest position', () => {
    const cards = groupRecent([item('m1', 'MOVIE'), episode('e6', 6), item('m2', 'MOVIE'), episode('e5', 5), item('s1', 'SHOW')]);
    expect(cards.map((c) => [c.key, c.card.id, c.subtitle])).toEqual([
      ['m1', 'm1', undefined],
      ['s1', 's1', '2 new episodes'],
      ['m2', 'm2', undefined],
    ]);
  });

  it('stops at the card limit', () => {
    const movies = Array.from({ length: 20 }, (_, i) => item(`m${i}`, 'MOVIE'));
    expect(groupRecent(movies, 12)).toHaveLength(12);
  });
});

describe('recentItems', () => {
  it('reads the nodes of the recentlyAdded page, newest first', () => {
    const data = { recentlyAdded: { edges: [{ node: item('m2', 'MOVIE') }, { node: item('m1', 'MOVIE') }] } } as Pick<DashboardData, 'recentlyAdded'>;
    expect(recentItems(data as DashboardData)?.map((i) => i.id)).toEqual(['m2', 'm1']);
    expect(recentItems(undefined)).toBeUndefined();
  });
});
