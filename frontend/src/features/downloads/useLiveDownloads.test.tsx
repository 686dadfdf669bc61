import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '../../components/toast/ToastProvider';
import { downloadPage, makeDownload } from '../../test/fixtures';
import { makeViewer, renderWithProviders } from '../../test/render';
import { meKey } from '../auth/useMe';
import { flattenDownloads, type DownloadsData } from './cache';
import { downloadKeys, type Download } from './keys';
import { useLiveDownloads, useLiveEveryoneDownloads } from './useLiveDownloads';

type Next = (data: { downloadUpdated: Download }) => void;
interface Sub {
  query: string;
  next: Next;
  open: boolean;
}
const ws = vi.hoisted(() => ({ next: null as null | Next, reconnect: null as null | (() => void), subs: [] as Sub[] }));

vi.mock('../../lib/ws', () => ({
  subscribe: (doc: unknown, _vars: unknown, handlers: { next: Next }) => {
    const sub = { query: String(doc), next: handlers.next, open: true };
    ws.subs.push(sub);
    const everyone = sub.query.includes('everyone: true');
    if (!everyone) ws.next = handlers.next;
    return () => {
      sub.open = false;
      if (!everyone) ws.next = null;
    };
  },
  onReconnect: (listener: () => void) => {
    ws.reconnect = listener;
    return () => {
      ws.reconnect = null;
    };
  },
}));

const ME = { id: '2', displayName: 'Sam User', username: 'sam' };
const OTHER = { id: '9', displayName: 'Olivia Owner', username: 'olivia' };

function Live() {
  useLiveDownloads(ME.id);
  return null;
}

const MINE = downloadKeys.list({ everyone: false, status: null, active: null }, 25);
const running = makeDownload({ id: '5', title: 'Big Buck Bunny', status: 'RUNNING', phase: 'DOWNLOADING', progress: 0.5 });
const done = makeDownload({ id: '4', title: 'Sintel', status: 'COMPLETED', phase: 'DONE', progress: 1, canCancel: false });

function setup() {
  const utils = renderWithProviders(<Live />);
  utils.client.setQueryData<DownloadsData>(MINE, { pages: [downloadPage([running, done])], pageParams: [null] });
  return utils;
}

const push = (download: Download): void => act(() => ws.next?.({ downloadUpdated: download }));
const later = (minute: number): string => `2025-03-04T12:${String(minute).padStart(2, '0')}:00.000Z`;

beforeEach(() => {
  ws.next = null;
  ws.reconnect = null;
  ws.subs = [];
});

describe('useLiveDownloads', () => {
  it('updates rows in place and prepends my new downloads, not other people’s', () => {
    const { client } = setup();
    push({ ...running, progress: 0.75, updatedAt: later(1) });
    push(makeDownload({ id: '6', createdAt: later(2), owner: ME }));
    push(makeDownload({ id: '7', createdAt: later(3), owner: OTHER }));
    const rows = flattenDownloads(client.getQueryData<DownloadsData>(MINE)!);
    expect(rows.map((r) => [r.id, r.progress])).toEqual([
      ['6', 0],
      ['5', 0.75],
      ['4', 1],
    ]);
  });

  it('toasts "Saved to Plex" when a download seen running completes', async () => {
    setup();
    push({ ...running, status: 'COMPLETED', phase: 'DONE', progress: 1, updatedAt: later(4) });
    expect(await screen.findByText('Saved to Plex: Big Buck Bunny')).toBeInTheDocument();
  });

  it('toasts the error message when one fails, once', async () => {
    setup();
    const failed = { ...running, status: 'FAILED', errorMessage: 'The site could not be reached. Try again later.', updatedAt: later(4) } as const;
    push(failed);
    expect(await screen.findByText('Download failed: Big Buck Bunny')).toBeInTheDocument();
    expect(screen.getByText('The site could not be reached. Try again later.')).toBeInTheDocument();
    push({ ...failed, updatedAt: later(5) });
    expect(screen.getAllByText('Download failed: Big Buck Bunny')).toHaveLength(1);
  });

  it('remembers downloads seen live even when no list shows them', async () => {
    setup();
    const fresh = makeDownload({ id: '30', title: 'Tears of Steel', owner: ME, createdAt: later(6) });
    push({ ...fresh, status: 'RUNNING' });
    push({ ...fresh, status: 'COMPLETED', updatedAt: later(7) });
    expect(await screen.findByText('Saved to Plex: Tears of Steel')).toBeInTheDocument();
  });

  it('stays quiet for downloads already finished, other people’s, and playlist videos', () => {
    setup();
    push({ ...done, updatedAt: later(8) });
    push(makeDownload({ id: '40', owner: OTHER, status: 'COMPLETED' }));
    push(makeDownload({ id: '41', parentId: '5', owner: ME, status: 'RUNNING' }));
    push(makeDownload({ id: '41', parentId: '5', owner: ME, status: 'COMPLETED', updatedAt: later(9) }));
    expect(screen.queryByText(/Saved to Plex|Download failed/)).not.toBeInTheDocument();
  });

  it('refetches downloads after the socket reconnects', () => {
    const { client } = setup();
    const spy = vi.spyOn(client, 'invalidateQueries');
    act(() => ws.reconnect?.());
    expect(spy).toHaveBeenCalledWith({ queryKey: downloadKeys.root });
  });
});

describe('useLiveEveryoneDownloads', () => {
  const ADMIN = makeViewer({ id: '1' });
  const ALL = downloadKeys.list({ everyone: true, status: null, active: null }, 25);
  const QUEUE = downloadKeys.list({ everyone: false, status: null, active: true }, 25);
  const everyone = (): Sub[] => ws.subs.filter((s) => s.query.includes('downloadUpdated(everyone: true)'));

  /** An admin view of everyone's downloads, with the shell's own subscription running too. */
  function AdminView({ viewerId }: { viewerId: string }) {
    useLiveDownloads(viewerId);
    useLiveEveryoneDownloads();
    return null;
  }

  it('keeps the session-wide subscription to the viewer’s own downloads', () => {
    renderWithProviders(<Live />, { me: ADMIN });
    expect(ws.subs).toHaveLength(1);
    expect(ws.subs[0]!.query).toMatch(/downloadUpdated \{/);
    expect(everyone()).toHaveLength(0);
  });

  it('opens a subscription to everyone’s downloads for admins, and closes it on unmount', () => {
    const { client, unmount } = renderWithProviders(<AdminView viewerId={ADMIN.id} />, { me: ADMIN });
    client.setQueryData<DownloadsData>(ALL, { pages: [downloadPage([running])], pageParams: [null] });
    expect(everyone()).toHaveLength(1);
    act(() => everyone()[0]!.next({ downloadUpdated: makeDownload({ id: '7', owner: OTHER, createdAt: later(3) }) }));
    expect(flattenDownloads(client.getQueryData<DownloadsData>(ALL)!).map((d) => d.id)).toEqual(['7', '5']);
    unmount();
    expect(everyone()[0]!.open).toBe(false);
  });

  it('leaves the admin’s own downloads to the session-wide subscription, so their toasts are not lost', async () => {
    const mine = makeDownload({ id: '12', title: 'Cosmos Laundromat', status: 'RUNNING', owner: { id: '1', displayName: 'Olivia Owner', username: 'olivia' } });
    const { client } = renderWithProviders(<AdminView viewerId={ADMIN.id} />, { me: ADMIN });
    client.setQueryData<DownloadsData>(QUEUE, { pages: [downloadPage([mine])], pageParams: [null] });
    const done = { ...mine, status: 'COMPLETED', phase: 'DONE', progress: 1, updatedAt: later(9) } as const;
    // The everyone stream happens to deliver it first.
    act(() => everyone()[0]!.next({ downloadUpdated: done }));
    expect(flattenDownloads(client.getQueryData<DownloadsData>(QUEUE)!).map((d) => d.status)).toEqual(['RUNNING']);
    push(done);
    expect(await screen.findByText('Saved to Plex: Cosmos Laundromat')).toBeInTheDocument();
    expect(client.getQueryData<DownloadsData>(QUEUE)!.pages[0]!.edges).toHaveLength(0);
  });

  it('never asks for everyone’s downloads for anyone but admins, approvers included', () => {
    const approver = makeViewer({ id: '3', role: 'USER', isAdmin: false, isOwner: false, permissions: ['MANAGE_REQUESTS', 'DOWNLOAD'] });
    renderWithProviders(<AdminView viewerId={approver.id} />, { me: approver });
    expect(ws.subs).toHaveLength(1);
    expect(everyone()).toHaveLength(0);
  });

  it('refetches everyone’s lists loaded while nobody followed them', () => {
    const client = new QueryClient();
    client.setQueryData<DownloadsData>(ALL, { pages: [downloadPage([running])], pageParams: [null] });
    client.setQueryData<DownloadsData>(MINE, { pages: [downloadPage([running])], pageParams: [null] });
    client.setQueryData(meKey, ADMIN);
    const spy = vi.spyOn(client, 'invalidateQueries');
    render(
      <QueryClientProvider client={client}>
        <ToastProvider>
          <Everyone />
        </ToastProvider>
      </QueryClientProvider>,
    );
    const predicate = (spy.mock.calls[0]![0] as { predicate: (q: unknown) => boolean }).predicate;
    const cached = client.getQueryCache().getAll();
    expect(cached.filter((q) => predicate(q)).map((q) => q.queryKey)).toEqual([ALL]);
  });
});

function Everyone() {
  useLiveEveryoneDownloads();
  return null;
}
