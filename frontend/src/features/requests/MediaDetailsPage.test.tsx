import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, type GraphQLMock } from '../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../test/render';
import type { MediaDetails } from './api';
import { MediaDetailsPage } from './MediaDetailsPage';

const SHOW: MediaDetails = {
  mediaType: 'TV',
  tmdbId: 1396,
  title: 'Breaking Bad',
  year: 2008,
  overview: 'A chemistry teacher turns to crime.',
  posterUrl: null,
  backdropUrl: null,
  status: 'PARTIALLY_AVAILABLE',
  plexItem: { id: '100' },
  seasons: [
    { number: 1, name: 'Season 1', episodes: 7, status: 'AVAILABLE', requested: false },
    { number: 2, name: 'Season 2', episodes: 13, status: 'UNKNOWN', requested: true },
    { number: 3, name: 'Season 3', episodes: 13, status: 'UNKNOWN', requested: false },
    { number: 4, name: 'Season 4', episodes: 13, status: 'UNKNOWN', requested: false },
  ],
  requests: [{ id: 'r1', status: 'PENDING', seasons: [2], requestedBy: { displayName: 'Alice' } }],
};

let api: GraphQLMock;
beforeEach(() => {
  api = mockGraphQL({
    MediaDetails: ({ tmdbId }) => (tmdbId === 1396 ? { mediaDetails: SHOW } : gqlError('BAD_USER_INPUT', 'No such title')),
    RequestMedia: () => ({ requestMedia: { __typename: 'AlreadyAvailable', message: 'On Plex already' } }),
  });
});

function renderAt(route: string) {
  return renderWithProviders(
    <Routes>
      <Route path="/requests/:mediaType/:tmdbId" element={<MediaDetailsPage />} />
    </Routes>,
    { route, me: makeViewer() },
  );
}

describe('MediaDetailsPage', () => {
  it('requests exactly the ticked seasons of a show', async () => {
    const user = userEvent.setup();
    renderAt('/requests/tv/1396');
    expect(await screen.findByRole('heading', { level: 1, name: 'Breaking Bad' })).toBeInTheDocument();
    expect(api.callsTo('MediaDetails')).toEqual([{ mediaType: 'TV', tmdbId: 1396 }]);
    expect(screen.getByRole('link', { name: /View in library/ })).toHaveAttribute('href', '/library/item/100');
    expect(screen.getByTestId('open-request')).toHaveTextContent('Requested by Alice · Pending approval');

    const rows = screen.getAllByTestId('season-availability');
    expect(within(rows[0]!).getByText('On Plex')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Requested')).toBeInTheDocument();
    // Available and requested seasons can't be ticked.
    expect(within(rows[0]!).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(within(rows[1]!).queryByRole('checkbox')).not.toBeInTheDocument();

    const button = screen.getByRole('button', { name: /Request selected seasons/ });
    expect(button).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: /Season 4/ }));
    await user.click(screen.getByRole('checkbox', { name: /Season 3/ }));
    await user.click(button);

    await waitFor(() => expect(api.callsTo('RequestMedia')).toHaveLength(1));
    expect(api.callsTo('RequestMedia')[0]).toEqual({
      input: expect.objectContaining({ mediaType: 'tv', tmdbId: 1396, title: 'Breaking Bad', seasons: [3, 4] }),
    });
  });

  it('shows not found when the server answers BAD_USER_INPUT', async () => {
    renderAt('/requests/movie/5');
    expect(await screen.findByRole('heading', { level: 1, name: 'Title not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to requests' })).toHaveAttribute('href', '/requests');
  });
});
