import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadPage, makeDownload } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { flattenDownloads, type DownloadsData } from './cache';
import { downloadKeys, type Download } from './keys';
import { useLiveDownloads } from './useLiveDownloads';

type Next = (data: { downloadUpdated: Download }) => void;
const ws = vi.hoisted(() => ({ next: null as null | Next, reconnect: null as null | (() => void) }));

vi.mock('../../lib/ws', () => ({
  subscribe: (_doc: unknown, _vars: unknown, handlers: { next: Next }) => {
    ws.next = handlers.next;
    return () => {
      ws.next = null;
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

const MINE = downloadKeys.list({ everyone: false, status: null }, 25);
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
