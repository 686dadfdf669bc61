import type { JobsData, JobsPage } from '../features/jobs/cache';
import type { Job } from '../features/jobs/keys';
import type { DownloadsPage } from '../features/downloads/cache';
import type { Download } from '../features/downloads/keys';

export function makeJob(overrides: Partial<Job> & { id: string }): Job {
  return {
    kind: 'housekeeping',
    title: 'Housekeeping',
    status: 'QUEUED',
    progress: 0,
    message: null,
    error: null,
    attempts: 1,
    createdAt: '2025-03-04T12:00:00.000Z',
    startedAt: null,
    finishedAt: null,
    updatedAt: overrides.createdAt ?? '2025-03-04T12:00:00.000Z',
    owner: null,
    ...overrides,
  };
}

export function makePage(jobs: Job[], opts: { hasNextPage?: boolean; totalCount?: number; start?: number } = {}): JobsPage {
  const start = opts.start ?? 0;
  return {
    totalCount: opts.totalCount ?? jobs.length,
    edges: jobs.map((node, i) => ({ cursor: String(start + i + 1), node })),
    pageInfo: {
      hasNextPage: opts.hasNextPage ?? false,
      endCursor: jobs.length ? String(start + jobs.length) : null,
    },
  };
}

export function makeData(...pages: JobsPage[]): JobsData {
  return { pages, pageParams: pages.map((_, i) => (i === 0 ? null : String(i))) };
}

export function makeDownload(overrides: Partial<Download> & { id: string }): Download {
  const createdAt = overrides.createdAt ?? '2025-03-04T12:00:00.000Z';
  return {
    kind: 'VIDEO',
    url: `https://www.youtube.com/watch?v=${overrides.id}`,
    site: 'youtube',
    title: `Video ${overrides.id}`,
    channel: 'Some Channel',
    durationSeconds: 185,
    thumbnailUrl: null,
    quality: 'BEST',
    container: 'MP4',
    status: 'QUEUED',
    phase: 'WAITING',
    progress: 0,
    downloadedBytes: 0,
    totalBytes: null,
    speedBytesPerSecond: null,
    etaSeconds: null,
    entryCount: 1,
    completedCount: 0,
    errorCode: null,
    errorMessage: null,
    attempts: 1,
    fileName: null,
    fileSize: null,
    declineReason: null,
    parentId: null,
    createdAt,
    startedAt: null,
    finishedAt: null,
    updatedAt: createdAt,
    canCancel: true,
    canRetry: false,
    owner: { id: '2', displayName: 'Sam User', username: 'sam' },
    ...overrides,
  };
}

/** A `downloads` connection page. */
export function downloadPage(
  downloads: Download[],
  opts: { hasNextPage?: boolean; totalCount?: number } = {},
): DownloadsPage {
  return {
    edges: downloads.map((node) => ({ cursor: `c${node.id}`, node })),
    pageInfo: { hasNextPage: opts.hasNextPage ?? false, endCursor: downloads.length ? `c${downloads.at(-1)!.id}` : null },
    totalCount: opts.totalCount ?? downloads.length,
  };
}
