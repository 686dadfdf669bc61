import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, type GraphQLMock } from '../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../test/render';
import type { PosterItem } from './api';
import { LibraryPage } from './LibraryPage';

/** IntersectionObserver stand-in: tests decide when the sentinel "scrolls into view". */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly elements = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.instances.push(this);
  }
  observe(element: Element): void {
    this.elements.add(element);
  }
  unobserve(element: Element): void {
    this.elements.delete(element);
  }
  disconnect(): void {
    this.elements.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
  static scrollToBottom(): void {
    for (const observer of FakeObserver.instances) {
      if (observer.elements.size === 0) continue;
      const entries = [...observer.elements].map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
      observer.callback(entries, observer as unknown as IntersectionObserver);
    }
  }
}

function makeItem(n: number): PosterItem {
  return {
    id: String(n),
    title: `Movie ${String(n).padStart(3, '0')}`,
    year: 1990 + (n % 30),
    type: 'MOVIE',
    posterUrl: `/images/${n}/poster?w=300`,
    genres: n % 2 ? ['Drama'] : ['Comedy'],
    watched: n % 3 === 0,
    rating: 7,
  };
}

const TOTAL = 130;
const ALL = Array.from({ length: TOTAL }, (_, i) => makeItem(i + 1));

/** Serves ALL in pages of `first`, with offset cursors like the server's. */
function pagedItems(variables: Record<string, unknown>) {
  const first = Number(variables.first);
  const start = typeof variables.after === 'string' ? Number(variables.after) : 0;
  const slice = ALL.slice(start, start + first);
  return {
    libraryItems: {
      totalCount: TOTAL,
      pageInfo: { hasNextPage: start + first < TOTAL, endCursor: String(start + slice.length) },
      edges: slice.map((node, i) => ({ cursor: String(start + i + 1), node })),
    },
  };
}

let api: GraphQLMock;
beforeEach(() => {
  FakeObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  api = mockGraphQL({
    LibrarySections: () => ({
      librarySections: [
        { id: '1', title: 'Movies', type: 'movie', itemCount: 130, syncedAt: '2025-03-04T12:00:00Z' },
        { id: '2', title: 'TV Shows', type: 'show', itemCount: 8, syncedAt: '2025-03-04T12:00:00Z' },
      ],
    }),
    LibraryStatus: () => ({
      libraryStatus: { plexReachable: true, breakerOpen: false, lastSyncAt: '2025-03-04T12:00:00Z', itemCount: 138 },
    }),
    LibraryItems: pagedItems,
  });
});

const cards = (): HTMLElement[] => screen.queryAllByTestId('poster-card');

describe('LibraryPage grid', () => {
  it('shows a skeleton grid, then the first page as a list of linked poster cards', async () => {
    renderWithProviders(<LibraryPage />, { route: '/library', me: makeViewer() });
    expect(screen.getAllByTestId('poster-skeleton-card').length).toBeGreaterThan(0);
    await waitFor(() => expect(cards()).toHaveLength(60));

    const list = screen.getByRole('list', { name: 'All titles' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(60);
    const third = cards()[2]!;
    expect(third).toHaveAttribute('data-item-id', '3');
    expect(third).toHaveAttribute('href', '/library/item/3');
    expect(third).toHaveTextContent('Movie 003');
    expect(third).toHaveTextContent('1993');
    expect(within(third).getByText('Watched')).toBeInTheDocument();
    expect(screen.getByText('130 titles')).toBeInTheDocument();
    expect(api.callsTo('LibraryItems')[0]).toMatchObject({ first: 60, after: null, sort: 'TITLE', unwatched: null });
  });

  it('loads the next page when the sentinel scrolls into view, once per page, until the last', async () => {
    renderWithProviders(<LibraryPage />, { route: '/library', me: makeViewer() });
    await waitFor(() => expect(cards()).toHaveLength(60));

    act(() => {
      FakeObserver.scrollToBottom();
      FakeObserver.scrollToBottom(); // a second sighting while loading must not ask again
    });
    await waitFor(() => expect(cards()).toHaveLength(120));
    expect(api.callsTo('LibraryItems').map((v) => v.after)).toEqual([null, '60']);
    expect(screen.getByText('Showing 120 of 130')).toBeInTheDocument();

    act(() => FakeObserver.scrollToBottom());
    await waitFor(() => expect(cards()).toHaveLength(130));
    expect(api.callsTo('LibraryItems').map((v) => v.after)).toEqual([null, '60', '120']);
    expect(cards().map((c) => c.dataset.itemId)).toEqual(ALL.map((i) => i.id));

    // Nothing left: no more observing, no Load more button.
    act(() => FakeObserver.scrollToBottom());
    expect(api.callsTo('LibraryItems')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('All 130 shown')).toBeInTheDocument();
  });

  it('offers a Load more button that pages the same way (no IntersectionObserver needed)', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    renderWithProviders(<LibraryPage />, { route: '/library', me: makeViewer() });
    await waitFor(() => expect(cards()).toHaveLength(60));
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(cards()).toHaveLength(120));
    expect(api.callsTo('LibraryItems').map((v) => v.after)).toEqual([null, '60']);
  });

  it('reads filters from the URL and sends them with every page', async () => {
    renderWithProviders(<LibraryPage />, {
      route: '/library?section=1&genre=Drama&year=1999&unwatched=1&sort=added',
      me: makeViewer(),
    });
    await waitFor(() => expect(cards().length).toBeGreaterThan(0));
    expect(api.callsTo('LibraryItems')[0]).toMatchObject({
      sectionId: '1',
      genre: 'Drama',
      year: 1999,
      unwatched: true,
      sort: 'ADDED',
      type: null,
    });
    expect(screen.getByRole('tab', { name: /Movies/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByLabelText('Sort by')).toHaveValue('ADDED');
    expect(screen.getByLabelText('Year')).toHaveValue('1999');
    expect(screen.getByRole('checkbox', { name: 'Unwatched only' })).toBeChecked();
    // A movie section has no "Type" choice.
    expect(screen.queryByLabelText('Type')).not.toBeInTheDocument();
  });

  it('explains a failed load and retries', async () => {
    let calls = 0;
    api.handlers.LibraryItems = (v) => (++calls === 1 ? gqlError('INTERNAL_SERVER_ERROR', 'boom') : pagedItems(v));
    renderWithProviders(<LibraryPage />, { route: '/library', me: makeViewer() });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load the library");
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(cards()).toHaveLength(60));
  });

  it('says the library has not been synced yet, with Sync now for admins', async () => {
    api.handlers.LibraryStatus = () => ({
      libraryStatus: { plexReachable: true, breakerOpen: false, lastSyncAt: null, itemCount: 0 },
    });
    api.handlers.LibraryItems = () => ({
      libraryItems: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
    });
    renderWithProviders(<LibraryPage />, { route: '/library', me: makeViewer() });
    expect(await screen.findByText("The library hasn't been synced yet")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sync now' })).toBeInTheDocument();
  });

  it('warns when Plex is unreachable', async () => {
    api.handlers.LibraryStatus = () => ({
      libraryStatus: { plexReachable: false, breakerOpen: true, lastSyncAt: '2025-03-04T12:00:00Z', itemCount: 130 },
    });
    renderWithProviders(<LibraryPage />, { route: '/library', me: makeViewer() });
    expect(await screen.findByTestId('plex-unreachable')).toHaveTextContent(
      /Plex is unreachable — showing the library as it was at .*2025/,
    );
  });
});
