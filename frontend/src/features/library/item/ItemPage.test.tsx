import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockGraphQL, type GraphQLMock } from '../../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../../test/render';
import { featureKeys } from '../../status/features';
import type { ChildItem, ChildrenPage, MediaDetail } from './api';
import { ItemPage } from './ItemPage';

/** A page of children, like `children(first, after)`. */
function page(items: ChildItem[], hasNextPage = false): ChildrenPage {
  return {
    edges: items.map((node) => ({ cursor: `c${node.id}`, node })),
    pageInfo: { hasNextPage, endCursor: items.length ? `c${items.at(-1)!.id}` : null },
  };
}

function detail(overrides: Partial<MediaDetail> & Pick<MediaDetail, 'id' | 'type' | 'title'>): MediaDetail {
  return {
    year: 2008,
    summary: '',
    genres: [],
    rating: null,
    contentRating: null,
    durationMs: null,
    index: null,
    parentIndex: null,
    leafCount: null,
    childCount: null,
    watched: null,
    tmdbId: null,
    imdbId: null,
    addedAt: '2025-03-04T12:00:00Z',
    posterUrl: null,
    artUrl: null,
    plexUrl: null,
    parent: null,
    children: page([]),
    ...overrides,
  };
}

function child(overrides: Partial<ChildItem> & Pick<ChildItem, 'id' | 'type' | 'title'>): ChildItem {
  return {
    index: null,
    parentIndex: null,
    year: null,
    durationMs: null,
    watched: null,
    leafCount: null,
    childCount: null,
    posterUrl: null,
    ...overrides,
  };
}

const SHOW = detail({
  id: '100',
  type: 'SHOW',
  title: 'Breaking Bad',
  summary: 'A chemistry teacher turns to crime.',
  genres: ['Drama', 'Crime'],
  rating: 9.46,
  contentRating: 'TV-MA',
  childCount: 2,
  leafCount: 13,
  posterUrl: '/images/100/poster?w=300',
  artUrl: '/images/100/art?w=1280',
  plexUrl: 'https://app.plex.tv/desktop#!/server/abc/details?key=%2Flibrary%2Fmetadata%2F100',
  children: page([
    child({ id: '101', type: 'SEASON', title: 'Season 1', index: 1, leafCount: 7, watched: true }),
    child({ id: '102', type: 'SEASON', title: 'Season 2', index: 2, leafCount: 6 }),
  ]),
});

const EPISODES = [
  child({ id: '111', type: 'EPISODE', title: 'Pilot', index: 1, parentIndex: 1, durationMs: 58 * 60_000, watched: true }),
  child({ id: '112', type: 'EPISODE', title: "Cat's in the Bag...", index: 2, parentIndex: 1, durationMs: 48 * 60_000 }),
];

const SEASON = detail({
  id: '101',
  type: 'SEASON',
  title: 'Season 1',
  index: 1,
  leafCount: 2,
  parent: { id: '100', type: 'SHOW', title: 'Breaking Bad', index: null, parent: null },
  children: page(EPISODES),
});

let api: GraphQLMock;
beforeEach(() => {
  api = mockGraphQL({
    LibraryItem: ({ id }) => ({ libraryItem: id === '100' ? SHOW : id === '101' ? SEASON : null }),
    ItemChildren: ({ id }) => ({ libraryItem: { id, children: page(id === '101' ? EPISODES : []) } }),
    LibraryStatus: () => ({ libraryStatus: { plexReachable: true, breakerOpen: false, lastSyncAt: null, itemCount: 3 } }),
  });
});

function renderAt(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/library/item/:id" element={<ItemPage />} />
    </Routes>,
    { route, me: makeViewer() },
  );
}

describe('ItemPage', () => {
  it('renders a show: title as h1, facts, genres, summary, Open in Plex and its seasons', async () => {
    renderAt('/library/item/100');
    expect(await screen.findByRole('heading', { level: 1, name: 'Breaking Bad' })).toBeInTheDocument();
    const facts = screen.getByRole('list', { name: 'Details' });
    expect(facts).toHaveTextContent('2008');
    expect(facts).toHaveTextContent('TV-MA');
    expect(facts).toHaveTextContent('2 seasons');
    expect(facts).toHaveTextContent('13 episodes');
    expect(facts).toHaveTextContent('9.5');
    expect(within(screen.getByRole('list', { name: 'Genres' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Drama',
      'Crime',
    ]);
    expect(screen.getByText('A chemistry teacher turns to crime.')).toBeInTheDocument();
    const plex = screen.getByRole('link', { name: /Open in Plex/ });
    expect(plex).toHaveAttribute('href', SHOW.plexUrl);
    expect(plex).toHaveAttribute('target', '_blank');
    expect(plex.getAttribute('rel')).toContain('noopener');

    const seasons = screen.getAllByTestId('season-card');
    expect(seasons).toHaveLength(2);
    expect(seasons[0]).toHaveTextContent('Season 1');
    expect(seasons[0]).toHaveTextContent('7 episodes');
    expect(seasons[0]).toHaveTextContent('Watched');
    expect(api.callsTo('ItemChildren')).toHaveLength(0);
    expect(api.callsTo('LibraryItem')).toEqual([{ id: '100', children: 50 }]);
    expect(screen.queryByRole('button', { name: 'Load more seasons' })).not.toBeInTheDocument();
  });

  it('expands a season to its episodes, loading them on first open', async () => {
    const user = userEvent.setup();
    renderAt('/library/item/100');
    const toggle = await screen.findByRole('button', { name: /Season 1/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const list = await screen.findByRole('list', { name: 'Season 1 episodes' });
    const rows = within(list).getAllByTestId('episode-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Episode 1');
    expect(rows[0]).toHaveTextContent('Pilot');
    expect(rows[0]).toHaveTextContent('58m');
    expect(rows[0]).toHaveTextContent('Watched');
    expect(rows[1]).not.toHaveTextContent('Watched');
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '/library/item/112');
    expect(api.callsTo('ItemChildren')).toEqual([{ id: '101', first: 50, after: null }]);

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Season 1 episodes' })).not.toBeInTheDocument();
  });

  it('renders a season with a breadcrumb back to its show and its episodes', async () => {
    renderAt('/library/item/101');
    expect(await screen.findByRole('heading', { level: 1, name: 'Season 1' })).toBeInTheDocument();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Library' })).toHaveAttribute('href', '/library');
    expect(within(crumbs).getByRole('link', { name: 'Breaking Bad' })).toHaveAttribute('href', '/library/item/100');
    expect(within(crumbs).getByText('Season 1')).toHaveAttribute('aria-current', 'page');
    expect(within(screen.getByRole('list', { name: 'Season 1 episodes' })).getAllByTestId('episode-row')).toHaveLength(2);
    expect(screen.queryByRole('link', { name: /Open in Plex/ })).not.toBeInTheDocument();
  });

  it('pages a long-running show\'s seasons and a season\'s episodes with "Load more"', async () => {
    const user = userEvent.setup();
    const seasons = Array.from({ length: 3 }, (_, i) =>
      child({ id: String(201 + i), type: 'SEASON', title: `Season ${i + 1}`, index: i + 1, leafCount: 10 }),
    );
    const episodes = Array.from({ length: 3 }, (_, i) =>
      child({ id: String(301 + i), type: 'EPISODE', title: `Episode ${i + 1}`, index: i + 1, parentIndex: 1 }),
    );
    api.handlers.LibraryItem = () => ({
      libraryItem: detail({ id: '200', type: 'SHOW', title: 'Long Runner', children: page(seasons.slice(0, 2), true) }),
    });
    api.handlers.ItemChildren = ({ id, after }) => {
      if (id === '200') return { libraryItem: { id, children: page(seasons.slice(2)) } };
      return { libraryItem: { id, children: after === null ? page(episodes.slice(0, 2), true) : page(episodes.slice(2)) } };
    };
    renderAt('/library/item/200');
    expect(await screen.findAllByTestId('season-card')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Load more seasons' }));
    expect(await screen.findByRole('button', { name: /Season 3/ })).toBeInTheDocument();
    expect(screen.getAllByTestId('season-card')).toHaveLength(3);
    expect(api.callsTo('ItemChildren')).toEqual([{ id: '200', first: 50, after: 'c202' }]);
    expect(screen.queryByRole('button', { name: 'Load more seasons' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Season 1/ }));
    const list = await screen.findByRole('list', { name: 'Season 1 episodes' });
    expect(within(list).getAllByTestId('episode-row')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Load more episodes' }));
    await waitFor(() => expect(within(list).getAllByTestId('episode-row')).toHaveLength(3));
    expect(api.callsTo('ItemChildren').slice(1)).toEqual([
      { id: '201', first: 50, after: null },
      { id: '201', first: 50, after: 'c302' },
    ]);
  });

  it('shows the library banner when the server says the library is unavailable', async () => {
    const { client } = renderAt('/library/item/100');
    expect(await screen.findByRole('heading', { level: 1, name: 'Breaking Bad' })).toBeInTheDocument();
    act(() => client.setQueryData(featureKeys.all, [{ name: 'library', available: false, message: 'Plex is unreachable.' }]));
    expect(await screen.findByTestId('feature-banner-library')).toHaveTextContent('Plex is unreachable.');
  });

  it('shows a not-found page when the item does not exist', async () => {
    renderAt('/library/item/999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Title not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '/library');
  });
});
