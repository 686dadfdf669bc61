/**
 * What the DownloadsPage.*.test.tsx files share: a recording stand-in for `lib/ws`, the default
 * GraphQL answers and a few fixtures. Each test file mocks the socket with
 *   vi.mock('../../lib/ws', async () => (await import('./testing')).wsMock);
 * and calls mockDownloadsApi() once at its top level.
 */
import { screen } from '@testing-library/react';
import { beforeEach } from 'vitest';
import { downloadPage, makeDownload } from '../../test/fixtures';
import { mockGraphQL, type GraphQLMock } from '../../test/graphqlMock';
import { makeViewer } from '../../test/render';
import type { DownloadQuota, Preview } from './api';
import type { Download } from './keys';

type Next = (data: { downloadUpdated: Download }) => void;
export interface Sub {
  query: string;
  next: Next;
  open: boolean;
}
/** Every subscription opened in the current test (reset before each one). */
export const ws = { subs: [] as Sub[] };
/** Stands in for `../../lib/ws`. */
export const wsMock = {
  subscribe: (doc: unknown, _vars: unknown, handlers: { next: Next }) => {
    const sub = { query: String(doc), next: handlers.next, open: true };
    ws.subs.push(sub);
    return () => {
      sub.open = false;
    };
  },
  onReconnect: () => () => {},
};

export const URL = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';
export const user = makeViewer({ id: '2', username: 'sam', displayName: 'Sam User', role: 'USER', isAdmin: false, isOwner: false, permissions: ['DOWNLOAD'] });

export const quota = (overrides: Partial<DownloadQuota> = {}): DownloadQuota => ({
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

export const preview = (overrides: Partial<Preview> = {}): Preview => ({
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

export const connection = (downloads: Download[]) => ({ downloads: downloadPage(downloads) });

/** The GraphQL mock of the current test, set up afresh by {@link mockDownloadsApi}. */
export let api: GraphQLMock;

/** Before each test: forget the subscriptions and answer with an empty page, the quota and a preview. */
export function mockDownloadsApi(): void {
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
}

export const region = (name: string) => screen.getByRole('region', { name });
