import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mockGraphQL, type GraphQLMock } from '../../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../../test/render';
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
  items,
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
    LibraryCollections: () => ({ libraryCollections: [] }),
  });
  return () => vi.unstubAllGlobals();
});

describe('Library collections', () => {
  it('lists collections as posters, each opening its titles', async () => {
    const user = userEvent.setup();
    const saga = Array.from({ length: 12 }, (_, i) => item(i + 1));
    api.handlers.LibraryCollections = () => ({
      libraryCollections: [collection('7', 'Star Wars Collection', saga, 14), collection('8', 'Alien Collection', [])],
    });
    renderWithProviders(<LibraryPage />, { route: '/library?view=collections', me: makeViewer() });

    const grid = await screen.findByRole('list', { name: 'Collections' });
    const cards = within(grid).getAllByTestId('collection-card');
    expect(cards.map((c) => c.dataset.collectionId)).toEqual(['7', '8']);
    expect(cards[0]).toHaveAccessibleName('Star Wars Collection, 14 titles');
    expect(cards[0]!.querySelector('img')).toHaveAttribute('src', '/images/101/poster?w=300');
    expect(screen.getByRole('button', { name: 'Collections' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByLabelText('Sort by')).not.toBeInTheDocument();
    expect(api.callsTo('LibraryCollections')).toEqual([{ sectionId: null, first: 50, items: 12 }]);
    expect(api.callsTo('LibraryItems')).toHaveLength(0);

    await user.click(cards[0]!);
    const dialog = screen.getByRole('dialog', { name: 'Star Wars Collection' });
    const posters = within(dialog).getAllByTestId('poster-card');
    expect(posters).toHaveLength(12);
    expect(posters[0]).toHaveAttribute('href', '/library/item/101');
    expect(posters[0]).toHaveTextContent('Star Wars 1');
    expect(within(dialog).getByText('Showing the first 12 of 14 titles. Plex shows the whole collection.')).toBeInTheDocument();
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
    expect(api.callsTo('LibraryCollections')).toEqual([{ sectionId: '1', first: 50, items: 12 }]);
  });
});
