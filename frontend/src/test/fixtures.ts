import type { JobsData, JobsPage } from '../features/jobs/cache';
import type { Job } from '../features/jobs/keys';

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
