import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockGraphQL } from '../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../test/render';
import type { MediaRequest } from './keys';
import { MyRequestsCard } from './MyRequestsCard';

type Next = (data: { requestUpdated: MediaRequest }) => void;
const ws = vi.hoisted(() => ({ next: null as null | Next }));
vi.mock('../../lib/ws', () => ({
  subscribe: (_doc: unknown, _vars: unknown, handlers: { next: Next }) => {
    ws.next = handlers.next;
    return () => {
      ws.next = null;
    };
  },
  onReconnect: () => () => {},
}));

function mediaRequest(n: number, overrides: Partial<MediaRequest> = {}): MediaRequest {
  const at = new Date(Date.UTC(2025, 2, 20 - n)).toISOString();
  return {
    id: String(n),
    mediaType: 'movie',
    tmdbId: n,
    title: `Movie ${n}`,
    year: 2000 + n,
    seasons: [],
    is4k: false,
    note: '',
    status: 'PENDING',
    declineReason: null,
    error: null,
    createdAt: at,
    updatedAt: at,
    posterUrl: null,
    ...overrides,
  };
}

describe('MyRequestsCard (dashboard)', () => {
  it('shows the five latest requests and follows their status live', async () => {
    const api = mockGraphQL({
      MyRequests: () => ({
        myRequests: {
          edges: [1, 2, 3, 4, 5].map((n) => ({ cursor: String(n), node: mediaRequest(n) })),
          pageInfo: { hasNextPage: true, endCursor: '5' },
          totalCount: 9,
        },
      }),
    });
    renderWithProviders(<MyRequestsCard />, { me: makeViewer({ isAdmin: false, permissions: [] }) });
    await waitFor(() => expect(screen.getAllByTestId('my-request')).toHaveLength(5));
    expect(api.callsTo('MyRequests')).toEqual([{ first: 5, after: null }]);
    expect(screen.getByRole('link', { name: 'Request something' })).toHaveAttribute('href', '/requests');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

    act(() => ws.next?.({ requestUpdated: mediaRequest(2, { status: 'AVAILABLE', updatedAt: '2025-03-21T00:00:00Z' }) }));
    await waitFor(() => expect(screen.getAllByTestId('my-request')[1]).toHaveAttribute('data-status', 'AVAILABLE'));
    expect(screen.getAllByTestId('my-request')[1]).toHaveTextContent('On Plex');
    expect(await screen.findByText('Movie 2 is now on Plex')).toBeInTheDocument();
  });
});
