import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { flattenRequests, mergeRequestIntoPages, removeRequestFromPages, type RequestsData, type RequestsPage } from './cache';
import { requestKeys, type MediaRequest } from './keys';
import { useLiveRequests } from './useLiveRequests';

type Next = (data: { requestUpdated: MediaRequest }) => void;
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

function makeRequest(id: string, overrides: Partial<MediaRequest> = {}): MediaRequest {
  const createdAt = overrides.createdAt ?? '2025-03-04T12:00:00.000Z';
  return {
    id,
    mediaType: 'movie',
    tmdbId: Number(id) * 100,
    title: `Title ${id}`,
    year: 2020,
    seasons: [],
    is4k: false,
    note: '',
    status: 'PENDING',
    declineReason: null,
    error: null,
    createdAt,
    updatedAt: createdAt,
    posterUrl: null,
    ...overrides,
  };
}

function page(requests: MediaRequest[], hasNextPage = false, totalCount = requests.length): RequestsPage {
  return {
    totalCount,
    edges: requests.map((node, i) => ({ cursor: String(i + 1), node })),
    pageInfo: { hasNextPage, endCursor: String(requests.length) },
  };
}
const data = (...pages: RequestsPage[]): RequestsData => ({ pages, pageParams: pages.map((_, i) => (i ? String(i) : null)) });

const older = makeRequest('1', { createdAt: '2025-03-01T00:00:00Z' });
const newer = makeRequest('2', { createdAt: '2025-03-03T00:00:00Z' });

describe('mergeRequestIntoPages', () => {
  it('replaces a listed request in place and ignores stale pushes', () => {
    const list = data(page([newer, older]));
    const approved = { ...older, status: 'APPROVED' as const, updatedAt: '2025-03-05T00:00:00Z' };
    const merged = mergeRequestIntoPages(list, approved, { status: null });
    expect(flattenRequests(merged).map((r) => [r.id, r.status])).toEqual([
      ['2', 'PENDING'],
      ['1', 'APPROVED'],
    ]);
    expect(mergeRequestIntoPages(merged, older, { status: null })).toBe(merged);
  });

  it('inserts new requests by date when they match the filter, and counts them', () => {
    const list = data(page([newer, older]));
    const middle = makeRequest('3', { createdAt: '2025-03-02T00:00:00Z' });
    const merged = mergeRequestIntoPages(list, middle, { status: null });
    expect(flattenRequests(merged).map((r) => r.id)).toEqual(['2', '3', '1']);
    expect(merged.pages[0]!.totalCount).toBe(3);
    expect(mergeRequestIntoPages(list, middle, { status: 'DECLINED' })).toBe(list);
    expect(mergeRequestIntoPages(list, middle, { status: null }, false)).toBe(list);
  });

  it('leaves requests older than a partly loaded list for "Load more"', () => {
    const list = data(page([newer], true, 5));
    expect(mergeRequestIntoPages(list, makeRequest('9', { createdAt: '2024-01-01T00:00:00Z' }), { status: null })).toBe(list);
  });

  it('removes a deleted request', () => {
    const list = data(page([newer, older]));
    const removed = removeRequestFromPages(list, '1');
    expect(flattenRequests(removed).map((r) => r.id)).toEqual(['2']);
    expect(removed.pages[0]!.totalCount).toBe(1);
    expect(removeRequestFromPages(removed, '1')).toBe(removed);
  });
});

function Live({ manager }: { manager: boolean }) {
  useLiveRequests(manager);
  return null;
}

const MINE = requestKeys.mine(20);
const ALL = requestKeys.all({ status: null }, 25);

function setup(manager = false) {
  const utils = renderWithProviders(<Live manager={manager} />);
  utils.client.setQueryData<RequestsData>(MINE, data(page([newer, older])));
  utils.client.setQueryData<RequestsData>(ALL, data(page([newer, older])));
  return utils;
}

const push = (request: MediaRequest): void => act(() => ws.next?.({ requestUpdated: request }));
const ids = (data: RequestsData | undefined): string[] => (data ? flattenRequests(data).map((r) => `${r.id}:${r.status}`) : []);

beforeEach(() => {
  ws.next = null;
  ws.reconnect = null;
});

describe('useLiveRequests', () => {
  it('merges pushes into every list and toasts when a request reaches Plex', async () => {
    const { client } = setup();
    push({ ...older, status: 'AVAILABLE', updatedAt: '2025-03-06T00:00:00Z' });
    expect(ids(client.getQueryData(MINE))).toEqual(['2:PENDING', '1:AVAILABLE']);
    expect(ids(client.getQueryData(ALL))).toEqual(['2:PENDING', '1:AVAILABLE']);
    expect(await screen.findByText('Title 1 is now on Plex')).toBeInTheDocument();
  });

  it('toasts a decline with its reason, once', async () => {
    setup();
    const declined = { ...newer, status: 'DECLINED' as const, declineReason: 'Already on the other server', updatedAt: '2025-03-06T00:00:00Z' };
    push(declined);
    push({ ...declined, updatedAt: '2025-03-06T00:00:01Z' });
    expect(await screen.findByText('Title 2 was declined')).toBeInTheDocument();
    expect(screen.getAllByText('Reason: Already on the other server')).toHaveLength(1);
  });

  it('adds a new request of a requester to their list, without a toast for other statuses', () => {
    const { client } = setup();
    push(makeRequest('7', { createdAt: '2025-03-07T00:00:00Z', status: 'APPROVED' }));
    expect(ids(client.getQueryData(MINE))[0]).toBe('7:APPROVED');
    expect(screen.queryByText(/now on Plex|declined/)).toBeNull();
  });

  it("for managers, someone else's request joins only the all-requests list, and raises no toast", () => {
    const { client } = setup(true);
    push(makeRequest('8', { createdAt: '2025-03-07T00:00:00Z', status: 'AVAILABLE' }));
    expect(ids(client.getQueryData(MINE))).toEqual(['2:PENDING', '1:PENDING']);
    expect(ids(client.getQueryData(ALL))[0]).toBe('8:AVAILABLE');
    expect(screen.queryByText(/now on Plex/)).toBeNull();
  });

  it('refetches request lists after the socket reconnects', () => {
    const { client } = setup();
    const spy = vi.spyOn(client, 'invalidateQueries');
    act(() => ws.reconnect?.());
    expect(spy).toHaveBeenCalledWith({ queryKey: requestKeys.root });
  });
});
