import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, type GraphQLMock } from '../../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../../test/render';
import { featureKeys } from '../../status/features';
import type { LibraryCollection, PosterItem } from '../api';
import { LibraryPage } from '../LibraryPage';

const item = (n: number): PosterItem => ({
  id: String(100 + n),
  title: `Star Wars ${n}`,
  year: 1976 + n,
  type: 'MOVIE',
  posterUrl: `/images/${100 + n}/poster?w=300`,
  genres: [],
  watched: false,
  rating: null,
});

const collection = (id: string, title: string, items: PosterItem[], itemCount = items.length): LibraryCollection => ({
  id,
  sectionId: '1',
  title,
  summary: `${title}, in order.`,
  itemCount,
  posterUrl: items[0]?.posterUrl ?? null,
});

/** A connection (or, without a total, an item page) of the given nodes. */
function page<T extends { id: string }>(nodes: T[], hasNextPage = false) {
  return {
    edges: nodes.map((node) => ({ cursor: `c${node.id}`, node })),
    pageInfo: { hasNextPage, endCursor: nodes.length ? `c${nodes.at(-1)!.id}` : null },
  };
}
const collections = (list: LibraryCollection[], hasNextPage = false, totalCount = list.length) => ({
  libraryCollections: { ...page(list, hasNextPage), totalCount },
});

let api: GraphQLMock;
beforeEach(() => {
  vi.stubGlobal('IntersectionObserver', undefined);
  api = mockGraphQL({
    LibrarySections: () => ({
      librarySections: [{ id: '1', title: 'Movies', type: 'movie', itemCount: 40, syncedAt: '2025-03-04T12:00:00Z' }],
    }),
    LibraryStatus: () => ({
      libraryStatus: { plexReachable: true, breakerOpen: false, lastSyncAt: '2025-03-04T12:00:00Z', itemCount: 40 },
    }),
    LibraryItems: () => ({ libraryItems: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } }),
    LibraryCollections: () => collections([]),
  });
  return () => vi.unstubAllGlobals();
});

describe('Library collections', () => {
  it('lists collections as posters, each opening its titles', async () => {
    const user = userEvent.setup();
    const saga = Array.from({ length: 30 }, (_, i) => item(i + 1));
    const starWars = collection('7', 'Star Wars Collection', saga, 30);
    api.handlers.LibraryCollections = () => collections([starWars, collection('8', 'Alien Collection', [])]);
    api.handlers.LibraryCollection = ({ id, first, after }) => {
      const start = after === null ? 0 : saga.findIndex((i) => `c${i.id}` === after) + 1;
      const items = saga.slice(start, start + Number(first));
      return { libraryCollection: { id, title: starWars.title, summary: starWars.summary, itemCount: 30, items: page(items, start + items.length < 30) } };
    };
    renderWithProviders(<LibraryPage />, { route: '/library?view=collections', me: makeViewer() });

    const grid = await screen.findByRole('list', { name: 'Collections' });
    const cards = within(grid).getAllByTestId('collection-card');
    expect(cards.map((c) => c.dataset.collectionId)).toEqual(['7', '8']);
    expect(cards[0]).toHaveAccessibleName('Star Wars Collection, 30 titles');
    expect(cards[0]!.querySelector('img')).toHaveAttribute('src', '/images/101/poster?w=300');
    expect(screen.getByRole('button', { name: 'Collections' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByLabelText('Sort by')).not.toBeInTheDocument();
    expect(api.callsTo('LibraryCollections')).toEqual([{ sectionId: null, first: 50, after: null }]);
    expect(api.callsTo('LibraryItems')).toHaveLength(0);

    await user.click(cards[0]!);
    const dialog = screen.getByRole('dialog', { name: 'Star Wars Collection' });
    await waitFor(() => expect(within(dialog).getAllByTestId('poster-card')).toHaveLength(24));
    const posters = within(dialog).getAllByTestId('poster-card');
    expect(posters[0]).toHaveAttribute('href', '/library/item/101');
    expect(posters[0]).toHaveTextContent('Star Wars 1');
    expect(within(dialog).getByText('Showing 24 of 30 titles')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(dialog).getAllByTestId('poster-card')).toHaveLength(30));
    expect(api.callsTo('LibraryCollection')).toEqual([
      { id: '7', first: 24, after: null },
      { id: '7', first: 24, after: 'c124' },
    ]);
    expect(within(dialog).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cards[0]).toHaveFocus();

    // Back to the titles: the grid's own query runs then.
    await user.click(screen.getByRole('button', { name: 'Titles' }));
    await waitFor(() => expect(api.callsTo('LibraryItems')).toHaveLength(1));
    expect(screen.getByLabelText('Sort by')).toBeInTheDocument();
  });

  it('says when a section has no collections', async () => {
    renderWithProviders(<LibraryPage />, { route: '/library?view=collections&section=1', me: makeViewer() });
    expect(await screen.findByText('Movies has no collections')).toBeInTheDocument();
    expect(api.callsTo('LibraryCollections')).toEqual([{ sectionId: '1', first: 50, after: null }]);
  });

  it('loads more collections when a section has more than a page of them', async () => {
    const user = userEvent.setup();
    const first = Array.from({ length: 50 }, (_, i) => collection(String(i + 1), `Collection ${i + 1}`, []));
    api.handlers.LibraryCollections = ({ after }) =>
      after === null ? collections(first, true, 51) : collections([collection('51', 'Collection 51', [])], false, 51);
    renderWithProviders(<LibraryPage />, { route: '/library?view=collections', me: makeViewer() });
    const grid = await screen.findByRole('list', { name: 'Collections' });
    expect(within(grid).getAllByTestId('collection-card')).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 51 collections')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more collections' }));
    await waitFor(() => expect(within(grid).getAllByTestId('collection-card')).toHaveLength(51));
    expect(api.callsTo('LibraryCollections')).toEqual([
      { sectionId: null, first: 50, after: null },
      { sectionId: null, first: 50, after: 'c50' },
    ]);
  });

  it('says, without a reload, when the server reports the library unavailable', async () => {
    const view = renderWithProviders(<LibraryPage />, { route: '/library?view=collections', me: makeViewer() });
    expect(await screen.findByText('No collections yet')).toBeInTheDocument();
    expect(screen.queryByTestId('feature-banner-library')).not.toBeInTheDocument();
    act(() =>
      view.client.setQueryData(featureKeys.all, [
        { name: 'library', available: false, message: 'Plex is unreachable: showing the library as last synced.' },
        { name: 'requests', available: true, message: null },
      ]),
    );
    const banner = await screen.findByTestId('feature-banner-library');
    expect(banner).toHaveAttribute('role', 'status');
    expect(banner).toHaveTextContent('Plex is unreachable: showing the library as last synced.');
    act(() => view.client.setQueryData(featureKeys.all, [{ name: 'library', available: true, message: null }]));
    await waitFor(() => expect(screen.queryByTestId('feature-banner-library')).not.toBeInTheDocument());
  });
});
