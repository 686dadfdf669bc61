import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadPage, makeDownload } from '../../test/fixtures';
import { makeViewer, renderWithProviders } from '../../test/render';
import { DownloadsPage } from './DownloadsPage';
import type { Download } from './keys';
import { api, connection, mockDownloadsApi, quota, user, ws, type Sub } from './testing';

vi.mock('../../lib/ws', async () => (await import('./testing')).wsMock);

mockDownloadsApi();

/** Subscriptions that ask for everyone's downloads (admins only). */
const everyoneSubs = (): Sub[] => ws.subs.filter((s) => /downloadUpdated\(everyone: true\)/.test(s.query));
const pushEveryone = (download: Download): void =>
  act(() => everyoneSubs().filter((s) => s.open).forEach((s) => s.next({ downloadUpdated: download })));

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
