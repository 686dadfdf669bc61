import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, type GraphQLMock } from '../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../test/render';
import { featureKeys, type FeatureStatus } from '../status/features';
import type { MediaResult } from './api';
import type { MediaRequest } from './keys';
import { RequestsPage } from './RequestsPage';

vi.mock('../../lib/ws', () => ({ subscribe: () => () => {}, onReconnect: () => () => {} }));

function result(tmdbId: number, title: string, overrides: Partial<MediaResult> = {}): MediaResult {
  return {
    mediaType: 'MOVIE',
    tmdbId,
    title,
    year: 2021,
    overview: '',
    posterUrl: null,
    availability: 'MISSING',
    plexItem: null,
    ...overrides,
  };
}

function mediaRequest(id: string, overrides: Partial<MediaRequest> = {}): MediaRequest {
  return {
    id,
    mediaType: 'movie',
    tmdbId: 1,
    title: 'Dune',
    year: 2021,
    seasons: [],
    is4k: false,
    note: '',
    status: 'PENDING',
    declineReason: null,
    error: null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    posterUrl: null,
    ...overrides,
  };
}

const RESULTS = [
  result(1, 'Dune'),
  result(2, 'Dune: Part Two', { availability: 'ON_PLEX', plexItem: { id: '55' } }),
  result(3, 'Dune Prophecy', { mediaType: 'TV', availability: 'MISSING' }),
  result(4, 'Dune (1984)', { availability: 'REQUESTED' }),
];

const connection = (requests: MediaRequest[]) => ({
  edges: requests.map((node, i) => ({ cursor: String(i + 1), node })),
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: requests.length,
});

const user = makeViewer({ id: '2', role: 'USER', isAdmin: false, isOwner: false, permissions: ['REQUEST'] });

let api: GraphQLMock;
beforeEach(() => {
  api = mockGraphQL({
    MediaSearch: () => ({ mediaSearch: { page: 1, totalPages: 1, results: RESULTS } }),
    MyRequests: () => ({
      myRequests: connection([mediaRequest('9', { title: 'Alien', status: 'DECLINED', declineReason: 'Not in 4K' })]),
    }),
    RequestMedia: () => ({ requestMedia: { __typename: 'RequestCreated', request: mediaRequest('10') } }),
  });
});

const cards = (): HTMLElement[] => screen.queryAllByTestId('media-result');
async function search(text: string) {
  await userEvent.type(screen.getByRole('searchbox', { name: 'Search movies and shows' }), text);
  await waitFor(() => expect(cards().length).toBeGreaterThan(0));
}

describe('RequestsPage', () => {
  it('searches (debounced) and shows where each title stands', async () => {
    renderWithProviders(<RequestsPage />, { route: '/requests', me: user });
    await search('dune');
    expect(api.callsTo('MediaSearch')).toEqual([{ query: 'dune', page: 1 }]);
    expect(cards().map((c) => c.dataset.tmdbId)).toEqual(['1', '2', '3', '4']);
    expect(within(cards()[1]!).getByRole('link', { name: 'On Plex' })).toHaveAttribute('href', '/library/item/55');
    expect(cards()[3]).toHaveTextContent('Requested');
    expect(within(cards()[3]!).queryByRole('button', { name: /Request/ })).toBeNull();
    expect(cards()[2]).toHaveTextContent('2021 · TV show');

    const mine = await screen.findByTestId('my-request');
    expect(mine).toHaveAttribute('data-status', 'DECLINED');
    expect(mine).toHaveTextContent('Declined');
    expect(mine).toHaveTextContent('Declined: Not in 4K');
  });

  it('requests a movie, says so, and lists it under My requests', async () => {
    renderWithProviders(<RequestsPage />, { route: '/requests', me: user });
    await search('dune');
    await userEvent.click(screen.getByRole('button', { name: 'Request Dune' }));
    expect(await screen.findByText('Requested', { selector: 'p' })).toBeInTheDocument();
    expect(api.callsTo('RequestMedia')).toEqual([
      { input: { mediaType: 'movie', tmdbId: 1, title: 'Dune', year: 2021, seasons: null, note: '', posterPath: null, is4k: false } },
    ]);
    await waitFor(() => expect(screen.getAllByTestId('my-request').map((r) => r.dataset.status)).toEqual(['PENDING', 'DECLINED']));
    await waitFor(() => expect(cards()[0]).toHaveAttribute('data-availability', 'REQUESTED'));
  });

  it('asks which seasons for a show and shows a server complaint next to the field', async () => {
    api.handlers.RequestMedia = () => ({
      requestMedia: { __typename: 'ValidationError', field: 'seasons', message: 'Season numbers start at 0.' },
    });
    renderWithProviders(<RequestsPage />, { route: '/requests', me: user });
    await search('dune');
    await userEvent.click(screen.getByRole('button', { name: 'Request Dune Prophecy' }));
    const dialog = screen.getByRole('dialog', { name: 'Request Dune Prophecy' });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Specific seasons' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Season numbers' }), '1, 2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Request' }));
    await waitFor(() => expect(within(dialog).getByTestId('field-error')).toHaveTextContent('Season numbers start at 0.'));
    expect(api.callsTo('RequestMedia')[0]).toMatchObject({ input: { mediaType: 'tv', tmdbId: 3, seasons: [1, 2] } });
  });

  it('explains a used-up quota and a queued request', async () => {
    api.handlers.RequestMedia = () => ({ requestMedia: { __typename: 'QuotaExceeded', limit: 3, resetsAt: '2030-03-10T12:00:00Z' } });
    renderWithProviders(<RequestsPage />, { route: '/requests', me: user });
    await search('dune');
    await userEvent.click(screen.getByRole('button', { name: 'Request Dune' }));
    expect(await screen.findByText(/You've used your 3 requests this week; more from/)).toBeInTheDocument();

    api.handlers.RequestMedia = () => ({ requestMedia: { __typename: 'RequestQueued', request: mediaRequest('11', { status: 'QUEUED' }) } });
    await userEvent.click(screen.getByRole('button', { name: 'Request Dune' }));
    expect(
      await screen.findByText('Overseerr is unreachable — your request is queued and will be sent automatically'),
    ).toBeInTheDocument();
  });

  it('says requests are not set up yet, with a link to settings for admins', async () => {
    api.handlers.MediaSearch = () => gqlError('BAD_USER_INPUT', 'Requests are not set up yet: an admin connects Overseerr in Settings.');
    renderWithProviders(<RequestsPage />, { route: '/requests', me: makeViewer() });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search movies and shows' }), 'dune');
    expect(await screen.findByText("Requests aren't set up yet")).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Connect Overseerr in Settings' })).toHaveAttribute('href', '/admin/settings');
  });

  it('says, live, when requests are unavailable, and that a request will be queued', async () => {
    const { client } = renderWithProviders(<RequestsPage />, { route: '/requests', me: user });
    await search('dune');
    expect(screen.queryByTestId('feature-banner-requests')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Request Dune Prophecy' }));
    let dialog = screen.getByRole('dialog', { name: 'Request Dune Prophecy' });
    expect(within(dialog).queryByText('Requests will be queued')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    act(() =>
      client.setQueryData<FeatureStatus[]>(featureKeys.all, [
        { name: 'requests', available: false, message: 'Overseerr is unreachable: requests wait in a queue and are sent later.' },
      ]),
    );
    const banner = await screen.findByTestId('feature-banner-requests');
    expect(banner).toHaveAttribute('role', 'status');
    expect(banner).toHaveTextContent('Overseerr is unreachable: requests wait in a queue and are sent later.');
    await userEvent.click(screen.getByRole('button', { name: 'Request Dune Prophecy' }));
    dialog = screen.getByRole('dialog', { name: 'Request Dune Prophecy' });
    expect(within(dialog).getByText('Requests will be queued')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Request' })).toHaveAccessibleDescription('Requests will be queued');

    act(() => client.setQueryData<FeatureStatus[]>(featureKeys.all, [{ name: 'requests', available: true, message: null }]));
    await waitFor(() => expect(screen.queryByTestId('feature-banner-requests')).not.toBeInTheDocument());
    expect(within(dialog).queryByText('Requests will be queued')).not.toBeInTheDocument();
  });

  it('warns when Overseerr is unreachable', async () => {
    api.handlers.MediaSearch = () => gqlError('SERVICE_UNAVAILABLE', 'Overseerr is not answering');
    renderWithProviders(<RequestsPage />, { route: '/requests', me: user });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search movies and shows' }), 'dune');
    expect(await screen.findByTestId('overseerr-unreachable')).toHaveTextContent('Overseerr is unreachable — requests will be queued');
  });
});

describe('RequestsPage for managers', () => {
  const manager = makeViewer({ id: '3', role: 'USER', isAdmin: false, isOwner: false, permissions: ['MANAGE_REQUESTS'] });

  beforeEach(() => {
    api.handlers.AllRequests = ({ status }) => ({
      allRequests: connection([mediaRequest('20', { title: 'Heat', note: 'Director’s cut please' })].filter((r) => !status || r.status === status)),
    });
    api.handlers.DeclineRequest = ({ id, reason }) => ({
      declineRequest: { __typename: 'RequestUpdated', request: mediaRequest(String(id), { title: 'Heat', status: 'DECLINED', declineReason: String(reason) }) },
    });
    api.handlers.ApproveRequest = ({ id }) => ({
      approveRequest: { __typename: 'RequestUpdated', request: mediaRequest(String(id), { title: 'Heat', status: 'APPROVED' }) },
    });
    api.handlers.DeleteRequest = () => ({ deleteRequest: true });
  });

  it('shows all requests with filters, and declines only with a reason', async () => {
    renderWithProviders(<RequestsPage />, { route: '/requests?view=all', me: manager });
    expect(screen.getByRole('tab', { name: 'All requests' })).toHaveAttribute('aria-selected', 'true');
    const row = await screen.findByTestId('request-row');
    expect(row).toHaveTextContent('Director’s cut please');
    expect(api.callsTo('AllRequests')[0]).toMatchObject({ status: 'PENDING' });

    await userEvent.click(within(row).getByRole('button', { name: 'Decline Heat' }));
    const dialog = screen.getByRole('dialog', { name: 'Decline Heat' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    expect(within(dialog).getByTestId('field-error')).toHaveTextContent('Give a reason');
    expect(api.callsTo('DeclineRequest')).toHaveLength(0);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Reason' }), 'Not available in our region');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(api.callsTo('DeclineRequest')).toEqual([{ id: '20', reason: 'Not available in our region' }]));
    await waitFor(() => expect(screen.getByTestId('request-row')).toHaveAttribute('data-status', 'DECLINED'));

    await userEvent.click(screen.getByRole('button', { name: 'All' }));
    await waitFor(() => expect(api.callsTo('AllRequests').at(-1)).toMatchObject({ status: null }));
  });

  it('approves, and deletes after confirming', async () => {
    renderWithProviders(<RequestsPage />, { route: '/requests?view=all', me: manager });
    const row = await screen.findByTestId('request-row');
    await userEvent.click(within(row).getByRole('button', { name: 'Approve Heat' }));
    await waitFor(() => expect(screen.getByTestId('request-row')).toHaveAttribute('data-status', 'APPROVED'));

    await userEvent.click(within(screen.getByTestId('request-row')).getByRole('button', { name: 'Delete Heat' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete request' }));
    await waitFor(() => expect(screen.queryByTestId('request-row')).toBeNull());
    expect(api.callsTo('DeleteRequest')).toEqual([{ id: '20' }]);
  });

  it('hides the All requests tab from people who cannot manage requests', async () => {
    renderWithProviders(<RequestsPage />, { route: '/requests?view=all', me: user });
    await screen.findByTestId('my-request');
    expect(screen.queryByRole('tab', { name: 'All requests' })).toBeNull();
    expect(api.callsTo('AllRequests')).toHaveLength(0);
  });
});
