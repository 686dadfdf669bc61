import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { downloadPage, makeDownload } from '../../test/fixtures';
import { mockGraphQL } from '../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../test/render';
import type { Download } from './keys';
import { MyDownloadsCard } from './MyDownloadsCard';
import { useLiveDownloads } from './useLiveDownloads';

type Next = (data: { downloadUpdated: Download }) => void;
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

const viewer = makeViewer({ id: '2', isAdmin: false, permissions: ['DOWNLOAD'] });

/** The card as the app shows it: the live subscription runs in the shell. */
function Dashboard() {
  useLiveDownloads(viewer.id);
  return <MyDownloadsCard />;
}

describe('MyDownloadsCard (dashboard)', () => {
  it('shows the latest downloads and follows their progress live', async () => {
    const running = makeDownload({ id: '5', title: 'Big Buck Bunny', status: 'RUNNING', phase: 'DOWNLOADING', progress: 0.2 });
    const api = mockGraphQL({
      Downloads: () => ({
        downloads: downloadPage([running, makeDownload({ id: '4', status: 'COMPLETED', canCancel: false })], { hasNextPage: true, totalCount: 9 }),
      }),
    });
    renderWithProviders(<Dashboard />, { me: viewer });
    const bar = await screen.findByRole('progressbar', { name: 'Big Buck Bunny progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '20');
    expect(api.callsTo('Downloads')).toEqual([{ first: 5, after: null, status: null, everyone: false, active: null }]);
    expect(screen.getByRole('link', { name: 'Download a video' })).toHaveAttribute('href', '/downloads');
    // Read-only on the dashboard: no Cancel, no Load more.
    expect(screen.queryByRole('button', { name: /Cancel|Load more/ })).not.toBeInTheDocument();

    act(() => ws.next?.({ downloadUpdated: { ...running, progress: 0.8, updatedAt: '2025-03-04T12:05:00Z' } }));
    await waitFor(() => expect(screen.getByRole('progressbar', { name: 'Big Buck Bunny progress' })).toHaveAttribute('aria-valuenow', '80'));
    act(() =>
      ws.next?.({ downloadUpdated: { ...running, status: 'COMPLETED', phase: 'DONE', progress: 1, updatedAt: '2025-03-04T12:06:00Z' } }),
    );
    expect(await screen.findByText('Saved to Plex: Big Buck Bunny')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('links to the downloads page when there are none', async () => {
    mockGraphQL({ Downloads: () => ({ downloads: downloadPage([]) }) });
    renderWithProviders(<MyDownloadsCard />, { me: viewer });
    const empty = await screen.findByText('No downloads yet');
    const card = screen.getByRole('region', { name: 'My downloads' });
    expect(card).toContainElement(empty);
    expect(within(card).getByRole('link', { name: 'Go to Downloads' })).toHaveAttribute('href', '/downloads');
  });
});
