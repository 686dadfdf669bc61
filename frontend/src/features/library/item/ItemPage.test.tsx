import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { mockGraphQL, type GraphQLMock } from '../../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../../test/render';
import type { ChildItem, MediaDetail } from './api';
import { ItemPage } from './ItemPage';

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
    children: [],
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
  children: [
    child({ id: '101', type: 'SEASON', title: 'Season 1', index: 1, leafCount: 7, watched: true }),
    child({ id: '102', type: 'SEASON', title: 'Season 2', index: 2, leafCount: 6 }),
  ],
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
  children: EPISODES,
});

let api: GraphQLMock;
beforeEach(() => {
  api = mockGraphQL({
    LibraryItem: ({ id }) => ({ libraryItem: id === '100' ? SHOW : id === '101' ? SEASON : null }),
    SeasonEpisodes: ({ id }) => ({ libraryItem: { id, children: id === '101' ? EPISODES : [] } }),
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
    expect(api.callsTo('SeasonEpisodes')).toHaveLength(0);
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
    expect(api.callsTo('SeasonEpisodes')).toEqual([{ id: '101' }]);

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

  it('shows a not-found page when the item does not exist', async () => {
    renderAt('/library/item/999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Title not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '/library');
  });
});
