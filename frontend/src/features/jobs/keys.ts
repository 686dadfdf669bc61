import type { JobFieldsFragment, JobStatus } from '../../gql/graphql';

export type Job = JobFieldsFragment;
export type { JobStatus };

export interface JobFilter {
  status: JobStatus | null;
  kind: string | null;
}

export const jobKeys = {
  all: ['jobs'] as const,
  lists: () => ['jobs', 'list'] as const,
  list: (filter: JobFilter, pageSize: number) => ['jobs', 'list', { ...filter, pageSize }] as const,
};

/** Reads the filter back out of a list query key (used when merging live updates). */
export function filterFromKey(key: readonly unknown[]): JobFilter | null {
  const params = key[2];
  if (key[0] !== 'jobs' || key[1] !== 'list' || typeof params !== 'object' || params === null) return null;
  const { status = null, kind = null } = params as Partial<JobFilter>;
  return { status, kind };
}
