import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadPage, makeDownload } from '../../test/fixtures';
import { gqlError } from '../../test/graphqlMock';
import { renderWithProviders } from '../../test/render';
import { featureKeys, type FeatureStatus } from '../status/features';
import { applyDownloadToCache } from './cache';
import { DownloadsPage } from './DownloadsPage';
import type { Download } from './keys';
import { api, connection, mockDownloadsApi, region, user } from './testing';

vi.mock('../../lib/ws', async () => (await import('./testing')).wsMock);

mockDownloadsApi();

describe('DownloadsPage: queue and history', () => {
  const running = makeDownload({
    id: '5',
    title: 'Big Buck Bunny',
    status: 'RUNNING',
    phase: 'DOWNLOADING',
    progress: 0.42,
    downloadedBytes: 12 * 1024 * 1024,
    totalBytes: 30 * 1024 * 1024,
    speedBytesPerSecond: 1.5 * 1024 * 1024,
    etaSeconds: 125,
  });
  const playlist = makeDownload({
    id: '4',
    kind: 'PLAYLIST',
    title: 'Open Movies',
    status: 'RUNNING',
    phase: 'DOWNLOADING',
    entryCount: 10,
    completedCount: 3,
    progress: 0.35,
  });
  const completed = makeDownload({
    id: '3',
    title: 'Sintel',
    status: 'COMPLETED',
    phase: 'DONE',
    progress: 1,
    fileName: 'Blender/Sintel [eRsGyueVLvQ].mp4',
    fileSize: 1.2 * 1024 ** 3,
    canCancel: false,
  });
  const failed = makeDownload({
    id: '2',
    title: 'Tears of Steel',
    status: 'FAILED',
    phase: 'DONE',
    errorMessage: 'The site asked to prove this is not a bot. Try again later.',
    canCancel: false,
    canRetry: true,
  });
  const declined = makeDownload({ id: '1', title: 'Cosmos Laundromat', status: 'DECLINED', declineReason: 'Too big', canCancel: false });

  beforeEach(() => {
    api.handlers.Downloads = ({ active }) => connection(active ? [running, playlist] : [completed, failed, declined]);
    api.handlers.CancelDownload = ({ id }) => ({ cancelDownload: { ...running, id: String(id), status: 'CANCELLED', canCancel: false, canRetry: true, updatedAt: new Date().toISOString() } });
    api.handlers.RetryDownload = ({ id }) => ({ retryDownload: { ...failed, id: String(id), status: 'QUEUED', canRetry: false, canCancel: true, updatedAt: new Date().toISOString() } });
    api.handlers.DownloadDetail = ({ id }) => ({
      download: {
        ...playlist,
        id: String(id),
        children: downloadPage([
          makeDownload({ id: '41', parentId: '4', title: 'Episode 1', status: 'COMPLETED', canCancel: false, fileName: 'a.mp4' }),
          makeDownload({ id: '42', parentId: '4', title: 'Episode 2', status: 'RUNNING', phase: 'DOWNLOADING', progress: 0.5 }),
        ]),
      },
    });
  });

  it('loads the queue and the history on their own, with progress, outcome and actions', async () => {
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    const queue = region('Queue');
    await waitFor(() => expect(within(queue).getAllByTestId('download-row')).toHaveLength(2));
    expect(api.callsTo('Downloads')).toEqual(
      expect.arrayContaining([
        { first: 25, after: null, status: null, everyone: false, active: true },
        { first: 25, after: null, status: null, everyone: false, active: false },
      ]),
    );
    expect(api.callsTo('Downloads')).toHaveLength(2);
    const bar = within(queue).getByRole('progressbar', { name: 'Big Buck Bunny progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '42');
    expect(bar).toHaveAttribute('aria-valuetext', '42%, downloading, 2 min left');
    expect(within(queue).getAllByTestId('download-row')[0]).toHaveTextContent('Downloading·12 MB of 30 MB·1.5 MB/s·2 min left');
    // A playlist's progress is the average of its videos': shown as it comes.
    const playlistBar = within(queue).getByRole('progressbar', { name: 'Open Movies progress' });
    expect(playlistBar).toHaveAttribute('aria-valuenow', '35');
    expect(playlistBar).toHaveAttribute('aria-valuetext', '35%, 3 of 10 videos, downloading');
    expect(within(queue).getAllByTestId('download-row')[1]).toHaveTextContent('35%');
    expect(within(queue).getAllByTestId('download-row')[1]).toHaveTextContent('3 of 10 videos');

    const history = region('History');
    const rows = within(history).getAllByTestId('download-row');
    expect(rows.map((r) => r.dataset.status)).toEqual(['COMPLETED', 'FAILED', 'DECLINED']);
    expect(rows[0]).toHaveTextContent('Saved as Blender/Sintel [eRsGyueVLvQ].mp4·1.2 GB');
    expect(rows[1]).toHaveTextContent('The site asked to prove this is not a bot. Try again later.');
    expect(rows[2]).toHaveTextContent('Declined: Too big');
    expect(within(history).queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();

    await userEvent.click(within(history).getByRole('button', { name: 'Retry Tears of Steel' }));
    await waitFor(() => expect(api.callsTo('RetryDownload')).toEqual([{ id: '2' }]));
    await waitFor(() => expect(within(region('Queue')).getAllByTestId('download-row')).toHaveLength(3));
    expect(within(region('History')).getAllByTestId('download-row').map((r) => r.dataset.downloadId)).toEqual(['3', '1']);

    await userEvent.click(within(region('Queue')).getByRole('button', { name: 'Cancel Big Buck Bunny' }));
    expect(await screen.findByText('Download cancelled')).toBeInTheDocument();
    expect(api.callsTo('CancelDownload')).toEqual([{ id: '5' }]);
    await waitFor(() => expect(within(region('History')).getByRole('button', { name: 'Retry Big Buck Bunny' })).toBeInTheDocument());
    expect(within(region('History')).getAllByTestId('download-row').map((r) => r.dataset.downloadId)).toEqual(['5', '3', '1']);
    expect(within(region('Queue')).queryByRole('progressbar', { name: 'Big Buck Bunny progress' })).not.toBeInTheDocument();
    // Only the two first pages were ever fetched: the moves were made in the cache.
    expect(api.callsTo('Downloads')).toHaveLength(2);
  });

  it('pages the history on its own with "Load more"', async () => {
    const older = makeDownload({ id: '0', title: 'Caminandes', status: 'COMPLETED', canCancel: false, createdAt: '2025-03-03T12:00:00.000Z' });
    api.handlers.Downloads = ({ active, after }) => {
      if (active) return connection([running]);
      if (after === 'c2') return { downloads: downloadPage([older], { totalCount: 3 }) };
      return { downloads: downloadPage([completed, failed], { hasNextPage: true, totalCount: 3 }) };
    };
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    const history = region('History');
    await waitFor(() => expect(within(history).getAllByTestId('download-row')).toHaveLength(2));
    expect(within(history).getByText('Showing 2 of 3')).toBeInTheDocument();
    expect(within(region('Queue')).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    await userEvent.click(within(history).getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(history).getAllByTestId('download-row')).toHaveLength(3));
    expect(api.callsTo('Downloads').filter((v) => v.active === false)).toEqual([
      { first: 25, after: null, status: null, everyone: false, active: false },
      { first: 25, after: 'c2', status: null, everyone: false, active: false },
    ]);
    expect(within(history).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('expands a playlist to its videos, each with its own bar', async () => {
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    const toggle = await screen.findByRole('button', { name: 'Show videos in Open Movies' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    const videos = await screen.findByRole('list', { name: 'Videos in Open Movies' });
    expect(api.callsTo('DownloadDetail')).toEqual([{ id: '4', first: 50, after: null }]);
    expect(within(videos).getAllByTestId('download-child')).toHaveLength(2);
    expect(within(videos).getByRole('progressbar', { name: 'Episode 2 progress' })).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByRole('button', { name: 'Hide videos in Open Movies' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByRole('button', { name: 'Load more videos' })).not.toBeInTheDocument();
  });

  it('pages a long playlist with "Load more videos", and live pushes patch videos on any loaded page', async () => {
    const video = (n: number, overrides: Partial<Download> = {}) =>
      makeDownload({ id: String(400 + n), parentId: '4', title: `Part ${n}`, status: 'QUEUED', ...overrides });
    api.handlers.DownloadDetail = ({ after }) => ({
      download: {
        ...playlist,
        children:
          after === null
            ? downloadPage([video(1), video(2)], { hasNextPage: true, totalCount: 3 })
            : downloadPage([video(3)], { totalCount: 3 }),
      },
    });
    const { client } = renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    await userEvent.click(await screen.findByRole('button', { name: 'Show videos in Open Movies' }));
    const videos = await screen.findByRole('list', { name: 'Videos in Open Movies' });
    expect(within(videos).getAllByTestId('download-child')).toHaveLength(2);
    expect(screen.getByText('Showing 2 of 3 videos')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Load more videos' }));
    await waitFor(() => expect(within(videos).getAllByTestId('download-child')).toHaveLength(3));
    expect(api.callsTo('DownloadDetail')).toEqual([
      { id: '4', first: 50, after: null },
      { id: '4', first: 50, after: 'c402' },
    ]);
    expect(screen.queryByRole('button', { name: 'Load more videos' })).not.toBeInTheDocument();

    // What the session-wide subscription does with a pushed video: patched where it is listed.
    act(() =>
      applyDownloadToCache(
        client,
        video(3, { status: 'RUNNING', phase: 'DOWNLOADING', progress: 0.25, updatedAt: '2025-03-04T12:05:00.000Z' }),
        { mine: true },
      ),
    );
    expect(await within(videos).findByRole('progressbar', { name: 'Part 3 progress' })).toHaveAttribute('aria-valuenow', '25');
    expect(within(videos).getAllByTestId('download-child').map((row) => row.dataset.status)).toEqual(['QUEUED', 'QUEUED', 'RUNNING']);
  });

  it('says, live, when downloads are unavailable, in the server\'s words', async () => {
    const { client } = renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    expect(await screen.findByText('7 of 20 left today')).toBeInTheDocument();
    expect(screen.queryByTestId('feature-banner-downloads')).not.toBeInTheDocument();
    const push = (downloads: FeatureStatus) =>
      act(() => client.setQueryData<FeatureStatus[]>(featureKeys.all, [{ name: 'library', available: true, message: null }, downloads]));

    push({ name: 'downloads', available: false, message: 'The download worker is not running: new downloads wait.' });
    const banner = await screen.findByTestId('feature-banner-downloads');
    expect(banner).toHaveAttribute('role', 'status');
    expect(banner).toHaveTextContent('The download worker is not running: new downloads wait.');
    push({ name: 'downloads', available: true, message: null });
    await waitFor(() => expect(screen.queryByTestId('feature-banner-downloads')).not.toBeInTheDocument());
  });

  it('says what went wrong when a list cannot load, and still shows the other', async () => {
    api.handlers.Downloads = ({ active }) => (active ? connection([running]) : gqlError('INTERNAL_SERVER_ERROR', 'boom'));
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    const alert = await within(region('History')).findByRole('alert');
    expect(alert).toHaveTextContent("Couldn't load your history");
    expect(within(region('Queue')).getByRole('progressbar', { name: 'Big Buck Bunny progress' })).toBeInTheDocument();

    api.handlers.Downloads = ({ active }) => connection(active ? [running] : [completed]);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(region('History')).getAllByTestId('download-row')).toHaveLength(1));
    expect(api.callsTo('Downloads').filter((v) => v.active === true)).toHaveLength(1);
  });
});
