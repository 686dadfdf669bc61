import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { makeDownload } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { DownloadsPage } from './DownloadsPage';
import { api, connection, mockDownloadsApi, preview, quota, region, URL, user } from './testing';

vi.mock('../../lib/ws', async () => (await import('./testing')).wsMock);

mockDownloadsApi();

const urlBox = () => screen.getByRole('textbox', { name: 'Video or playlist URL' });

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
