import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadPage, makeDownload } from '../../test/fixtures';
import { gqlError, mockGraphQL, type GraphQLMock } from '../../test/graphqlMock';
import { makeViewer, renderWithProviders } from '../../test/render';
import { featureKeys, type FeatureStatus } from '../status/features';
import type { DownloadQuota, Preview } from './api';
import { applyDownloadToCache } from './cache';
import { DownloadsPage } from './DownloadsPage';
import type { Download } from './keys';

type Next = (data: { downloadUpdated: Download }) => void;
interface Sub {
  query: string;
  next: Next;
  open: boolean;
}
const ws = vi.hoisted(() => ({ subs: [] as Sub[] }));
vi.mock('../../lib/ws', () => ({
  subscribe: (doc: unknown, _vars: unknown, handlers: { next: Next }) => {
    const sub = { query: String(doc), next: handlers.next, open: true };
    ws.subs.push(sub);
    return () => {
      sub.open = false;
    };
  },
  onReconnect: () => () => {},
}));

/** Subscriptions that ask for everyone's downloads (admins only). */
const everyoneSubs = (): Sub[] => ws.subs.filter((s) => /downloadUpdated\(everyone: true\)/.test(s.query));
const pushEveryone = (download: Download): void =>
  act(() => everyoneSubs().filter((s) => s.open).forEach((s) => s.next({ downloadUpdated: download })));

const URL = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';
const user = makeViewer({ id: '2', username: 'sam', displayName: 'Sam User', role: 'USER', isAdmin: false, isOwner: false, permissions: ['DOWNLOAD'] });
const admin = makeViewer({ id: '1' });
const approver = makeViewer({
  id: '3',
  username: 'rita',
  displayName: 'Rita Requests',
  role: 'USER',
  isAdmin: false,
  isOwner: false,
  permissions: ['DOWNLOAD', 'MANAGE_REQUESTS'],
});

const quota = (overrides: Partial<DownloadQuota> = {}): DownloadQuota => ({
  used: 13,
  limit: 20,
  remaining: 7,
  periodHours: 24,
  resetsAt: null,
  needsApproval: false,
  maxDurationMinutes: 60,
  maxFileSizeMb: null,
  unlimited: false,
  ...overrides,
});

const preview = (overrides: Partial<Preview> = {}): Preview => ({
  __typename: 'DownloadPreview',
  url: URL,
  site: 'youtube',
  isPlaylist: false,
  title: 'Big Buck Bunny',
  channel: 'Blender',
  durationSeconds: 635,
  thumbnailUrl: null,
  entryCount: 1,
  entries: [],
  tooLong: false,
  alreadyDownloaded: false,
  ...overrides,
});

const connection = (downloads: Download[]) => ({ downloads: downloadPage(downloads) });

let api: GraphQLMock;
beforeEach(() => {
  ws.subs = [];
  api = mockGraphQL({
    Downloads: () => connection([]),
    DownloadQuota: () => ({ downloadQuota: quota() }),
    DownloadPreview: () => ({ downloadPreview: preview() }),
    EnqueueDownload: () => ({
      enqueueDownload: {
        __typename: 'DownloadQueued',
        download: makeDownload({ id: '50', title: 'Big Buck Bunny', createdAt: new Date().toISOString() }),
      },
    }),
  });
});

const urlBox = () => screen.getByRole('textbox', { name: 'Video or playlist URL' });
const region = (name: string) => screen.getByRole('region', { name });

async function previewLink(url = URL) {
  await userEvent.type(urlBox(), url);
  await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
}

describe('DownloadsPage: new download', () => {
  it('previews a link with a skeleton first, then downloads it and lists it in the Queue', async () => {
    let answer: (value: unknown) => void = () => {};
    api.handlers.DownloadPreview = () => new Promise((resolve) => (answer = resolve));
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    expect(await screen.findByText('7 of 20 left today')).toBeInTheDocument();
    expect(await screen.findByText('No downloads yet')).toBeInTheDocument();
    expect(screen.getByText(/Paste a YouTube link above/)).toBeInTheDocument();

    await previewLink();
    expect(await screen.findByTestId('preview-loading')).toHaveTextContent('Looking up the link…');
    expect(api.callsTo('DownloadPreview')).toEqual([{ url: URL }]);
    answer({ downloadPreview: preview() });

    expect(await screen.findByTestId('preview-title')).toHaveTextContent('Big Buck Bunny');
    expect(screen.getByText('Blender')).toBeInTheDocument();
    expect(screen.getByText('10:35')).toBeInTheDocument();
    expect(screen.getByText('Videos up to 60 min.')).toBeInTheDocument();

    // Audio only needs an audio container, and back.
    const quality = screen.getByRole('combobox', { name: 'Quality' });
    const format = screen.getByRole('combobox', { name: 'Format' });
    await userEvent.selectOptions(quality, 'AUDIO');
    expect(format).toHaveValue('MP3');
    expect(within(format).getAllByRole('option').map((o) => o.textContent)).toEqual(['MP3', 'M4A']);
    await userEvent.selectOptions(quality, 'P1080');
    expect(format).toHaveValue('MP4');
    await userEvent.selectOptions(format, 'MKV');

    api.handlers.Downloads = () => connection([]);
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('Download queued')).toBeInTheDocument();
    expect(api.callsTo('EnqueueDownload')).toEqual([{ input: { url: URL, quality: 'P1080', container: 'MKV', maxVideos: null } }]);

    const queue = region('Queue');
    expect(await within(queue).findByRole('progressbar', { name: 'Big Buck Bunny progress' })).toHaveAttribute('aria-valuenow', '0');
    expect(within(queue).getByRole('button', { name: 'Cancel Big Buck Bunny' })).toBeInTheDocument();
    expect(urlBox()).toHaveValue('');
    expect(screen.queryByTestId('preview-title')).not.toBeInTheDocument();
  });

  it('explains a refused link and what to try, with no Download button', async () => {
    api.handlers.DownloadPreview = () => ({
      downloadPreview: { __typename: 'DownloadRefused', code: 'SITE_NOT_ALLOWED', message: 'Downloads from this site are not allowed. Ask an admin to allow the site.' },
    });
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    await previewLink('https://example.com/video');
    const alert = await screen.findByTestId('preview-refused');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent("This site isn't allowed");
    expect(alert).toHaveTextContent('Ask an admin to allow the site.');
    expect(screen.queryByRole('button', { name: 'Download' })).not.toBeInTheDocument();
    // Only people who manage settings get a link to fix it.
    expect(within(alert).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows a validation message, and asks for a link when the box is empty', async () => {
    api.handlers.DownloadPreview = () => ({
      downloadPreview: { __typename: 'ValidationError', field: 'url', message: 'This is not a web address.' },
    });
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    await userEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect(screen.getByTestId('field-error')).toHaveTextContent('Paste a link to a video or playlist first.');
    expect(urlBox()).toHaveAttribute('aria-invalid', 'true');
    await previewLink('not a link');
    expect(await screen.findByTestId('preview-invalid')).toHaveTextContent('Check the linkThis is not a web address.');
  });

  it('warns about a video that is too long or already downloaded', async () => {
    api.handlers.DownloadPreview = () => ({ downloadPreview: preview({ tooLong: true, alreadyDownloaded: true, durationSeconds: 5400 }) });
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    await previewLink();
    expect(await screen.findByText('Longer than the 60-minute limit')).toBeInTheDocument();
    expect(screen.getByText(/This video runs 1:30:00/)).toBeInTheDocument();
    expect(screen.getByText('Already in the library')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download' })).toBeDisabled();
  });

  it('downloads the first N videos of a playlist and says it waits for approval', async () => {
    // Which videos are too long is the server's word (here with no length in the preview to go by).
    const entries = Array.from({ length: 12 }, (_, i) => ({
      videoId: `v${i + 1}`,
      title: `Episode ${i + 1}`,
      durationSeconds: i === 1 ? null : 300,
      url: `https://www.youtube.com/watch?v=v${i + 1}`,
      tooLong: i === 1,
    }));
    api.handlers.DownloadQuota = () => ({ downloadQuota: quota({ needsApproval: true }) });
    api.handlers.DownloadPreview = () => ({
      downloadPreview: preview({ isPlaylist: true, title: 'Open Movies', durationSeconds: null, entryCount: 12, entries }),
    });
    api.handlers.EnqueueDownload = ({ input }) => ({
      enqueueDownload: {
        __typename: 'DownloadAwaitingApproval',
        download: makeDownload({
          id: '60',
          kind: 'PLAYLIST',
          title: 'Open Movies',
          status: 'PENDING_APPROVAL',
          entryCount: (input as { maxVideos: number }).maxVideos,
        }),
      },
    });
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    expect(await screen.findByText('Needs approval')).toBeInTheDocument();
    await previewLink('https://www.youtube.com/playlist?list=PL1');

    expect(await screen.findByText('Playlist · 12 videos')).toBeInTheDocument();
    const rows = screen.getAllByTestId('preview-entry');
    expect(rows).toHaveLength(12);
    expect(rows[1]).toHaveTextContent('Too long, will be skipped');
    expect(rows.filter((r) => r.textContent?.includes('Too long'))).toHaveLength(1);
    expect(screen.getByTestId('preview-skipped')).toHaveTextContent('1 video is over the length limit and will be skipped');
    const count = screen.getByRole('spinbutton', { name: 'Videos to download' });
    expect(count).toHaveValue(12);
    // 11 would download: more than the 7 left today.
    expect(count).toHaveAccessibleDescription("You have 7 left today (videos that are too long don't count): choose fewer videos.");
    await userEvent.clear(count);
    await userEvent.type(count, '8');
    expect(count).toHaveAccessibleDescription('The first videos of the playlist, up to 12.');
    await userEvent.clear(count);
    await userEvent.type(count, '1');
    expect(screen.getAllByTestId('preview-entry')[1]).toHaveTextContent('(not included)');
    expect(screen.queryByTestId('preview-skipped')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(await screen.findByText('Waiting for approval')).toBeInTheDocument();
    expect(screen.getByText('1 video from Open Movies starts once it is approved.')).toBeInTheDocument();
    expect(api.callsTo('EnqueueDownload')[0]).toEqual({
      input: { url: URL, quality: 'BEST', container: 'MP4', maxVideos: 1 },
    });
  });

  it('won’t queue a playlist whose chosen videos are all over the length limit', async () => {
    const entries = [true, false].map((tooLong, i) => ({
      videoId: `w${i}`,
      title: `Part ${i + 1}`,
      durationSeconds: tooLong ? 7200 : 60,
      url: `https://www.youtube.com/watch?v=w${i}`,
      tooLong,
    }));
    api.handlers.DownloadPreview = () => ({
      downloadPreview: preview({ isPlaylist: true, title: 'Long Talks', durationSeconds: null, entryCount: 2, entries }),
    });
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: user });
    await previewLink('https://www.youtube.com/playlist?list=PL2');
    const count = await screen.findByRole('spinbutton', { name: 'Videos to download' });
    expect(screen.getByRole('button', { name: 'Download' })).toBeEnabled();
    await userEvent.clear(count);
    await userEvent.type(count, '1');
    expect(screen.getByTestId('preview-skipped')).toHaveTextContent('1 video is over the length limit and will be skipped');
    expect(screen.getByTestId('preview-skipped')).toHaveTextContent('Every video you chose is too long');
    expect(screen.getByRole('button', { name: 'Download' })).toBeDisabled();
  });

  it('says so when the account may not download', async () => {
    renderWithProviders(<DownloadsPage />, { route: '/downloads', me: { ...user, permissions: [] } });
    expect(screen.getByText("Your account can't download videos")).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Video or playlist URL' })).not.toBeInTheDocument();
    expect(await screen.findByText('No downloads yet')).toBeInTheDocument();
  });
});

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

describe('DownloadsPage for admins and approvers', () => {
  const waiting = makeDownload({ id: '8', title: 'Elephants Dream', status: 'PENDING_APPROVAL', canCancel: true });
  const OTHER = { id: '9', displayName: 'Pat Other', username: 'pat' };

  beforeEach(() => {
    api.handlers.DownloadApprovals = () => ({ downloadApprovals: downloadPage([waiting]) });
    api.handlers.DeclineDownload = ({ id, reason }) => ({
      declineDownload: { ...waiting, id: String(id), status: 'DECLINED', declineReason: reason, canCancel: false, updatedAt: new Date().toISOString() },
    });
    api.handlers.ApproveDownload = ({ id }) => ({
      approveDownload: { ...waiting, id: String(id), status: 'QUEUED', updatedAt: new Date().toISOString() },
    });
  });

  it('shows everyone’s downloads with who asked, live from a subscription of their own', async () => {
    api.handlers.Downloads = ({ everyone }) => connection(everyone ? [waiting] : []);
    api.handlers.DownloadQuota = () => ({ downloadQuota: quota({ unlimited: true, remaining: 0, used: 20 }) });
    renderWithProviders(<DownloadsPage />, { route: '/downloads?view=all', me: admin });
    expect(screen.getByRole('tab', { name: 'All downloads' })).toHaveAttribute('aria-selected', 'true');
    const row = await screen.findByTestId('download-row');
    expect(row).toHaveTextContent('Asked by Sam User');
    expect(api.callsTo('Downloads')).toContainEqual({ first: 25, after: null, status: null, everyone: true, active: null });
    expect(within(row).getByRole('button', { name: 'Approve Elephants Dream' })).toBeInTheDocument();
    expect(await screen.findByText('No daily limit')).toBeInTheDocument();

    expect(everyoneSubs().filter((s) => s.open)).toHaveLength(1);
    pushEveryone(makeDownload({ id: '20', title: 'Spring', status: 'RUNNING', progress: 0.3, owner: OTHER, createdAt: '2025-03-05T12:00:00.000Z' }));
    const bar = await screen.findByRole('progressbar', { name: 'Spring progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '30');
    expect(screen.getAllByTestId('download-row').map((r) => r.dataset.downloadId)).toEqual(['20', '8']);

    // Leaving the view closes it.
    await userEvent.click(screen.getByRole('tab', { name: 'My downloads' }));
    expect(everyoneSubs().filter((s) => s.open)).toHaveLength(0);
  });

  it('approves and declines (the reason is optional) from the approval queue', async () => {
    renderWithProviders(<DownloadsPage />, { route: '/downloads?view=approvals', me: admin });
    expect(await screen.findByRole('tab', { name: 'Approvals (1 waiting)' })).toHaveAttribute('aria-selected', 'true');
    const row = await screen.findByTestId('download-row');
    await userEvent.click(within(row).getByRole('button', { name: 'Decline Elephants Dream' }));
    const dialog = screen.getByRole('dialog', { name: 'Decline Elephants Dream' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(api.callsTo('DeclineDownload')).toEqual([{ id: '8', reason: null }]));
    expect(await screen.findByText('Nothing is waiting for approval')).toBeInTheDocument();
  });

  it('keeps the approval queue live for admins: new ones join, decided ones leave', async () => {
    renderWithProviders(<DownloadsPage />, { route: '/downloads?view=approvals', me: admin });
    await screen.findByTestId('download-row');
    expect(everyoneSubs().filter((s) => s.open)).toHaveLength(1);
    const asked = makeDownload({ id: '21', title: 'Agent 327', status: 'PENDING_APPROVAL', owner: OTHER, createdAt: '2025-03-05T12:00:00.000Z' });
    pushEveryone(asked);
    expect(await screen.findByRole('button', { name: 'Approve Agent 327' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Approvals (2 waiting)' })).toBeInTheDocument();
    pushEveryone({ ...asked, status: 'DECLINED', updatedAt: '2025-03-05T12:01:00.000Z' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Approve Agent 327' })).not.toBeInTheDocument());
    expect(screen.getByRole('tab', { name: 'Approvals (1 waiting)' })).toBeInTheDocument();
  });

  it('approves with one click and moves between tabs with the arrow keys', async () => {
    renderWithProviders(<DownloadsPage />, { route: '/downloads?view=approvals', me: admin });
    const row = await screen.findByTestId('download-row');
    await userEvent.click(within(row).getByRole('button', { name: 'Approve Elephants Dream' }));
    await waitFor(() => expect(api.callsTo('ApproveDownload')).toEqual([{ id: '8' }]));
    expect(await screen.findByText('Approved')).toBeInTheDocument();

    screen.getByRole('tab', { name: /Approvals/ }).focus();
    await userEvent.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: 'My downloads' })).toHaveFocus();
    expect(screen.getByRole('region', { name: 'Queue' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'History' })).toBeInTheDocument();
  });

  it('lets people who manage requests approve downloads, without everyone’s downloads', async () => {
    renderWithProviders(<DownloadsPage />, { route: '/downloads?view=all', me: approver });
    // No "All downloads" for them: the link falls back to their own.
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['My downloads', expect.stringMatching(/^Approvals/)]);
    expect(screen.getByRole('tab', { name: 'My downloads' })).toHaveAttribute('aria-selected', 'true');

    await userEvent.click(screen.getByRole('tab', { name: /Approvals/ }));
    const row = await screen.findByTestId('download-row');
    expect(row).toHaveTextContent('Asked by Sam User');
    await userEvent.click(within(row).getByRole('button', { name: 'Approve Elephants Dream' }));
    await waitFor(() => expect(api.callsTo('ApproveDownload')).toEqual([{ id: '8' }]));
    expect(await screen.findByText('Nothing is waiting for approval')).toBeInTheDocument();

    // They never ask for everyone's downloads: the server refuses it to anyone but admins.
    expect(everyoneSubs()).toHaveLength(0);
    expect(api.callsTo('Downloads').every((v) => v.everyone === false)).toBe(true);
  });

  it('shows approvers no "Show videos" for a playlist they may not list', async () => {
    const playlist = makeDownload({ id: '30', kind: 'PLAYLIST', title: 'Shorts', status: 'PENDING_APPROVAL', entryCount: 4 });
    api.handlers.DownloadApprovals = () => ({ downloadApprovals: downloadPage([playlist]) });
    renderWithProviders(<DownloadsPage />, { route: '/downloads?view=approvals', me: approver });
    const row = await screen.findByTestId('download-row');
    expect(within(row).getByRole('button', { name: 'Approve Shorts' })).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Show videos in Shorts' })).not.toBeInTheDocument();
  });

  it('hides the admin views from everyone else', async () => {
    renderWithProviders(<DownloadsPage />, { route: '/downloads?view=all', me: user });
    await screen.findByText('No downloads yet');
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Approve/ })).not.toBeInTheDocument();
    expect(api.callsTo('DownloadApprovals')).toHaveLength(0);
    expect(api.callsTo('Downloads').every((v) => v.everyone === false)).toBe(true);
    expect(everyoneSubs()).toHaveLength(0);
  });
});
