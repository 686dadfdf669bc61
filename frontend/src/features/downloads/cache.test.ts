import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { downloadPage, makeDownload } from '../../test/fixtures';
import {
  applyDownloadToCache,
  findCachedDownload,
  flattenDownloads,
  mergeDownloadIntoPages,
  detailPlaylist,
  detailVideos,
  mergeIntoDetail,
  withoutMoved,
  type DownloadDetail,
  type DownloadDetailData,
  type DownloadsData,
} from './cache';
import { downloadKeys, type Download } from './keys';

const at = (minute: number): string => new Date(Date.UTC(2025, 2, 4, 12, minute)).toISOString();
const d = (id: string, minute: number, overrides: Partial<Download> = {}): Download =>
  makeDownload({ id, createdAt: at(minute), updatedAt: at(minute), ...overrides });
const data = (...pages: ReturnType<typeof downloadPage>[]): DownloadsData => ({
  pages,
  pageParams: pages.map((_, i) => (i === 0 ? null : `p${i}`)),
});
const ids = (value: DownloadsData): string[] => flattenDownloads(value).map((x) => x.id);
const ANY = { status: null, active: null, order: 'newest', insert: true } as const;

/** A playlist's cached pages of videos (each page repeats the playlist), like `download(id) { children(first, after) }`. */
function detail(playlist: Download, pages: Download[][], { totalCount, more = false }: { totalCount?: number; more?: boolean } = {}): DownloadDetailData {
  const total = totalCount ?? pages.flat().length;
  return {
    pages: pages.map((videos, i): DownloadDetail => ({
      ...playlist,
      children: {
        edges: videos.map((node) => ({ cursor: `c${node.id}`, node })),
        pageInfo: { hasNextPage: more || i < pages.length - 1, endCursor: videos.length ? `c${videos.at(-1)!.id}` : null },
        totalCount: total,
      },
    })),
    pageParams: pages.map((_, i) => (i === 0 ? null : `p${i}`)),
  };
}
const videoIds = (value: DownloadDetailData): string[] => detailVideos(value).map((x) => x.id);

describe('mergeDownloadIntoPages', () => {
  it('updates a listed download in place, ignoring older pushes', () => {
    const before = data(downloadPage([d('3', 3), d('2', 2, { status: 'RUNNING', updatedAt: at(10) })]));
    const newer = mergeDownloadIntoPages(before, d('2', 2, { status: 'RUNNING', progress: 0.5, updatedAt: at(11) }), ANY);
    expect(flattenDownloads(newer)[1]!.progress).toBe(0.5);
    const older = d('2', 2, { progress: 0.1, updatedAt: at(9) });
    expect(mergeDownloadIntoPages(before, older, ANY)).toBe(before);
  });

  it('prepends a new top-level download and counts it', () => {
    const before = data(downloadPage([d('2', 2), d('1', 1)], { hasNextPage: true, totalCount: 30 }));
    const after = mergeDownloadIntoPages(before, d('5', 5), ANY);
    expect(ids(after)).toEqual(['5', '2', '1']);
    expect(after.pages[0]!.totalCount).toBe(31);
  });

  it('never lists a playlist video on its own', () => {
    const before = data(downloadPage([d('2', 2)]));
    expect(mergeDownloadIntoPages(before, d('9', 9, { parentId: '2' }), ANY)).toBe(before);
  });

  it('leaves out an older finished download beyond the loaded window, but shows an active one', () => {
    const before = data(downloadPage([d('9', 9), d('8', 8)], { hasNextPage: true, totalCount: 40 }));
    expect(mergeDownloadIntoPages(before, d('3', 3, { status: 'COMPLETED' }), ANY)).toBe(before);
    const after = mergeDownloadIntoPages(before, d('3', 3, { status: 'RUNNING' }), ANY);
    expect(ids(after)).toEqual(['9', '8', '3']);
    expect(after.pages[0]!.totalCount).toBe(40);
  });

  it('only updates when inserting is not allowed (someone else’s download in my list)', () => {
    const before = data(downloadPage([d('2', 2)]));
    expect(mergeDownloadIntoPages(before, d('5', 5), { ...ANY, insert: false })).toBe(before);
  });

  it('drops a row that left a status-filtered list (the approval queue), and appends new ones there', () => {
    const spec = { status: 'PENDING_APPROVAL', active: null, order: 'oldest', insert: true } as const;
    const before = data(downloadPage([d('1', 1, { status: 'PENDING_APPROVAL' }), d('2', 2, { status: 'PENDING_APPROVAL' })]));
    const approved = mergeDownloadIntoPages(before, d('1', 1, { status: 'QUEUED', updatedAt: at(5) }), spec);
    expect(ids(approved)).toEqual(['2']);
    expect(approved.pages[0]!.totalCount).toBe(1);
    const added = mergeDownloadIntoPages(approved, d('7', 7, { status: 'PENDING_APPROVAL' }), spec);
    expect(ids(added)).toEqual(['2', '7']);
    expect(mergeDownloadIntoPages(added, d('8', 8, { status: 'QUEUED' }), spec)).toBe(added);
  });
});

describe('mergeDownloadIntoPages: the Queue and the History', () => {
  const QUEUE = { status: null, active: true, order: 'newest', insert: true } as const;
  const HISTORY = { status: null, active: false, order: 'newest', insert: true } as const;

  it('drops a queue row once it ended and places it in the history by creation time', () => {
    const queue = data(downloadPage([d('6', 6, { status: 'RUNNING' }), d('4', 4, { status: 'RUNNING' })], { totalCount: 2 }));
    const history = data(downloadPage([d('5', 5, { status: 'COMPLETED' }), d('3', 3, { status: 'FAILED' })], { totalCount: 2 }));
    const ended = d('4', 4, { status: 'COMPLETED', updatedAt: at(20) });
    const nextQueue = mergeDownloadIntoPages(queue, ended, { ...QUEUE, previous: 'RUNNING' });
    const nextHistory = mergeDownloadIntoPages(history, ended, { ...HISTORY, previous: 'RUNNING' });
    expect(ids(nextQueue)).toEqual(['6']);
    expect(nextQueue.pages[0]!.totalCount).toBe(1);
    expect(ids(nextHistory)).toEqual(['5', '4', '3']);
    expect(nextHistory.pages[0]!.totalCount).toBe(3);
  });

  it('moves a retried row back from the history to the queue', () => {
    const queue = data(downloadPage([d('6', 6, { status: 'QUEUED' })]));
    const history = data(downloadPage([d('5', 5, { status: 'FAILED' }), d('3', 3, { status: 'CANCELLED' })]));
    const retried = d('3', 3, { status: 'QUEUED', updatedAt: at(30) });
    expect(ids(mergeDownloadIntoPages(history, retried, { ...HISTORY, previous: 'CANCELLED' }))).toEqual(['5']);
    const nextQueue = mergeDownloadIntoPages(queue, retried, { ...QUEUE, previous: 'CANCELLED' });
    expect(ids(nextQueue)).toEqual(['6', '3']);
    expect(nextQueue.pages[0]!.totalCount).toBe(2);
  });

  it('prepends a new download to the list its status belongs to, and only there', () => {
    const queue = data(downloadPage([d('2', 2, { status: 'RUNNING' })]));
    const history = data(downloadPage([d('1', 1, { status: 'COMPLETED' })], { hasNextPage: true, totalCount: 40 }));
    const waiting = d('7', 7, { status: 'PENDING_APPROVAL' });
    expect(ids(mergeDownloadIntoPages(queue, waiting, QUEUE))).toEqual(['7', '2']);
    expect(mergeDownloadIntoPages(history, waiting, HISTORY)).toBe(history);
    // "Already in the library": a new row that is finished at once.
    const copy = d('8', 8, { status: 'COMPLETED', attempts: 0 });
    expect(mergeDownloadIntoPages(queue, copy, QUEUE)).toBe(queue);
    const after = mergeDownloadIntoPages(history, copy, HISTORY);
    expect(ids(after)).toEqual(['8', '1']);
    expect(after.pages[0]!.totalCount).toBe(41);
  });

  it('leaves a row that ended beyond the loaded history to "Load more", counting it only when it moved in', () => {
    const history = data(downloadPage([d('9', 9, { status: 'COMPLETED' })], { hasNextPage: true, totalCount: 30 }));
    const old = d('2', 2, { status: 'COMPLETED', updatedAt: at(40) });
    const moved = mergeDownloadIntoPages(history, old, { ...HISTORY, previous: 'RUNNING' });
    expect(ids(moved)).toEqual(['9']);
    expect(moved.pages[0]!.totalCount).toBe(31);
    expect(mergeDownloadIntoPages(history, old, HISTORY)).toBe(history);
    expect(mergeDownloadIntoPages(history, old, { ...HISTORY, previous: 'COMPLETED' })).toBe(history);
  });
});

describe('withoutMoved', () => {
  it('keeps a download only in the list it belongs to, by its newest copy', () => {
    const running = d('4', 4, { status: 'RUNNING', updatedAt: at(5) });
    const completed = d('4', 4, { status: 'COMPLETED', updatedAt: at(9) });
    const other = d('3', 3, { status: 'QUEUED' });
    expect(withoutMoved([running, other], [completed], true)).toEqual([other]);
    expect(withoutMoved([completed], [running, other], false)).toEqual([completed]);
    const queue = [other];
    expect(withoutMoved(queue, [completed], true)).toBe(queue);
  });
});

describe('mergeIntoDetail', () => {
  const playlist = d('10', 1, { kind: 'PLAYLIST', entryCount: 3 });
  const v = (id: string, overrides: Partial<Download> = {}): Download => d(id, 1, { parentId: '10', ...overrides });

  it('patches a video inside the cached pages, adds a missing one in playlist order, and keeps the videos when the playlist changes', () => {
    const before = detail(playlist, [[v('11'), v('13')]]);
    const progressed = mergeIntoDetail(before, v('11', { progress: 0.6, updatedAt: at(3) }));
    expect(detailVideos(progressed)[0]!.progress).toBe(0.6);
    expect(mergeIntoDetail(progressed, v('11', { progress: 0.1, updatedAt: at(2) }))).toBe(progressed);
    const added = mergeIntoDetail(progressed, v('12'));
    expect(videoIds(added)).toEqual(['11', '12', '13']);
    expect(added.pages[0]!.children.totalCount).toBe(3);
    const parent = mergeIntoDetail(added, d('10', 1, { kind: 'PLAYLIST', completedCount: 1, updatedAt: at(4) }));
    expect(detailPlaylist(parent)!.completedCount).toBe(1);
    expect(parent.pages[0]!.children).toBe(added.pages[0]!.children);
    expect(mergeIntoDetail(before, d('99', 1, { parentId: '50' }))).toBe(before);
  });

  it('patches a video on a later page, and leaves a new one past the loaded pages to "Load more" (counted)', () => {
    const before = detail(playlist, [[v('11'), v('12')], [v('13'), v('14')]], { more: true, totalCount: 120 });
    const running = mergeIntoDetail(before, v('14', { status: 'RUNNING', updatedAt: at(5) }));
    expect(running.pages[0]).toBe(before.pages[0]);
    expect(detailVideos(running).find((x) => x.id === '14')!.status).toBe('RUNNING');
    const beyond = mergeIntoDetail(before, v('99'));
    expect(videoIds(beyond)).toEqual(['11', '12', '13', '14']);
    expect(beyond.pages.map((p) => p!.children.totalCount)).toEqual([121, 121]);
  });

  it('keeps a playlist that is gone as it is', () => {
    const gone: DownloadDetailData = { pages: [null], pageParams: [null] };
    expect(mergeIntoDetail(gone, v('11'))).toBe(gone);
  });
});

describe('applyDownloadToCache', () => {
  it('adds my download to my lists and everyone’s, but someone else’s only to everyone’s', () => {
    const client = new QueryClient();
    const mine = downloadKeys.list({ everyone: false, status: null, active: null }, 25);
    const all = downloadKeys.list({ everyone: true, status: null, active: null }, 25);
    const approvals = downloadKeys.approvals(25);
    client.setQueryData(mine, data(downloadPage([d('1', 1)])));
    client.setQueryData(all, data(downloadPage([d('1', 1)])));
    client.setQueryData(approvals, data(downloadPage([])));

    applyDownloadToCache(client, d('2', 2, { owner: { id: '7', displayName: 'Other', username: 'o' }, status: 'PENDING_APPROVAL' }), {
      mine: false,
    });
    expect(ids(client.getQueryData<DownloadsData>(mine)!)).toEqual(['1']);
    expect(ids(client.getQueryData<DownloadsData>(all)!)).toEqual(['2', '1']);
    expect(ids(client.getQueryData<DownloadsData>(approvals)!)).toEqual(['2']);

    applyDownloadToCache(client, d('3', 3), { mine: true });
    expect(ids(client.getQueryData<DownloadsData>(mine)!)).toEqual(['3', '1']);
  });

  it('moves my download from the Queue to the History when it ends, and back when retried', () => {
    const client = new QueryClient();
    const queueKey = downloadKeys.list({ everyone: false, status: null, active: true }, 25);
    const historyKey = downloadKeys.list({ everyone: false, status: null, active: false }, 25);
    const dashboard = downloadKeys.list({ everyone: false, status: null, active: null }, 5);
    client.setQueryData(queueKey, data(downloadPage([d('5', 5, { status: 'RUNNING' })])));
    // More history than loaded: where a finished row sorts past the window it waits for "Load more".
    client.setQueryData(historyKey, data(downloadPage([d('6', 6, { status: 'COMPLETED' })], { hasNextPage: true, totalCount: 12 })));
    client.setQueryData(dashboard, data(downloadPage([d('6', 6, { status: 'COMPLETED' }), d('5', 5, { status: 'RUNNING' })])));
    const queue = () => client.getQueryData<DownloadsData>(queueKey)!;
    const history = () => client.getQueryData<DownloadsData>(historyKey)!;

    applyDownloadToCache(client, d('5', 5, { status: 'FAILED', canRetry: true, updatedAt: at(20) }), { mine: true });
    expect(ids(queue())).toEqual([]);
    expect(queue().pages[0]!.totalCount).toBe(0);
    expect(ids(history())).toEqual(['6']);
    expect(history().pages[0]!.totalCount).toBe(13);
    expect(flattenDownloads(client.getQueryData<DownloadsData>(dashboard)!).map((x) => x.status)).toEqual(['COMPLETED', 'FAILED']);

    applyDownloadToCache(client, d('5', 5, { status: 'QUEUED', updatedAt: at(21) }), { mine: true });
    expect(ids(queue())).toEqual(['5']);
    expect(queue().pages[0]!.totalCount).toBe(1);

    applyDownloadToCache(client, d('9', 9, { status: 'COMPLETED', updatedAt: at(22) }), { mine: true });
    applyDownloadToCache(client, d('10', 10, { status: 'QUEUED' }), { mine: true });
    expect(ids(history())).toEqual(['9', '6']);
    expect(ids(queue())).toEqual(['10', '5']);
  });

  it('patches an expanded playlist’s videos and finds the freshest copy anywhere', () => {
    const client = new QueryClient();
    const list = downloadKeys.list({ everyone: false, status: null, active: null }, 25);
    client.setQueryData(list, data(downloadPage([d('10', 1, { kind: 'PLAYLIST' })])));
    client.setQueryData<DownloadDetailData>(downloadKeys.detail('10'), detail(d('10', 1, { kind: 'PLAYLIST' }), [[d('11', 1, { parentId: '10' })]]));
    applyDownloadToCache(client, d('11', 1, { parentId: '10', status: 'RUNNING', updatedAt: at(2) }), { mine: true });
    expect(detailVideos(client.getQueryData<DownloadDetailData>(downloadKeys.detail('10'))!)[0]!.status).toBe('RUNNING');
    expect(ids(client.getQueryData<DownloadsData>(list)!)).toEqual(['10']);
    expect(findCachedDownload(client, '11')?.status).toBe('RUNNING');
    expect(findCachedDownload(client, '10')?.kind).toBe('PLAYLIST');
    expect(findCachedDownload(client, 'nope')).toBeUndefined();
  });
});
